#include "CoreSchema.h"

#include "common/Database.h"

namespace madoguchi::coresim {

MigrationSet coreSchema()
{
    Migration first;
    first.version = 1;
    first.description = QStringLiteral("residents, certificate data, transactions, slips, changes");
    first.statements = {
        QStringLiteral(
            "CREATE TABLE cs_households (household_id TEXT PRIMARY KEY, head_resident_id TEXT NOT NULL)"),
        // name_key / family_key / kana_key: JapaneseText::foldForSearch of the registered text;
        // only the search uses them, everything returned comes from the registered columns.
        QStringLiteral(
            "CREATE TABLE cs_residents ("
            " resident_id TEXT PRIMARY KEY, household_id TEXT NOT NULL, relationship TEXT NOT NULL,"
            " family_name TEXT NOT NULL, given_name TEXT NOT NULL,"
            " family_kana TEXT NOT NULL, given_kana TEXT NOT NULL,"
            " name_key TEXT NOT NULL, family_key TEXT NOT NULL, kana_key TEXT NOT NULL,"
            " birth_date TEXT NOT NULL, sex TEXT NOT NULL, my_number TEXT UNIQUE,"
            " postal_code TEXT, addr_prefecture TEXT, addr_city TEXT, addr_town TEXT,"
            " addr_banchi TEXT, addr_building TEXT, addr_full TEXT NOT NULL,"
            " honseki_prefecture TEXT, honseki_city TEXT, honseki_town TEXT, honseki_chiban TEXT,"
            " honseki_full TEXT NOT NULL, koseki_id TEXT,"
            " moved_in_date TEXT, moved_out_date TEXT, prev_address_full TEXT,"
            " support_active INTEGER NOT NULL DEFAULT 0, support_since TEXT, support_until TEXT,"
            " updated_at TEXT NOT NULL, version INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX cs_residents_birth ON cs_residents (birth_date)"),
        QStringLiteral("CREATE INDEX cs_residents_household ON cs_residents (household_id)"),
        QStringLiteral(
            "CREATE TABLE cs_tax (resident_id TEXT NOT NULL, fiscal_year INTEGER NOT NULL,"
            " taxable INTEGER NOT NULL, total_income BIGINT NOT NULL, taxable_income BIGINT NOT NULL,"
            " municipal_tax BIGINT NOT NULL, prefectural_tax BIGINT NOT NULL, arrears INTEGER NOT NULL,"
            " PRIMARY KEY (resident_id, fiscal_year))"),
        QStringLiteral(
            "CREATE TABLE cs_seals (resident_id TEXT PRIMARY KEY, registration_number TEXT NOT NULL,"
            " registered_date TEXT NOT NULL, image ${BLOB} NOT NULL,"
            " width_px INTEGER NOT NULL, height_px INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE cs_koseki (koseki_id TEXT PRIMARY KEY,"
                       " honseki_prefecture TEXT, honseki_city TEXT, honseki_town TEXT, honseki_chiban TEXT,"
                       " honseki_full TEXT NOT NULL, head_family TEXT NOT NULL, head_given TEXT NOT NULL,"
                       " head_family_kana TEXT NOT NULL, head_given_kana TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE cs_koseki_entries (koseki_id TEXT NOT NULL, entry_number INTEGER NOT NULL,"
            " resident_id TEXT, family_name TEXT NOT NULL, given_name TEXT NOT NULL,"
            " family_kana TEXT NOT NULL, given_kana TEXT NOT NULL, birth_date TEXT NOT NULL,"
            " sex TEXT NOT NULL, relationship TEXT NOT NULL, father TEXT, mother TEXT,"
            " removed INTEGER NOT NULL, events TEXT NOT NULL,"
            " PRIMARY KEY (koseki_id, entry_number))"),
        // Exactly once: one row per (counter, key); the body hash tells a replay from a reuse
        // and the stored response is what a replay returns. (visit_id, sequence) is unique so
        // that two racing requests can never both take the same place in a visit.
        QStringLiteral("CREATE TABLE cs_transactions (id ${AUTO_ID}, transaction_id TEXT NOT NULL UNIQUE,"
                       " counter_id TEXT NOT NULL, idempotency_key TEXT NOT NULL, body_hash TEXT NOT NULL,"
                       " visit_id TEXT NOT NULL, sequence INTEGER NOT NULL, body TEXT NOT NULL,"
                       " response TEXT NOT NULL, received_at TEXT NOT NULL,"
                       " UNIQUE (counter_id, idempotency_key), UNIQUE (visit_id, sequence))"),
        QStringLiteral("CREATE TABLE cs_slips (slip_number TEXT PRIMARY KEY, counter_id TEXT NOT NULL,"
                       " body_hash TEXT NOT NULL, response TEXT NOT NULL, registered_at TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE cs_changes (id ${AUTO_ID}, resident_id TEXT NOT NULL, kind TEXT NOT NULL,"
            " at TEXT NOT NULL)"),
    };
    return MigrationSet{QStringLiteral("coresim"), {first}};
}

} // namespace madoguchi::coresim
