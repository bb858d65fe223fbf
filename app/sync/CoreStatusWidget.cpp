#include "sync/CoreStatusWidget.h"

#include "sync/ConnectionMonitor.h"

namespace madoguchi {

using sync::ConnectionMonitor;

CoreStatusWidget::CoreStatusWidget(const ConnectionMonitor& monitor, QWidget* parent)
    : StatusIndicator(QStringLiteral("coreStatus"), parent)
    , m_monitor(monitor)
{
    connect(&m_monitor, &ConnectionMonitor::stateChanged, this, &CoreStatusWidget::refresh);
    connect(&m_monitor, &ConnectionMonitor::queueDepthChanged, this, &CoreStatusWidget::refresh);
    refresh();
}

void CoreStatusWidget::refresh()
{
    const int pending = m_monitor.queueDepth();
    QString summary;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxWarning;
    bool problem = false;
    switch (m_monitor.state()) {
    case ConnectionMonitor::State::Unknown:
        summary = tr("Core system: checking…");
        icon = QStyle::SP_BrowserReload;
        break;
    case ConnectionMonitor::State::Online:
        summary = tr("Core system: connected");
        icon = QStyle::SP_DialogApplyButton;
        break;
    case ConnectionMonitor::State::Degraded:
        summary = tr("Core system: answering with errors");
        problem = true;
        break;
    case ConnectionMonitor::State::Offline:
        summary = tr("Core system: offline");
        icon = QStyle::SP_MessageBoxCritical;
        problem = true;
        break;
    }
    if (pending > 0)
        summary += QLatin1Char(' ') + tr("(%n not sent)", nullptr, pending);
    QString details = m_monitor.lastError().toString();
    if (details.isEmpty())
        details = pending > 0 ? tr("%n transaction(s) wait to be sent to the core system.", nullptr, pending)
                              : tr("Every transaction has reached the core system.");
    display(icon, summary, details, problem);
}

} // namespace madoguchi
