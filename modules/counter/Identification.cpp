#include "counter/Identification.h"

#include "common/MyNumber.h"
#include "sync/ResidentRecord.h"

#include <QDate>
#include <QRegularExpression>

#include <utility>

namespace madoguchi::counter {

namespace {

Error invalid(const QString& message, const QString& field)
{
    return makeError(QStringLiteral("counter.identification.invalid"), message, field);
}

} // namespace

IdentifiedPerson IdentifiedPerson::fromRecord(const sync::ResidentRecord& record)
{
    IdentifiedPerson person;
    person.familyName = record.names.family;
    person.givenName = record.names.given;
    person.familyKana = record.names.familyKana;
    person.givenKana = record.names.givenKana;
    person.birthDate = record.birthDate;
    person.sex = record.sex;
    person.address = record.address.fullText;
    return person;
}

QString Identification::sourceName(IdentificationSource source)
{
    return source == IdentificationSource::Card ? QStringLiteral("card") : QStringLiteral("manual");
}

std::optional<IdentificationSource> Identification::sourceFromName(const QString& name)
{
    if (name == QLatin1String("card"))
        return IdentificationSource::Card;
    if (name == QLatin1String("manual"))
        return IdentificationSource::Manual;
    return std::nullopt;
}

bool Identification::isResidentId(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9A-Za-z-]{1,32}$"));
    return shape.match(text).hasMatch();
}

Status Identification::validate() const
{
    const std::pair<const char*, const QString*> texts[] = {
        {"person.familyName", &person.familyName}, {"person.givenName", &person.givenName},
        {"person.familyKana", &person.familyKana}, {"person.givenKana", &person.givenKana},
        {"person.birthDate", &person.birthDate},   {"person.sex", &person.sex},
        {"person.address", &person.address},       {"manualReason", &manualReason},
        {"requester.name", &requester.name},       {"requester.relation", &requester.relation},
        {"requester.purpose", &requester.purpose}, {"residentId", &residentId},
    };
    for (const auto& [field, text] : texts) {
        // The My Number lives in VisitSession only: typed into a field it would reach the disk.
        if (MyNumber::containsCandidate(*text)) {
            return makeError(QStringLiteral("counter.identification.myNumber"),
                             tr("A My Number (or another 12-digit number) must not be typed into this "
                                "field: it would be stored."),
                             QString::fromLatin1(field));
        }
        if (text->size() > maxTextLength)
            return invalid(tr("The text is longer than %1 characters.").arg(maxTextLength),
                           QString::fromLatin1(field));
    }
    if (source == IdentificationSource::Card && document != IdentificationDocument::MyNumberCard)
        return invalid(tr("An identification by card must name the My Number card as the document."),
                       QStringLiteral("document"));
    if (source == IdentificationSource::Manual) {
        if (document == IdentificationDocument::MyNumberCard)
            return invalid(tr("A manual identification must name the ID document that was seen, not the "
                              "My Number card."),
                           QStringLiteral("document"));
        if (manualReason.trimmed().isEmpty())
            return invalid(tr("A manual identification needs the reason why the card was not used."),
                           QStringLiteral("manualReason"));
    }
    if (person.familyName.trimmed().isEmpty())
        return invalid(tr("The identified person needs at least a family name."),
                       QStringLiteral("person.familyName"));
    if (!person.birthDate.isEmpty() &&
        (person.birthDate.size() != 10 ||
         !QDate::fromString(person.birthDate, QStringLiteral("yyyy-MM-dd")).isValid()))
        return invalid(tr("The birth date must be a date written YYYY-MM-DD."),
                       QStringLiteral("person.birthDate"));
    if (!person.sex.isEmpty() && person.sex != QLatin1String("male") && person.sex != QLatin1String("female"))
        return invalid(tr("The sex must be male, female or left empty."), QStringLiteral("person.sex"));
    if (!residentId.isEmpty() && !isResidentId(residentId))
        return invalid(tr("The resident id must be 1 to 32 letters, digits or hyphens."),
                       QStringLiteral("residentId"));
    if (RequestKinds::needsRequester(requestKind)) {
        if (requester.name.trimmed().isEmpty())
            return invalid(tr("For a request by an agent or a third party, the name of who asks is needed."),
                           QStringLiteral("requester.name"));
        if (requester.relation.trimmed().isEmpty() && requester.purpose.trimmed().isEmpty())
            return invalid(tr("For a request by an agent or a third party, the relation to the person or "
                              "the purpose is needed."),
                           QStringLiteral("requester.relation"));
    }
    return {};
}

QJsonObject Identification::personalJson() const
{
    return QJsonObject{
        {QStringLiteral("familyName"), person.familyName},
        {QStringLiteral("givenName"), person.givenName},
        {QStringLiteral("familyKana"), person.familyKana},
        {QStringLiteral("givenKana"), person.givenKana},
        {QStringLiteral("birthDate"), person.birthDate},
        {QStringLiteral("sex"), person.sex},
        {QStringLiteral("address"), person.address},
        {QStringLiteral("manualReason"), manualReason},
        {QStringLiteral("requesterName"), requester.name},
        {QStringLiteral("requesterRelation"), requester.relation},
        {QStringLiteral("requesterPurpose"), requester.purpose},
    };
}

void Identification::readPersonalJson(const QJsonObject& json)
{
    const auto text = [&json](const char* key) { return json.value(QLatin1String(key)).toString(); };
    person.familyName = text("familyName");
    person.givenName = text("givenName");
    person.familyKana = text("familyKana");
    person.givenKana = text("givenKana");
    person.birthDate = text("birthDate");
    person.sex = text("sex");
    person.address = text("address");
    manualReason = text("manualReason");
    requester.name = text("requesterName");
    requester.relation = text("requesterRelation");
    requester.purpose = text("requesterPurpose");
}

} // namespace madoguchi::counter
