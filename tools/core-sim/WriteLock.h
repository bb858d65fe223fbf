#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>

#include <mutex>

namespace madoguchi::coresim {

// Queues the server's writers in-process when the store is SQLite. SQLite allows one writer at
// a time and its busy handler waits by sleeping and retrying, so under fifty concurrent counters
// some commits waited seconds (measured with bench/bench_coresim); a mutex hands the lock over
// in microseconds. PostgreSQL orders writers itself (advisory locks per visit, key and slip in the stores,
// and a table lock for the changes feed): no-op there.
//
// acquire() also sets synchronous=NORMAL on the SQLite connection: in WAL mode a crash of the
// server loses nothing, only a power failure may lose the last commits, and each commit no
// longer waits for an fsync (commits were fsync-bound at ~3 ms each). A reference server for
// tests and training can afford that; use PostgreSQL where durability matters.
class WriteLock
{
public:
    explicit WriteLock(bool enabled)
        : m_enabled(enabled)
    {}

    std::unique_lock<std::mutex> acquire(QSqlDatabase db)
    {
        if (!m_enabled)
            return {};
        QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        return std::unique_lock<std::mutex>(m_mutex);
    }

private:
    const bool m_enabled;
    std::mutex m_mutex;
};

} // namespace madoguchi::coresim
