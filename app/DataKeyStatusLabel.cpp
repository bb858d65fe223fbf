#include "DataKeyStatusLabel.h"

#include "common/DataKeyStatus.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

#include <initializer_list>

namespace madoguchi {

DataKeyStatusLabel::DataKeyStatusLabel(const DataKeyStatus& status, QWidget* parent)
    : QWidget(parent)
    , m_status(status)
{
    setObjectName(QStringLiteral("dataKeyStatus"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setTextFormat(Qt::PlainText);
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
    connect(&m_status, &DataKeyStatus::changed, this, &DataKeyStatusLabel::refresh);
    refresh();
}

QString DataKeyStatusLabel::text() const
{
    return m_text->text();
}

void DataKeyStatusLabel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void DataKeyStatusLabel::refresh()
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxCritical;
    switch (m_status.state()) {
    case DataKeyStatus::State::Ready:
        icon = QStyle::SP_DialogApplyButton;
        break;
    case DataKeyStatus::State::Loading:
        icon = QStyle::SP_BrowserReload;
        break;
    case DataKeyStatus::State::NotAvailable:
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case DataKeyStatus::State::Failed:
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_text->setText(m_status.summary());
    // The reason can be long (a D-Bus error, a restore instruction): tooltip, not status bar.
    const QString details = m_status.details();
    setToolTip(details);
    m_text->setToolTip(details);
    m_icon->setToolTip(details);
    for (QWidget* widget : std::initializer_list<QWidget*>{this, m_text}) {
        widget->setAccessibleName(m_status.summary());
        widget->setAccessibleDescription(details);
    }
}

} // namespace madoguchi
