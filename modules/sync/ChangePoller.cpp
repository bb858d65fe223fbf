#include "sync/ChangePoller.h"

#include "common/Database.h"
#include "common/Logging.h"
#include "sync/CoreClient.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace madoguchi::sync {

namespace {

Error cursorError(const QSqlQuery& query)
{
    return makeError(QStringLiteral("sync.cursor.db"),
                     QCoreApplication::translate("madoguchi::sync::ChangePoller",
                                                 "The position in the core system's change feed could not be "
                                                 "stored: %1")
                         .arg(query.lastError().text()),
                     QStringLiteral("sync_cursor"));
}

} // namespace

ChangePoller::ChangePoller(Database& database, CoreClient& client, QString feed, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_client(client)
    , m_feed(std::move(feed))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ChangePoller::pollNow);
}

void ChangePoller::start()
{
    m_running = true;
    pollNow();
}

void ChangePoller::stop()
{
    m_running = false;
    m_timer.stop();
}

Result<QString> ChangePoller::cursor() const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT cursor FROM sync_cursor WHERE feed = ?"));
    query.addBindValue(m_feed);
    if (!query.exec())
        return cursorError(query);
    return query.next() ? query.value(0).toString() : QString();
}

void ChangePoller::pollNow()
{
    if (m_busy)
        return;
    m_timer.stop();
    Result<QString> stored = cursor();
    if (!stored) {
        finish(stored.error(), false);
        return;
    }
    m_busy = true;
    if (!stored.value().isEmpty() || !m_startFromLatest) {
        fetch(stored.value());
        return;
    }
    // First run: begin at the core's present, not at its history.
    m_client.health(this, [this](Result<Health> health) {
        if (!health) {
            finish(health.error(), false);
            return;
        }
        if (const Status stored = storeCursor(health.value().latestCursor); !stored) {
            finish(stored.error(), false);
            return;
        }
        fetch(health.value().latestCursor);
    });
}

void ChangePoller::fetch(const QString& since)
{
    m_client.changes(since, m_pageSize, this, [this, since](Result<ChangePage> page) {
        if (!page) {
            finish(page.error(), false);
            return;
        }
        process(since, page.value());
    });
}

void ChangePoller::process(const QString& since, const ChangePage& page)
{
    const Status committed = inWriteTransaction(m_database.connection(), [&]() -> Status {
        // Someone else moved the cursor meanwhile (a second poller on a shared store): this page
        // is theirs to process; start again from where they are.
        Result<QString> current = cursor();
        if (!current)
            return current.error();
        if (current.value() != since && !(since.isEmpty() && current.value().isEmpty()))
            return makeError(QStringLiteral("sync.cursor.moved"), tr("The change cursor moved meanwhile."));
        if (m_handler && !page.changes.isEmpty()) {
            if (const Status handled = m_handler(page.changes); !handled)
                return handled;
        }
        return storeCursor(page.nextCursor);
    });
    if (!committed) {
        finish(committed.error(), false);
        return;
    }
    QStringList ids;
    for (const Change& change : page.changes) {
        if (!ids.contains(change.residentId))
            ids << change.residentId;
    }
    if (!ids.isEmpty()) {
        qCInfo(lcSync) << "changes feed:" << ids.size() << "resident record(s) changed";
        Q_EMIT residentsChanged(ids);
    }
    finish(Error{}, page.hasMore);
}

Status ChangePoller::storeCursor(const QString& value)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO sync_cursor (feed, cursor, updated_ms) VALUES (?, ?, ?) "
                                 "ON CONFLICT (feed) DO UPDATE SET cursor = excluded.cursor, "
                                 "updated_ms = excluded.updated_ms"));
    query.addBindValue(m_feed);
    query.addBindValue(value);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return cursorError(query);
    return {};
}

void ChangePoller::finish(const Error& error, bool more)
{
    m_busy = false;
    if (!error.code.isEmpty())
        qCInfo(lcSync) << "changes feed:" << error.code << error.where;
    Q_EMIT pollFinished(error);
    if (error.code.isEmpty() && !more)
        Q_EMIT caughtUp();
    if (!m_running)
        return;
    // hasMore: another page is ready now.
    m_timer.start(more ? 0 : m_intervalMs);
}

} // namespace madoguchi::sync
