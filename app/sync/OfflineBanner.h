#pragma once

#include <QFrame>

class QLabel;

namespace madoguchi::sync {
class ConnectionMonitor;
}

namespace madoguchi {

// The strip above every page while the core system cannot be reached (or answers with errors):
// "Cannot reach the core system — working offline, N transactions not yet sent". Hidden while
// all is well. The text comes from ConnectionMonitor::bannerText() and is announced to screen
// readers when it changes.
class OfflineBanner : public QFrame
{
    Q_OBJECT

public:
    explicit OfflineBanner(const sync::ConnectionMonitor& monitor, QWidget* parent = nullptr);

    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    const sync::ConnectionMonitor& m_monitor;
    QLabel* m_label = nullptr;
};

} // namespace madoguchi
