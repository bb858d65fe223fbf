#include "counter/CounterSchema.h"

namespace madoguchi::counter {

MigrationSet CounterSchema::migrations()
{
    Migration first{
        1,
        QStringLiteral("visits, timeline, checklist, certificates, fees, ticket numbers"),
        {
            // One row per visit. Times are milliseconds since the epoch (UTC). The personal part
            // of the identification (names, birth date, address, reason, who asks) is one blob
            // encrypted with the data key (associated data "counter_visits.person_enc:<visit_id>");
            // the My Number is never stored. `version` grows with every step: an update that
            // finds another version lost a race and is refused.
            QStringLiteral(
                "CREATE TABLE counter_visits (visit_id TEXT PRIMARY KEY, category_id TEXT NOT NULL,"
                " ticket_day TEXT NOT NULL, ticket_seq INTEGER NOT NULL, ticket_number TEXT NOT NULL,"
                " state TEXT NOT NULL, progress TEXT NOT NULL, counter_id TEXT NOT NULL,"
                " staff_id TEXT, target_counter TEXT, target_department TEXT,"
                " id_source TEXT, id_document TEXT, request_kind TEXT, resident_id TEXT,"
                " person_enc ${BLOB}, issued_ms BIGINT NOT NULL, queued_ms BIGINT NOT NULL,"
                " called_ms BIGINT, closed_ms BIGINT, wait_seconds BIGINT, service_seconds BIGINT,"
                " call_count INTEGER NOT NULL DEFAULT 0, version BIGINT NOT NULL,"
                " UNIQUE (ticket_day, category_id, ticket_seq))"),
            QStringLiteral("CREATE INDEX counter_visits_state ON counter_visits (state, queued_ms)"),
            QStringLiteral("CREATE INDEX counter_visits_counter ON counter_visits (counter_id, state)"),
            // The timeline: one row per step, in order. `detail` is a JSON object without personal
            // data; the free-text note is encrypted ("counter_events.note_enc:<event_key>",
            // event_key = "<visit_id>#<seq>").
            QStringLiteral("CREATE TABLE counter_events (event_key TEXT PRIMARY KEY, visit_id TEXT NOT NULL,"
                           " seq INTEGER NOT NULL, at_ms BIGINT NOT NULL, staff_id TEXT NOT NULL,"
                           " counter_id TEXT NOT NULL, kind TEXT NOT NULL, state_after TEXT NOT NULL,"
                           " detail TEXT NOT NULL, note_enc ${BLOB}, UNIQUE (visit_id, seq))"),
            // The checklist (row_key = "<visit_id>/<procedure_id>"); notes encrypted.
            QStringLiteral(
                "CREATE TABLE counter_procedures (row_key TEXT PRIMARY KEY, visit_id TEXT NOT NULL,"
                " position INTEGER NOT NULL, procedure_id TEXT NOT NULL, status TEXT NOT NULL,"
                " note_enc ${BLOB}, updated_ms BIGINT NOT NULL, UNIQUE (visit_id, procedure_id))"),
            // What the certificate and payment modules read: no personal data, resident ids only.
            QStringLiteral(
                "CREATE TABLE counter_certificates (visit_id TEXT NOT NULL, line INTEGER NOT NULL,"
                " certificate_type TEXT NOT NULL, copies INTEGER NOT NULL, resident_id TEXT,"
                " fee_yen BIGINT NOT NULL, requested_ms BIGINT NOT NULL, PRIMARY KEY (visit_id, line))"),
            QStringLiteral("CREATE TABLE counter_fees (visit_id TEXT NOT NULL, line INTEGER NOT NULL,"
                           " fee_code TEXT NOT NULL, amount_yen BIGINT NOT NULL, recorded_ms BIGINT NOT NULL,"
                           " PRIMARY KEY (visit_id, line))"),
            // The last ticket number per local day and category. An upsert on this row hands out
            // numbers one at a time, also to two counters issuing at the same moment.
            QStringLiteral("CREATE TABLE counter_ticket_numbers (ticket_day TEXT NOT NULL,"
                           " category_id TEXT NOT NULL, last_seq INTEGER NOT NULL,"
                           " PRIMARY KEY (ticket_day, category_id))"),
        }};
    // The life events the clerk chose, so that a restart reopens a visit with them (the navigator
    // offers from them). A JSON array of catalog ids ('["moveIn"]'), NULL before any was chosen.
    // Not encrypted: an id names a kind of event from the catalog, never a person or free text,
    // and the checklist beside it (counter_procedures.procedure_id) already tells as much in the
    // clear; what identifies the person stays in person_enc.
    Migration lifeEvents{2,
                         QStringLiteral("life events chosen on a visit"),
                         {QStringLiteral("ALTER TABLE counter_visits ADD COLUMN life_events TEXT")}};
    return MigrationSet{QStringLiteral("counter"), {first, lifeEvents}};
}

} // namespace madoguchi::counter
