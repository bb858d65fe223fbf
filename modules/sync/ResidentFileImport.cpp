#include "sync/ResidentFileImport.h"

#include "common/Csv.h"
#include "common/Database.h"
#include "common/Logging.h"
#include "sync/ResidentCache.h"
#include "sync/ResidentJson.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace madoguchi::sync {

namespace {

bool cancelled(const std::atomic_bool* cancel)
{
    return cancel && cancel->load();
}

Error cancelledError(const QString& fileName)
{
    return makeError(QStringLiteral("sync.import.cancelled"),
                     ResidentFileImport::tr("The import was cancelled; nothing was imported."), fileName);
}

bool isDate(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return pattern.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

// Full-width katakana with the prolonged sound mark, middle dot and ideographic space.
bool isKatakana(const QString& text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= 0x30A1 && u <= 0x30FA) || u == 0x30FC || u == 0x30FB || u == 0x3000))
            return false;
    }
    return true;
}

// Reads one record's fields by column name and reports the first problem with its place.
class Line
{
public:
    Line(const QHash<QString, int>& index, const Csv::Record& record, const QString& fileName)
        : m_index(index)
        , m_record(record)
        , m_fileName(fileName)
    {}

    QString raw(const QString& column) const
    {
        const int i = m_index.value(column, -1);
        return i >= 0 && i < m_record.fields.size() ? m_record.fields.at(i) : QString();
    }
    std::optional<QString> optional(const QString& column) const
    {
        const QString value = raw(column);
        return value.isEmpty() ? std::nullopt : std::optional<QString>(value);
    }
    void fail(const QString& column, const QString& problem)
    {
        if (m_error)
            return;
        m_error = makeError(QStringLiteral("sync.import.invalid"),
                            ResidentFileImport::tr("The resident extract has a bad value: %1. Nothing was "
                                                   "imported; correct the file and import it again.")
                                .arg(problem),
                            QStringLiteral("%1:%2, %3").arg(m_fileName).arg(m_record.line).arg(column));
    }
    QString required(const QString& column)
    {
        const QString value = raw(column);
        if (value.isEmpty())
            fail(column, ResidentFileImport::tr("%1 is empty").arg(column));
        return value;
    }
    std::optional<QString> optionalDate(const QString& column)
    {
        const auto value = optional(column);
        if (value && !isDate(*value))
            fail(column, ResidentFileImport::tr("%1 must be a date YYYY-MM-DD, not \"%2\"")
                             .arg(column, value->left(20)));
        return value;
    }
    std::optional<Error> error() const { return m_error; }
    int line() const { return m_record.line; }

private:
    const QHash<QString, int>& m_index;
    const Csv::Record& m_record;
    QString m_fileName;
    std::optional<Error> m_error;
};

