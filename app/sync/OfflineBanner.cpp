#include "sync/OfflineBanner.h"

#include "sync/ConnectionMonitor.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace madoguchi {

using sync::ConnectionMonitor;

OfflineBanner::OfflineBanner(const ConnectionMonitor& monitor, QWidget* parent)
    : QFrame(parent)
    , m_monitor(monitor)
{
    setObjectName(QStringLiteral("offlineBanner"));
    setFrameShape(QFrame::StyledPanel);
    // Dark text on amber: readable, and never the only signal (the words say it).
    setStyleSheet(QStringLiteral("#offlineBanner { background: #fff3cd; border: 1px solid #b26a00; }"
                                 "#offlineBanner QLabel { color: #3d2600; font-weight: bold; }"));
    auto* layout = new QHBoxLayout(this);
    m_label = new QLabel(this);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    layout->addWidget(m_label);
    connect(&m_monitor, &ConnectionMonitor::bannerChanged, this, &OfflineBanner::refresh);
    refresh();
}

QString OfflineBanner::text() const
{
    return m_label->text();
}

void OfflineBanner::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

void OfflineBanner::refresh()
{
    const QString text = m_monitor.bannerText();
    const bool changed = text != m_label->text();
    m_label->setText(text);
    setAccessibleName(text);
    m_label->setAccessibleName(text);
    setVisible(!text.isEmpty());
    if (changed && !text.isEmpty()) {
        QAccessibleEvent event(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

} // namespace madoguchi
