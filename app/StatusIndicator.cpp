#include "StatusIndicator.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

#include <initializer_list>

namespace madoguchi {

StatusIndicator::StatusIndicator(const QString& objectName, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(objectName);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setTextFormat(Qt::PlainText);
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
}

QString StatusIndicator::text() const
{
    return m_text->text();
}

void StatusIndicator::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void StatusIndicator::display(QStyle::StandardPixmap icon, const QString& summary, const QString& details,
                              bool problem)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_text->setText(summary);
    m_text->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    // The details can be long (a D-Bus error, what to do): tooltip, not status bar.
    for (QWidget* widget : std::initializer_list<QWidget*>{this, m_text, m_icon})
        widget->setToolTip(details);
    for (QWidget* widget : std::initializer_list<QWidget*>{this, m_text}) {
        widget->setAccessibleName(summary);
        widget->setAccessibleDescription(details);
    }
    m_icon->setAccessibleName(summary);
    // A status bar change is not focused: tell screen readers it happened.
    QAccessibleEvent event(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

} // namespace madoguchi
