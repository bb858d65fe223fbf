#include "ResidentWriter.h"

#include "common/Database.h"
#include "common/JapaneseText.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace madoguchi::coresim {

namespace {

QVariant text(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QVariant day(const QDate& value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

Status run(QSqlQuery& query, const QString& table)
{
    if (query.exec())
        return {};
    return makeError(QStringLiteral("internal"),
                     QStringLiteral("Cannot insert into %1: %2").arg(table, query.lastError().text()), table);
}

} // namespace

ResidentWriter::ResidentWriter(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<int> ResidentWriter::residentCount()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM cs_residents")) || !query.next()) {
        return makeError(QStringLiteral("internal"),
                         QStringLiteral("Cannot count residents: %1").arg(query.lastError().text()));
    }
    return query.value(0).toInt();
}

Status ResidentWriter::write(const SeedData& data, const QString& timestamp)
{
    return inTransaction(m_db, [&]() -> Status {
        if (Status residents = writeResidents(data, timestamp); !residents)
            return residents;
        return writeCertificateData(data);
    });
}

Status ResidentWriter::writeResidents(const SeedData& data, const QString& timestamp)
{
    QSqlQuery household(m_db);
    household.prepare(
        QStringLiteral("INSERT INTO cs_households (household_id, head_resident_id) VALUES (?, ?)"));
    for (const HouseholdRecord& h : data.households) {
        household.addBindValue(h.householdId);
        household.addBindValue(h.headResidentId);
        if (Status ok = run(household, QStringLiteral("cs_households")); !ok)
            return ok;
    }
    QSqlQuery resident(m_db);
    resident.prepare(QStringLiteral(
        "INSERT INTO cs_residents (resident_id, household_id, relationship, family_name, given_name,"
        " family_kana, given_kana, name_key, family_key, kana_key, birth_date, sex, my_number,"
        " postal_code, addr_prefecture, addr_city, addr_town, addr_banchi, addr_building, addr_full,"
        " honseki_prefecture, honseki_city, honseki_town, honseki_chiban, honseki_full, koseki_id,"
        " moved_in_date, moved_out_date, prev_address_full, support_active, support_since, support_until,"
        " updated_at, version)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?, ?, 1)"));
    for (const ResidentRecord& r : data.residents) {
        for (const QVariant& value :
             {QVariant(r.residentId),
              QVariant(r.householdId),
              QVariant(r.relationship),
              QVariant(r.family),
              QVariant(r.given),
              QVariant(r.familyKana),
              QVariant(r.givenKana),
              QVariant(JapaneseText::foldForSearch(QString(r.family + r.given))),
              QVariant(JapaneseText::foldForSearch(r.family)),
              QVariant(JapaneseText::foldForSearch(QString(r.familyKana + r.givenKana))),
              day(r.birthDate),
              QVariant(r.sex),
              text(r.myNumber),
              text(r.address.postalCode),
              text(r.address.prefecture),
              text(r.address.city),
              text(r.address.town),
              text(r.address.banchi),
              text(r.address.building),
              QVariant(r.address.fullText),
              text(r.honseki.prefecture),
              text(r.honseki.city),
              text(r.honseki.town),
              text(r.honseki.chiban),
              QVariant(r.honseki.fullText),
              text(r.kosekiId),
              day(r.movedIn),
              day(r.movedOut),
              text(r.previousAddress),
              QVariant(r.supportActive ? 1 : 0),
              day(r.supportSince),
              day(r.supportUntil),
              QVariant(timestamp)}) {
            resident.addBindValue(value);
        }
        if (Status ok = run(resident, QStringLiteral("cs_residents")); !ok)
            return ok;
    }
    return {};
}

Status ResidentWriter::writeCertificateData(const SeedData& data)
{
    QSqlQuery tax(m_db);
    tax.prepare(QStringLiteral("INSERT INTO cs_tax (resident_id, fiscal_year, taxable, total_income,"
                               " taxable_income, municipal_tax, prefectural_tax, arrears)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const TaxYearRecord& t : data.taxYears) {
        for (const QVariant& value :
             {QVariant(t.residentId), QVariant(t.fiscalYear), QVariant(t.taxable ? 1 : 0),
              QVariant(t.totalIncome), QVariant(t.taxableIncome), QVariant(t.municipalTax),
              QVariant(t.prefecturalTax), QVariant(t.arrears ? 1 : 0)}) {
            tax.addBindValue(value);
        }
        if (Status ok = run(tax, QStringLiteral("cs_tax")); !ok)
            return ok;
    }
    QSqlQuery seal(m_db);
    seal.prepare(
        QStringLiteral("INSERT INTO cs_seals (resident_id, registration_number, registered_date, image,"
                       " width_px, height_px) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const SealRecord& s : data.seals) {
        for (const QVariant& value :
             {QVariant(s.residentId), QVariant(s.registrationNumber), day(s.registeredDate), QVariant(s.png),
              QVariant(s.widthPx), QVariant(s.heightPx)}) {
            seal.addBindValue(value);
        }
        if (Status ok = run(seal, QStringLiteral("cs_seals")); !ok)
            return ok;
    }
    QSqlQuery koseki(m_db);
    koseki.prepare(
        QStringLiteral("INSERT INTO cs_koseki (koseki_id, honseki_prefecture, honseki_city,"
                       " honseki_town, honseki_chiban, honseki_full, head_family, head_given,"
                       " head_family_kana, head_given_kana) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery entry(m_db);
    entry.prepare(QStringLiteral(
        "INSERT INTO cs_koseki_entries (koseki_id, entry_number, resident_id,"
        " family_name, given_name, family_kana, given_kana, birth_date, sex, relationship,"
        " father, mother, removed, events) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const KosekiRecord& k : data.kosekis) {
        for (const QVariant& value :
             {QVariant(k.kosekiId), text(k.honseki.prefecture), text(k.honseki.city), text(k.honseki.town),
              text(k.honseki.chiban), QVariant(k.honseki.fullText), QVariant(k.headFamily),
              QVariant(k.headGiven), QVariant(k.headFamilyKana), QVariant(k.headGivenKana)}) {
            koseki.addBindValue(value);
        }
        if (Status ok = run(koseki, QStringLiteral("cs_koseki")); !ok)
            return ok;
        for (const KosekiEntryRecord& e : k.entries) {
            const QString events = QString::fromUtf8(QJsonDocument(e.events).toJson(QJsonDocument::Compact));
            for (const QVariant& value :
                 {QVariant(k.kosekiId), QVariant(e.entryNumber), text(e.residentId), QVariant(e.family),
                  QVariant(e.given), QVariant(e.familyKana), QVariant(e.givenKana), day(e.birthDate),
                  QVariant(e.sex), QVariant(e.relationship), text(e.father), text(e.mother),
                  QVariant(e.removed ? 1 : 0), QVariant(events)}) {
                entry.addBindValue(value);
            }
            if (Status ok = run(entry, QStringLiteral("cs_koseki_entries")); !ok)
                return ok;
        }
    }
    return {};
}

} // namespace madoguchi::coresim
