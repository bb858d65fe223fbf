#include "counter/FormData.h"

#include "common/Money.h"
#include "common/Wareki.h"

#include <QVariantList>

#include <optional>

namespace madoguchi::counter {

namespace {

// A space as wide as a kanji between family and given name, as on every Japanese form.
constexpr QChar nameSeparator = QChar(0x3000);

QString joinName(const QString& family, const QString& given)
{
    if (given.isEmpty())
        return family;
    if (family.isEmpty())
        return given;
    return family + nameSeparator + given;
}

QString wareki(QDate date)
{
    return date.isValid() ? Wareki::format(date, Wareki::Style::Long) : QString();
}

Error invalid(const QString& path, const QString& message)
{
    return makeError(QStringLiteral("form.invalid"), message, path);
}

// ■ for the chosen option, □ for each other one; an unknown choice is an error rather than a
// form with no box ticked.
std::optional<Error> addMarks(QVariantMap& target, const QString& path, const QString& chosen,
                              const QStringList& options)
{
    if (!chosen.isEmpty() && !options.contains(chosen)) {
        return invalid(
            path, FormData::tr("\"%1\" is not one of %2").arg(chosen, options.join(QStringLiteral(", "))));
    }
    for (const QString& option : options)
        target.insert(option, option == chosen ? QStringLiteral("■") : QStringLiteral("□"));
    return std::nullopt;
}

QString orPersons(const QString& value, const QString& persons, bool self)
{
    return value.isEmpty() && self ? persons : value;
}

} // namespace

const QStringList& FormData::sexes()
{
    static const QStringList keys{QStringLiteral("male"), QStringLiteral("female")};
    return keys;
}

const QStringList& FormData::requestKinds()
{
    static const QStringList keys{QStringLiteral("self"), QStringLiteral("agent"),
                                  QStringLiteral("thirdParty"), QStringLiteral("official")};
    return keys;
}

const QStringList& FormData::moveKinds()
{
    static const QStringList keys{QStringLiteral("moveIn"), QStringLiteral("moveOut"),
                                  QStringLiteral("moveWithin"), QStringLiteral("householdChange")};
    return keys;
}

const QStringList& FormData::identityMethods()
{
    static const QStringList keys{QStringLiteral("myNumberCard"), QStringLiteral("driversLicense"),
                                  QStringLiteral("passport"), QStringLiteral("residenceCard"),
                                  QStringLiteral("other")};
    return keys;
}

Result<QVariantMap> FormData::build(const FormContext& context)
{
    const FormContext::Person& p = context.person;
    const QString personName = joinName(p.familyName, p.givenName);
    const QString personKana = joinName(p.familyKana, p.givenKana);

    QVariantMap person{{QStringLiteral("name"), personName},
                       {QStringLiteral("kana"), personKana},
                       {QStringLiteral("familyName"), p.familyName},
                       {QStringLiteral("givenName"), p.givenName},
                       {QStringLiteral("familyKana"), p.familyKana},
                       {QStringLiteral("givenKana"), p.givenKana},
                       {QStringLiteral("birthDate"), wareki(p.birthDate)},
                       {QStringLiteral("postalCode"), p.postalCode},
                       {QStringLiteral("address"), p.address},
                       {QStringLiteral("honseki"), p.honseki},
                       {QStringLiteral("hittosha"), p.hittosha},
                       {QStringLiteral("householdHead"), p.householdHead},
                       {QStringLiteral("relationship"), p.relationship},
                       {QStringLiteral("phone"), p.phone}};
    if (auto error = addMarks(person, QStringLiteral("person.sex"), p.sex, sexes()))
        return *error;

    QVariantMap request{{QStringLiteral("purpose"), context.purpose}};
    if (auto error = addMarks(request, QStringLiteral("requestKind"), context.requestKind, requestKinds()))
        return *error;

    const bool self = context.requestKind == QLatin1String("self");
    const FormContext::Requester& r = context.requester;
    const QVariantMap requester{{QStringLiteral("name"), orPersons(r.name, personName, self)},
                                {QStringLiteral("kana"), orPersons(r.kana, personKana, self)},
                                {QStringLiteral("address"), orPersons(r.address, p.address, self)},
                                {QStringLiteral("phone"), orPersons(r.phone, p.phone, self)},
                                {QStringLiteral("relationship"), r.relationship},
                                {QStringLiteral("organisation"), r.organisation}};
    // Forms with a separate agent box (印鑑登録) must leave it empty when the person came.
    const bool agentCame = context.requestKind == QLatin1String("agent");
    const QVariantMap agent{{QStringLiteral("name"), agentCame ? r.name : QString()},
                            {QStringLiteral("kana"), agentCame ? r.kana : QString()},
                            {QStringLiteral("address"), agentCame ? r.address : QString()},
                            {QStringLiteral("phone"), agentCame ? r.phone : QString()},
                            {QStringLiteral("relationship"), agentCame ? r.relationship : QString()}};

    const FormContext::Move& m = context.move;
    QVariantMap move{{QStringLiteral("date"), wareki(m.date)},
                     {QStringLiteral("newAddress"), m.newAddress},
                     {QStringLiteral("previousAddress"), m.previousAddress},
                     {QStringLiteral("newHouseholdHead"), m.newHouseholdHead},
                     {QStringLiteral("previousHouseholdHead"), m.previousHouseholdHead}};
    if (auto error = addMarks(move, QStringLiteral("move.kind"), m.kind, moveKinds()))
        return *error;

    QVariantList members;
    for (int i = 0; i < context.members.size(); ++i) {
        const FormContext::Member& member = context.members.at(i);
        QVariantMap row{{QStringLiteral("name"), joinName(member.familyName, member.givenName)},
                        {QStringLiteral("kana"), joinName(member.familyKana, member.givenKana)},
                        {QStringLiteral("birthDate"), wareki(member.birthDate)},
                        {QStringLiteral("relationship"), member.relationship}};
        if (auto error = addMarks(row, QStringLiteral("members[%1].sex").arg(i), member.sex, sexes()))
            return *error;
        members << row;
    }

    QVariantList certificates;
    Money total;
    int copies = 0;
    for (int i = 0; i < context.certificates.size(); ++i) {
        const FormContext::CertificateLine& line = context.certificates.at(i);
        const QString at = QStringLiteral("certificates[%1]").arg(i);
        if (line.copies < 1)
            return invalid(at + QStringLiteral(".copies"),
                           tr("at least one copy is needed, not %1").arg(line.copies));
        if (line.feeYen < 0)
            return invalid(at + QStringLiteral(".feeYen"),
                           tr("a fee cannot be negative (%1)").arg(line.feeYen));
        const Money fee = Money::fromYen(line.feeYen);
        auto sum = total.add(fee);
        if (!sum)
            return invalid(at + QStringLiteral(".feeYen"), sum.error().message);
        total = sum.value();
        copies += line.copies;
        certificates << QVariantMap{{QStringLiteral("title"), line.title},
                                    {QStringLiteral("copies"), line.copies},
                                    {QStringLiteral("fee"), fee.format()}};
    }
    const QVariantMap fees{{QStringLiteral("total"), total.format()}, {QStringLiteral("copies"), copies}};

    QVariantMap identity{{QStringLiteral("document"), context.identityDocument}};
    if (auto error =
            addMarks(identity, QStringLiteral("identityMethod"), context.identityMethod, identityMethods()))
        return *error;

    const QVariantMap office{{QStringLiteral("name"), context.office.name},
                             {QStringLiteral("counter"), context.office.counter},
                             {QStringLiteral("clerk"), context.office.clerk}};

    return QVariantMap{{QStringLiteral("form"), QVariantMap{{QStringLiteral("date"), wareki(context.date)}}},
                       {QStringLiteral("person"), person},
                       {QStringLiteral("request"), request},
                       {QStringLiteral("requester"), requester},
                       {QStringLiteral("agent"), agent},
                       {QStringLiteral("move"), move},
                       {QStringLiteral("members"), members},
                       {QStringLiteral("certificates"), certificates},
                       {QStringLiteral("fees"), fees},
                       {QStringLiteral("identity"), identity},
                       {QStringLiteral("office"), office}};
}

} // namespace madoguchi::counter
