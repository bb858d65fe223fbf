#include "common/EncryptedColumns.h"

#include "common/DataKeyManager.h"

namespace madoguchi {

std::vector<EncryptedColumns::Column> EncryptedColumns::all()
{
    // Named here by string (common depends on no module); each table belongs to a schema of
    // applicationSchemas(), which the app and madoguchi-cli both migrate before a rotation.
    return {
        // modules/sync ResidentCache: resident records cached from the core system or a file.
        {QStringLiteral("sync_residents"), QStringLiteral("resident_id"), QStringLiteral("record_enc")},
        // modules/counter CounterSchema: a visit's identified person, timeline notes, checklist notes.
        {QStringLiteral("counter_visits"), QStringLiteral("visit_id"), QStringLiteral("person_enc")},
        {QStringLiteral("counter_events"), QStringLiteral("event_key"), QStringLiteral("note_enc")},
        {QStringLiteral("counter_procedures"), QStringLiteral("row_key"), QStringLiteral("note_enc")},
    };
}

void EncryptedColumns::registerAll(DataKeyManager& manager)
{
    for (const Column& column : all())
        manager.registerColumn(column.table, column.idColumn, column.column);
}

} // namespace madoguchi
