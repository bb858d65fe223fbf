#include "CertificateDataStore.h"

#include "ResidentStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace madoguchi::coresim {

namespace {

Error databaseError(const QSqlQuery& query, const QString& what)
{
    return makeError(
        QStringLiteral("internal"),
        QStringLiteral("Database error while reading %1: %2").arg(what, query.lastError().text()));
}

QJsonValue textOrNull(const QSqlQuery& q, const QString& column)
{
    const QVariant value = q.value(column);
    return value.isNull() || value.toString().isEmpty() ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(value.toString());
}

QJsonObject names(const QSqlQuery& q, const QString& family, const QString& given, const QString& familyKana,
                  const QString& givenKana)
{
    return {{QStringLiteral("family"), q.value(family).toString()},
            {QStringLiteral("given"), q.value(given).toString()},
            {QStringLiteral("familyKana"), q.value(familyKana).toString()},
            {QStringLiteral("givenKana"), q.value(givenKana).toString()}};
}

} // namespace

CertificateDataStore::CertificateDataStore(const Database& database)
    : m_database(database)
{}

Status CertificateDataStore::requireResident(const QString& residentId)
{
    Result<bool> found = ResidentStore::exists(m_database.connection(), residentId);
    if (!found)
        return found.error();
    if (!found.value()) {
        return makeError(QStringLiteral("resident-not-found"),
                         QStringLiteral("No resident %1").arg(residentId), QStringLiteral("residentId"));
    }
    return {};
}

Result<QJsonObject> CertificateDataStore::taxYears(const QString& residentId, std::optional<int> fiscalYear)
{
    if (Status known = requireResident(residentId); !known)
        return known.error();
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT * FROM cs_tax WHERE resident_id = ?") +
              (fiscalYear ? QStringLiteral(" AND fiscal_year = ?") : QString()) +
              QStringLiteral(" ORDER BY fiscal_year DESC"));
    q.addBindValue(residentId);
    if (fiscalYear)
        q.addBindValue(*fiscalYear);
    if (!q.exec())
        return databaseError(q, QStringLiteral("tax figures"));
    QJsonArray years;
    while (q.next()) {
        const qint64 municipal = q.value(QStringLiteral("municipal_tax")).toLongLong();
        const qint64 prefectural = q.value(QStringLiteral("prefectural_tax")).toLongLong();
        const int year = q.value(QStringLiteral("fiscal_year")).toInt();
        years.append(QJsonObject{
            {QStringLiteral("fiscalYear"), year},
            {QStringLiteral("incomeYear"), year - 1},
            {QStringLiteral("taxable"), q.value(QStringLiteral("taxable")).toInt() != 0},
            {QStringLiteral("totalIncome"), q.value(QStringLiteral("total_income")).toLongLong()},
            {QStringLiteral("taxableIncome"), q.value(QStringLiteral("taxable_income")).toLongLong()},
            {QStringLiteral("municipalTax"), municipal},
            {QStringLiteral("prefecturalTax"), prefectural},
            {QStringLiteral("totalResidentTax"), municipal + prefectural},
            {QStringLiteral("arrears"), q.value(QStringLiteral("arrears")).toInt() != 0},
        });
    }
    if (fiscalYear && years.isEmpty()) {
        return makeError(QStringLiteral("not-found"),
                         QStringLiteral("No tax figures for fiscal year %1").arg(*fiscalYear),
                         QStringLiteral("fiscalYear"));
    }
    return QJsonObject{{QStringLiteral("residentId"), residentId}, {QStringLiteral("years"), years}};
}

Result<QJsonObject> CertificateDataStore::sealRegistration(const QString& residentId)
{
    if (Status known = requireResident(residentId); !known)
        return known.error();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT * FROM cs_seals WHERE resident_id = ?"));
    q.addBindValue(residentId);
    if (!q.exec())
        return databaseError(q, QStringLiteral("seal registrations"));
    if (!q.next()) {
        return makeError(QStringLiteral("not-found"),
                         QStringLiteral("Resident %1 has no seal registration").arg(residentId),
                         QStringLiteral("residentId"));
    }
    const QByteArray png = q.value(QStringLiteral("image")).toByteArray();
    return QJsonObject{
        {QStringLiteral("residentId"), residentId},
        {QStringLiteral("registrationNumber"), q.value(QStringLiteral("registration_number")).toString()},
        {QStringLiteral("registeredDate"), q.value(QStringLiteral("registered_date")).toString()},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("sealImage"),
         QJsonObject{{QStringLiteral("mediaType"), QStringLiteral("image/png")},
                     {QStringLiteral("data"), QString::fromLatin1(png.toBase64())},
                     {QStringLiteral("widthPx"), q.value(QStringLiteral("width_px")).toInt()},
                     {QStringLiteral("heightPx"), q.value(QStringLiteral("height_px")).toInt()}}},
    };
}

