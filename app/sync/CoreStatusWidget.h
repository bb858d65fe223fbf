#pragma once

#include "StatusIndicator.h"

namespace madoguchi::sync {
class ConnectionMonitor;
}

namespace madoguchi {

// The status bar's core-system indicator: online / degraded / offline and the number of
// transactions not yet sent, with the last error and what to do in the tooltip. Follows the
// ConnectionMonitor's signals only.
class CoreStatusWidget : public StatusIndicator
{
    Q_OBJECT

public:
    explicit CoreStatusWidget(const sync::ConnectionMonitor& monitor, QWidget* parent = nullptr);

protected:
    void refresh() override;

private:
    const sync::ConnectionMonitor& m_monitor;
};

} // namespace madoguchi