ResidentRecord readLine(Line& line)
{
    ResidentRecord r;
    r.residentId = line.required(QStringLiteral("residentId"));
    if (!r.residentId.isEmpty() && !ResidentJson::isResidentId(r.residentId))
        line.fail(QStringLiteral("residentId"),
                  ResidentFileImport::tr("residentId must be 1 to 32 letters, digits or hyphens"));
    r.status = line.optional(QStringLiteral("status")).value_or(QStringLiteral("resident"));
    if (r.status != QLatin1String("resident") && r.status != QLatin1String("movedOut"))
        line.fail(QStringLiteral("status"), ResidentFileImport::tr("status must be resident or movedOut"));
    r.names.family = line.required(QStringLiteral("familyName"));
    r.names.given = line.required(QStringLiteral("givenName"));
    r.names.familyKana = line.required(QStringLiteral("familyKana"));
    r.names.givenKana = line.required(QStringLiteral("givenKana"));
    for (const char* column : {"familyKana", "givenKana"}) {
        const QString name = QString::fromLatin1(column);
        if (!line.raw(name).isEmpty() && !isKatakana(line.raw(name)))
            line.fail(name, ResidentFileImport::tr("%1 must be in full-width katakana").arg(name));
    }
    r.birthDate = line.required(QStringLiteral("birthDate"));
    if (!r.birthDate.isEmpty() && !isDate(r.birthDate))
        line.fail(QStringLiteral("birthDate"),
                  ResidentFileImport::tr("birthDate must be a date YYYY-MM-DD, not \"%1\"")
                      .arg(r.birthDate.left(20)));
    r.sex = line.required(QStringLiteral("sex"));
    if (!r.sex.isEmpty() && r.sex != QLatin1String("male") && r.sex != QLatin1String("female"))
        line.fail(QStringLiteral("sex"), ResidentFileImport::tr("sex must be male or female"));
    r.household.householdId = line.required(QStringLiteral("householdId"));
    r.household.headResidentId = line.required(QStringLiteral("headResidentId"));
    if (!r.household.headResidentId.isEmpty() && !ResidentJson::isResidentId(r.household.headResidentId))
        line.fail(QStringLiteral("headResidentId"),
                  ResidentFileImport::tr("headResidentId must be 1 to 32 letters, digits or hyphens"));
    r.household.headFullName = line.required(QStringLiteral("headFullName"));
    r.household.relationship = line.required(QStringLiteral("relationship"));
    r.address.postalCode = line.optional(QStringLiteral("postalCode"));
    static const QRegularExpression postal(QStringLiteral("^\\d{3}-\\d{4}$"));
    if (r.address.postalCode && !postal.match(*r.address.postalCode).hasMatch())
        line.fail(QStringLiteral("postalCode"), ResidentFileImport::tr("postalCode must look like 114-0022"));
    r.address.prefecture = line.optional(QStringLiteral("addressPrefecture"));
    r.address.city = line.optional(QStringLiteral("addressCity"));
    r.address.town = line.optional(QStringLiteral("addressTown"));
    r.address.banchi = line.optional(QStringLiteral("addressBanchi"));
    r.address.building = line.optional(QStringLiteral("addressBuilding"));
    r.address.fullText = line.required(QStringLiteral("addressFullText"));
    r.honseki.prefecture = line.optional(QStringLiteral("honsekiPrefecture"));
    r.honseki.city = line.optional(QStringLiteral("honsekiCity"));
    r.honseki.town = line.optional(QStringLiteral("honsekiTown"));
    r.honseki.chiban = line.optional(QStringLiteral("honsekiChiban"));
    r.honseki.fullText = line.required(QStringLiteral("honsekiFullText"));
    r.movedInDate = line.optionalDate(QStringLiteral("movedInDate"));
    r.movedOutDate = line.optionalDate(QStringLiteral("movedOutDate"));
    if (const auto previous = line.optional(QStringLiteral("previousAddress"))) {
        ResidentAddress address;
        address.fullText = *previous;
        r.previousAddress = address;
    }
    const QString active = line.required(QStringLiteral("supportMeasureActive"));
    if (active == QLatin1String("true") || active == QLatin1String("1"))
        r.supportMeasure.active = true;
    else if (!active.isEmpty() && active != QLatin1String("false") && active != QLatin1String("0"))
        line.fail(QStringLiteral("supportMeasureActive"),
                  ResidentFileImport::tr("supportMeasureActive must be true, false, 1 or 0"));
    r.supportMeasure.since = line.optionalDate(QStringLiteral("supportMeasureSince"));
    r.supportMeasure.until = line.optionalDate(QStringLiteral("supportMeasureUntil"));
    r.updatedAt = line.optional(QStringLiteral("updatedAt")).value_or(QString());
    r.version = 1;
    if (const auto version = line.optional(QStringLiteral("version"))) {
        bool ok = false;
        r.version = version->toLongLong(&ok);
        if (!ok || r.version < 1)
            line.fail(QStringLiteral("version"),
                      ResidentFileImport::tr("version must be a whole number from 1"));
    }
    return r;
}

} // namespace

const QStringList& ResidentFileImport::requiredColumns()
{
    static const QStringList required = {
        QStringLiteral("residentId"),
        QStringLiteral("familyName"),
        QStringLiteral("givenName"),
        QStringLiteral("familyKana"),
        QStringLiteral("givenKana"),
        QStringLiteral("birthDate"),
        QStringLiteral("sex"),
        QStringLiteral("householdId"),
        QStringLiteral("headResidentId"),
        QStringLiteral("headFullName"),
        QStringLiteral("relationship"),
        QStringLiteral("addressFullText"),
        QStringLiteral("honsekiFullText"),
        QStringLiteral("supportMeasureActive"),
    };
    return required;
}