Result<QString> CertificateDataStore::kosekiIdOf(const QString& residentId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT koseki_id FROM cs_residents WHERE resident_id = ?"));
    q.addBindValue(residentId);
    if (!q.exec())
        return databaseError(q, QStringLiteral("residents"));
    if (!q.next()) {
        return makeError(QStringLiteral("resident-not-found"),
                         QStringLiteral("No resident %1").arg(residentId), QStringLiteral("residentId"));
    }
    return q.value(0).toString();
}

Result<QJsonObject> CertificateDataStore::koseki(const QString& residentId)
{
    Result<QString> kosekiId = kosekiIdOf(residentId);
    if (!kosekiId)
        return kosekiId.error();
    if (kosekiId.value().isEmpty()) {
        return makeError(
            QStringLiteral("koseki-not-held"),
            QStringLiteral("The honseki of resident %1 is in another municipality").arg(residentId),
            QStringLiteral("residentId"));
    }
    QSqlQuery head(m_database.connection());
    head.prepare(QStringLiteral("SELECT * FROM cs_koseki WHERE koseki_id = ?"));
    head.addBindValue(kosekiId.value());
    if (!head.exec() || !head.next())
        return databaseError(head, QStringLiteral("koseki"));
    QJsonObject result{
        {QStringLiteral("residentId"), residentId},
        {QStringLiteral("kosekiId"), kosekiId.value()},
        {QStringLiteral("honseki"),
         QJsonObject{{QStringLiteral("prefecture"), textOrNull(head, QStringLiteral("honseki_prefecture"))},
                     {QStringLiteral("city"), textOrNull(head, QStringLiteral("honseki_city"))},
                     {QStringLiteral("town"), textOrNull(head, QStringLiteral("honseki_town"))},
                     {QStringLiteral("chiban"), textOrNull(head, QStringLiteral("honseki_chiban"))},
                     {QStringLiteral("fullText"), head.value(QStringLiteral("honseki_full")).toString()}}},
        {QStringLiteral("headOfKoseki"),
         names(head, QStringLiteral("head_family"), QStringLiteral("head_given"),
               QStringLiteral("head_family_kana"), QStringLiteral("head_given_kana"))},
    };
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT * FROM cs_koseki_entries WHERE koseki_id = ? ORDER BY entry_number"));
    q.addBindValue(kosekiId.value());
    if (!q.exec())
        return databaseError(q, QStringLiteral("koseki entries"));
    QJsonArray entries;
    while (q.next()) {
        entries.append(QJsonObject{
            {QStringLiteral("entryNumber"), q.value(QStringLiteral("entry_number")).toInt()},
            {QStringLiteral("residentId"), textOrNull(q, QStringLiteral("resident_id"))},
            {QStringLiteral("names"), names(q, QStringLiteral("family_name"), QStringLiteral("given_name"),
                                            QStringLiteral("family_kana"), QStringLiteral("given_kana"))},
            {QStringLiteral("birthDate"), q.value(QStringLiteral("birth_date")).toString()},
            {QStringLiteral("sex"), q.value(QStringLiteral("sex")).toString()},
            {QStringLiteral("relationship"), q.value(QStringLiteral("relationship")).toString()},
            {QStringLiteral("father"), textOrNull(q, QStringLiteral("father"))},
            {QStringLiteral("mother"), textOrNull(q, QStringLiteral("mother"))},
            {QStringLiteral("removed"), q.value(QStringLiteral("removed")).toInt() != 0},
            {QStringLiteral("events"),
             QJsonDocument::fromJson(q.value(QStringLiteral("events")).toString().toUtf8()).array()},
        });
    }
    result.insert(QStringLiteral("entries"), entries);
    return result;
}

} // namespace madoguchi::coresim
