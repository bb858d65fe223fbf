#pragma once

#include <QObject>

namespace madoguchi {

class SessionGuard;

// Installed on the QApplication: every key press, click, wheel turn or mouse move anywhere in
// the program counts as activity for the idle lock. It never consumes an event.
class ActivityFilter : public QObject
{
    Q_OBJECT

public:
    explicit ActivityFilter(SessionGuard& guard, QObject* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    SessionGuard& m_guard;
};

} // namespace madoguchi
