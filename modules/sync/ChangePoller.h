#pragma once

#include "common/Result.h"
#include "sync/CoreTypes.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>

namespace madoguchi {
class Database;
}

namespace madoguchi::sync {

class CoreClient;

// Follows the core's changes feed (GET /v1/changes?since=cursor): the national standard's PULL
// principle, the counter asks. The cursor lives in the local store (sync_cursor) and survives a
// restart; it moves only after a page was processed: the handler's database work and the new
// cursor are committed in one transaction, so a crash in between replays the page instead of
// losing it.
class ChangePoller : public QObject
{
    Q_OBJECT

public:
    // Runs inside the transaction that stores the new cursor (on `db`'s connection for this
    // thread), e.g. ResidentCache::markStale. An error rolls both back; the page comes again.
    using Handler = std::function<Status(const QList<Change>& changes)>;

    ChangePoller(Database& database, CoreClient& client, QString feed = QStringLiteral("residents"),
                 QObject* parent = nullptr);

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setIntervalMs(int ms) { m_intervalMs = std::max(100, ms); }
    void setPageSize(int changes) { m_pageSize = std::clamp(changes, 1, 1000); }
    // Without a stored cursor: true (default) starts at the core's latest cursor (/v1/health),
    // i.e. only what happens from now on; false starts at the beginning of the feed.
    void setStartFromLatest(bool latest) { m_startFromLatest = latest; }

    void start();
    void stop();
    // Polls now (unless a poll is running).
    void pollNow();

    // The stored cursor; empty before the first page.
    Result<QString> cursor() const;
    bool isPolling() const { return m_busy; }

Q_SIGNALS:
    // After a page was committed: the residents whose records changed (fetch them again).
    void residentsChanged(const QStringList& residentIds);
    void pollFinished(const madoguchi::Error& error); // empty code: success
    // No more pages ready now.
    void caughtUp();

private:
    void fetch(const QString& since);
    void process(const QString& since, const ChangePage& page);
    Status storeCursor(const QString& cursor);
    void finish(const Error& error, bool more);

    Database& m_database;
    CoreClient& m_client;
    QString m_feed;
    Handler m_handler;
    QTimer m_timer;
    int m_intervalMs = 60000;
    int m_pageSize = 100;
    bool m_startFromLatest = true;
    bool m_running = false;
    bool m_busy = false;
};

} // namespace madoguchi::sync
