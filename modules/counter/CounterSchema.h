#pragma once

#include "common/Migration.h"

#include <QString>

namespace madoguchi::counter {

// The local tables of the counter (component "counter"): visits with their ticket, state,
// encrypted personal data and the life events chosen (migration 2), the timeline, the checklist, certificates
// requested and fees due, and the ticket numbers per category and day. main.cpp and madoguchi-cli add this
// set to the migrations they apply (app/schemas/ApplicationSchemas.cpp).
class CounterSchema
{
public:
    static MigrationSet migrations();

    // The encrypted columns (also listed in EncryptedColumns::all, so that a key rotation covers
    // them). Each blob binds DataKeyManager::aadFor(table, column, id) with the row's id column.
    static QString visitsTable() { return QStringLiteral("counter_visits"); }
    static QString visitsIdColumn() { return QStringLiteral("visit_id"); }
    static QString visitsPersonColumn() { return QStringLiteral("person_enc"); }
    static QString eventsTable() { return QStringLiteral("counter_events"); }
    static QString eventsIdColumn() { return QStringLiteral("event_key"); }
    static QString eventsNoteColumn() { return QStringLiteral("note_enc"); }
    static QString proceduresTable() { return QStringLiteral("counter_procedures"); }
    static QString proceduresIdColumn() { return QStringLiteral("row_key"); }
    static QString proceduresNoteColumn() { return QStringLiteral("note_enc"); }
};

} // namespace madoguchi::counter