const QStringList& ResidentFileImport::columns()
{
    static const QStringList all = requiredColumns() + QStringList{
                                                           QStringLiteral("status"),
                                                           QStringLiteral("postalCode"),
                                                           QStringLiteral("addressPrefecture"),
                                                           QStringLiteral("addressCity"),
                                                           QStringLiteral("addressTown"),
                                                           QStringLiteral("addressBanchi"),
                                                           QStringLiteral("addressBuilding"),
                                                           QStringLiteral("honsekiPrefecture"),
                                                           QStringLiteral("honsekiCity"),
                                                           QStringLiteral("honsekiTown"),
                                                           QStringLiteral("honsekiChiban"),
                                                           QStringLiteral("movedInDate"),
                                                           QStringLiteral("movedOutDate"),
                                                           QStringLiteral("previousAddress"),
                                                           QStringLiteral("supportMeasureSince"),
                                                           QStringLiteral("supportMeasureUntil"),
                                                           QStringLiteral("updatedAt"),
                                                           QStringLiteral("version"),
                                                       };
    return all;
}

Result<QList<ResidentRecord>> ResidentFileImport::read(const QByteArray& utf8, const QString& fileName,
                                                       const std::atomic_bool* cancel,
                                                       const Progress& progress)
{
    Result<QList<Csv::Record>> parsed = Csv::parse(utf8, fileName);
    if (!parsed)
        return parsed.error();
    const QList<Csv::Record>& records = parsed.value();
    if (records.isEmpty())
        return makeError(QStringLiteral("sync.import.header"),
                         tr("The resident extract is empty: it needs a header line and records."),
                         fileName + QStringLiteral(":1"));
    const Csv::Record& header = records.constFirst();
    QHash<QString, int> index;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i);
        const QString where = QStringLiteral("%1:%2, column %3").arg(fileName).arg(header.line).arg(i + 1);
        if (!columns().contains(name))
            return makeError(
                QStringLiteral("sync.import.header"),
                tr("The resident extract has an unknown column \"%1\" (see the documented layout).")
                    .arg(name.left(40)),
                where);
        if (index.contains(name))
            return makeError(QStringLiteral("sync.import.header"),
                             tr("The resident extract has the column \"%1\" twice.").arg(name), where);
        index.insert(name, i);
    }
    for (const QString& name : requiredColumns()) {
        if (!index.contains(name))
            return makeError(QStringLiteral("sync.import.header"),
                             tr("The resident extract lacks the column \"%1\".").arg(name),
                             fileName + QStringLiteral(":1"));
    }

    const int total = int(records.size()) - 1;
    QList<ResidentRecord> result;
    result.reserve(total);
    QHash<QString, int> seen; // residentId -> line
    for (int i = 1; i < records.size(); ++i) {
        if (cancelled(cancel))
            return cancelledError(fileName);
        const Csv::Record& record = records.at(i);
        if (record.fields.size() != header.fields.size())
            return makeError(
                QStringLiteral("sync.import.invalid"),
                tr("The resident extract has a line with %1 fields where the header has %2. Nothing "
                   "was imported.")
                    .arg(record.fields.size())
                    .arg(header.fields.size()),
                QStringLiteral("%1:%2").arg(fileName).arg(record.line));
        Line line(index, record, fileName);
        ResidentRecord resident = readLine(line);
        if (const auto error = line.error())
            return *error;
        if (seen.contains(resident.residentId))
            return makeError(
                QStringLiteral("sync.import.duplicate"),
                tr("The resident extract lists resident %1 twice (first on line %2). Nothing was "
                   "imported.")
                    .arg(resident.residentId)
                    .arg(seen.value(resident.residentId)),
                QStringLiteral("%1:%2, residentId").arg(fileName).arg(record.line));
        seen.insert(resident.residentId, record.line);
        result << resident;
        if (progress && (i % 500 == 0 || i == total))
            progress(i / 2, total);
    }
    return result;
}

Result<ResidentFileImport::Summary> ResidentFileImport::importFile(const QString& path,
                                                                   const ResidentCache& cache,
                                                                   const std::atomic_bool* cancel,
                                                                   const Progress& progress)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("sync.import.file"),
                         tr("The resident extract cannot be read: %1").arg(file.errorString()), path);
    Result<QList<ResidentRecord>> records = read(file.readAll(), fileName, cancel, progress);
    if (!records)
        return records.error();
    const QList<ResidentRecord>& all = records.value();
    const int total = int(all.size());
    const Status written = cache.storeAll(all, ResidentCache::Source::File, [&](int done) -> bool {
        if (progress && (done % 500 == 0 || done == total))
            progress(total / 2 + done / 2 + (total % 2 && done == total ? 1 : 0), total);
        return !cancelled(cancel);
    });
    if (!written)
        return written.error().code == QLatin1String("sync.cache.cancelled") ? cancelledError(fileName)
                                                                             : written.error();
    qCInfo(lcSync) << "resident extract imported:" << total << "record(s)";
    return Summary{total};
}

} // namespace madoguchi::sync
