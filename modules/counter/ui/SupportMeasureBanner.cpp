#include "counter/ui/SupportMeasureBanner.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace madoguchi::counter {

SupportMeasureBanner::SupportMeasureBanner(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("supportMeasureBanner"));
    setFrameShape(QFrame::StyledPanel);
    // White on #8b0000: contrast 8.6:1, and the icon and the words carry the meaning too.
    setStyleSheet(QStringLiteral("#supportMeasureBanner { background: #8b0000; border: 2px solid #4a0000; }"
                                 "#supportMeasureBanner QLabel { color: #ffffff; }"));
    auto* layout = new QHBoxLayout(this);
    m_icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    m_icon->setAlignment(Qt::AlignTop);
    layout->addWidget(m_icon);
    auto* texts = new QVBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("supportMeasureTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    m_title->setFont(titleFont);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("supportMeasureDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    QFont detailsFont = m_details->font();
    detailsFont.setPointSizeF(detailsFont.pointSizeF() * 1.15);
    m_details->setFont(detailsFont);
    texts->addWidget(m_title);
    texts->addWidget(m_details);
    layout->addLayout(texts, 1);
    retranslate();
    hide();
}

QString SupportMeasureBanner::title() const
{
    return m_title->text();
}

QString SupportMeasureBanner::details() const
{
    return m_details->text();
}

void SupportMeasureBanner::setRestricted(bool restricted)
{
    const bool appears = restricted && !m_restricted;
    m_restricted = restricted;
    setVisible(restricted);
    if (appears) {
        QAccessibleEvent event(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void SupportMeasureBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void SupportMeasureBanner::retranslate()
{
    m_title->setText(tr("Support measure — do not disclose the address"));
    m_details->setText(
        tr("This person is protected by a support measure. Do not tell or show their address to "
           "anyone else. Requests by an agent or a third party need a supervisor's authorisation."));
    m_icon->setAccessibleName(tr("Warning"));
    setAccessibleName(m_title->text());
    setAccessibleDescription(m_details->text());
}

} // namespace madoguchi::counter
