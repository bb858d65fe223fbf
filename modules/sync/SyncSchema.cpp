#include "sync/SyncSchema.h"

namespace madoguchi::sync {

MigrationSet SyncSchema::migrations()
{
    Migration first{
        1,
        QStringLiteral("outbox, change cursor, resident cache"),
        {
            // One row per committed transaction of a visit. `origin` is the counter PC that
            // queued it: on a shared PostgreSQL store only that PC sends it (the core scopes
            // idempotency keys per client certificate). Times are milliseconds since the epoch.
            QStringLiteral("CREATE TABLE sync_outbox (id ${AUTO_ID}, origin TEXT NOT NULL,"
                           " idempotency_key TEXT NOT NULL UNIQUE, visit_id TEXT NOT NULL,"
                           " sequence INTEGER NOT NULL, payload TEXT NOT NULL, state TEXT NOT NULL,"
                           " attempts INTEGER NOT NULL DEFAULT 0, next_attempt_ms BIGINT NOT NULL,"
                           " blocked INTEGER NOT NULL DEFAULT 0, last_error_code TEXT, last_error TEXT,"
                           " created_ms BIGINT NOT NULL, delivered_ms BIGINT, transaction_id TEXT,"
                           " UNIQUE (visit_id, sequence))"),
            QStringLiteral(
                "CREATE INDEX sync_outbox_pending ON sync_outbox (origin, state, next_attempt_ms)"),
            QStringLiteral("CREATE TABLE sync_cursor (feed TEXT PRIMARY KEY, cursor TEXT NOT NULL,"
                           " updated_ms BIGINT NOT NULL)"),
            // Personal data: the record is encrypted with the data key (record_enc, associated
            // data "sync_residents.record_enc:<resident_id>"); only the id, the version and
            // bookkeeping are in clear.
            QStringLiteral(
                "CREATE TABLE sync_residents (resident_id TEXT PRIMARY KEY, version BIGINT NOT NULL,"
                " source TEXT NOT NULL, stale INTEGER NOT NULL DEFAULT 0,"
                " record_enc ${BLOB} NOT NULL, cached_ms BIGINT NOT NULL)"),
        }};
    // takeReady() wants the oldest undelivered items first. Without this index the planner
    // took every pending item (and its per-visit check) and sorted them for each batch, so a
    // drain of n items cost n²/batch; delivered rows stay out of the index.
    Migration second{2,
                     QStringLiteral("outbox: undelivered items in order"),
                     {QStringLiteral("CREATE INDEX sync_outbox_undelivered ON sync_outbox (origin, id)"
                                     " WHERE state <> 'delivered'")}};
    // Every state change moved an item's entry in sync_outbox_pending (origin, state, time) from
    // one place to another: that index doubled the cost of taking a batch and of recording its
    // results, and the queries it served are answered by sync_outbox_undelivered (they all ask
    // for undelivered items; the counts for people scan the table).
    Migration third{3,
                    QStringLiteral("outbox: state changes without the pending index"),
                    {QStringLiteral("DROP INDEX sync_outbox_pending")}};
    return MigrationSet{QStringLiteral("sync"), {first, second, third}};
}

} // namespace madoguchi::sync
