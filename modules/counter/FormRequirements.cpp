#include "counter/FormRequirements.h"

namespace madoguchi::counter {

namespace {

bool blank(const QString& text)
{
    return text.trimmed().isEmpty();
}

class Missing
{
public:
    void text(const QString& path, const QString& value)
    {
        if (blank(value))
            m_paths << path;
    }
    void date(const QString& path, QDate value)
    {
        if (!value.isValid())
            m_paths << path;
    }
    void when(bool condition, const QString& path)
    {
        if (condition)
            m_paths << path;
    }
    QStringList paths() const { return m_paths; }

private:
    QStringList m_paths;
};

// A "self" request is made by the person: their own name stands for the requester's.
bool requesterNamed(const FormContext& context)
{
    if (!blank(context.requester.name))
        return true;
    return context.requestKind == QLatin1String("self") && !blank(context.person.familyName);
}

bool requesterAddressed(const FormContext& context)
{
    if (!blank(context.requester.address))
        return true;
    return context.requestKind == QLatin1String("self") && !blank(context.person.address);
}

void residentMove(const FormContext& context, Missing& missing)
{
    missing.date(QStringLiteral("date"), context.date);
    missing.text(QStringLiteral("move.kind"), context.move.kind);
    missing.date(QStringLiteral("move.date"), context.move.date);
    missing.text(QStringLiteral("move.newAddress"), context.move.newAddress);
    if (context.move.kind != QLatin1String("householdChange"))
        missing.text(QStringLiteral("move.previousAddress"), context.move.previousAddress);
    missing.when(context.members.isEmpty(), QStringLiteral("members"));
    for (int i = 0; i < context.members.size(); ++i)
        missing.text(QStringLiteral("members[%1].familyName").arg(i), context.members.at(i).familyName);
    missing.text(QStringLiteral("requestKind"), context.requestKind);
    missing.when(!requesterNamed(context), QStringLiteral("requester.name"));
}

void certificateRequest(const FormContext& context, Missing& missing)
{
    missing.date(QStringLiteral("date"), context.date);
    missing.text(QStringLiteral("requestKind"), context.requestKind);
    missing.when(!requesterNamed(context), QStringLiteral("requester.name"));
    if (context.requestKind == QLatin1String("official"))
        missing.text(QStringLiteral("requester.organisation"), context.requester.organisation);
    else
        missing.when(!requesterAddressed(context), QStringLiteral("requester.address"));
    missing.text(QStringLiteral("person.familyName"), context.person.familyName);
    missing.text(QStringLiteral("person.address"), context.person.address);
    missing.when(context.certificates.isEmpty(), QStringLiteral("certificates"));
    for (int i = 0; i < context.certificates.size(); ++i)
        missing.text(QStringLiteral("certificates[%1].title").arg(i), context.certificates.at(i).title);
    // 第三者請求 and 公用請求 must state why (住民基本台帳法 12条の2, 12条の3); the person or
    // their agent need not.
    if (context.requestKind == QLatin1String("thirdParty") ||
        context.requestKind == QLatin1String("official"))
        missing.text(QStringLiteral("purpose"), context.purpose);
}

void sealRegistration(const FormContext& context, Missing& missing)
{
    missing.date(QStringLiteral("date"), context.date);
    missing.text(QStringLiteral("person.familyName"), context.person.familyName);
    missing.date(QStringLiteral("person.birthDate"), context.person.birthDate);
    missing.text(QStringLiteral("person.address"), context.person.address);
    missing.text(QStringLiteral("requestKind"), context.requestKind);
    if (context.requestKind == QLatin1String("agent"))
        missing.text(QStringLiteral("requester.name"), context.requester.name);
    missing.text(QStringLiteral("identityMethod"), context.identityMethod);
    if (context.identityMethod == QLatin1String("other"))
        missing.text(QStringLiteral("identityDocument"), context.identityDocument);
}

} // namespace

QStringList FormRequirements::missing(const QString& formName, const FormContext& context)
{
    Missing missing;
    if (formName == FormNames::residentMove)
        residentMove(context, missing);
    else if (formName == FormNames::certificateRequest)
        certificateRequest(context, missing);
    else if (formName == FormNames::sealRegistration)
        sealRegistration(context, missing);
    return missing.paths();
}

QStringList FormRequirements::requestKinds(const QString& formName)
{
    if (formName == FormNames::residentMove || formName == FormNames::sealRegistration)
        return {QStringLiteral("self"), QStringLiteral("agent")};
    return {};
}

Status FormRequirements::check(const QString& formName, const FormContext& context)
{
    const QStringList empty = missing(formName, context);
    if (!empty.isEmpty()) {
        return makeError(QStringLiteral("form.missingField"),
                         tr("The form cannot be printed: these fields are empty: %1")
                             .arg(empty.join(QStringLiteral(", "))),
                         formName);
    }
    const QStringList kinds = requestKinds(formName);
    if (!kinds.isEmpty() && !kinds.contains(context.requestKind)) {
        return makeError(QStringLiteral("form.requestKind"),
                         tr("This form is not made for a request of kind \"%1\" (it takes: %2)")
                             .arg(context.requestKind, kinds.join(QStringLiteral(", "))),
                         formName + QStringLiteral(": requestKind"));
    }
    return {};
}

} // namespace madoguchi::counter
