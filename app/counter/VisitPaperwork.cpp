#include "counter/VisitPaperwork.h"

#include "counter/FormRequirements.h"
#include "counter/ProcedureCatalog.h"

namespace madoguchi {

using namespace counter;

namespace {

bool isActive(const VisitProcedure& procedure)
{
    return procedure.status == ProcedureStatus::Pending || procedure.status == ProcedureStatus::Done;
}

QString identityMethod(const Identification& id)
{
    switch (id.document) {
    case IdentificationDocument::MyNumberCard:
        return QStringLiteral("myNumberCard");
    case IdentificationDocument::DriversLicence:
        return QStringLiteral("driversLicense");
    case IdentificationDocument::Passport:
        return QStringLiteral("passport");
    case IdentificationDocument::TwoOtherDocuments:
    case IdentificationDocument::OralQuestions:
        break;
    }
    return QStringLiteral("other");
}

} // namespace

QStringList VisitPaperwork::forms(const Visit& visit, const ProcedureCatalog& catalog)
{
    QStringList result;
    for (const VisitProcedure& line : visit.procedures) {
        const Procedure* procedure = catalog.procedure(line.procedureId);
        if (!procedure || !isActive(line))
            continue;
        for (const QString& form : procedure->forms) {
            if (!result.contains(form))
                result << form;
        }
    }
    return result;
}

QList<VisitCertificate> VisitPaperwork::certificates(const Visit& visit, const ProcedureCatalog& catalog)
{
    QList<VisitCertificate> result;
    const QString residentId = visit.identification ? visit.identification->residentId : QString();
    for (const VisitProcedure& line : visit.procedures) {
        const Procedure* procedure = catalog.procedure(line.procedureId);
        if (!procedure || !isActive(line))
            continue;
        for (const ProcedureCertificate& certificate : procedure->certificates)
            result << VisitCertificate{certificate.type, certificate.copies, residentId,
                                       certificate.totalYen()};
    }
    return result;
}

QString VisitPaperwork::moveKind(const Visit& visit)
{
    for (const VisitProcedure& line : visit.procedures) {
        if (!isActive(line))
            continue;
        if (line.procedureId == QLatin1String("jumin-tennyu"))
            return QStringLiteral("moveIn");
        if (line.procedureId == QLatin1String("jumin-tenshutsu"))
            return QStringLiteral("moveOut");
        if (line.procedureId == QLatin1String("jumin-tenkyo"))
            return QStringLiteral("moveWithin");
        if (line.procedureId == QLatin1String("setainushi-henko"))
            return QStringLiteral("householdChange");
    }
    return {};
}

bool VisitPaperwork::hasCertificateForm(const QStringList& forms)
{
    return forms.contains(FormNames::certificateRequest.toString());
}

QString VisitPaperwork::certificateTitle(const QString& type)
{
    // The Japanese names printed on the request form; the certificates module's catalog will
    // own them. Not tr(): the paper form is Japanese whatever the clerk's UI language.
    if (type == QLatin1String("juminhyo"))
        return QStringLiteral("住民票の写し");
    if (type == QLatin1String("johyo"))
        return QStringLiteral("除票の写し");
    if (type == QLatin1String("inkanShomei"))
        return QStringLiteral("印鑑登録証明書");
    return type;
}

FormContext VisitPaperwork::context(const Visit& visit, const std::optional<sync::ResidentRecord>& record,
                                    const ProcedureCatalog& catalog, const Extra& extra)
{
    FormContext context =
        record ? FormContext::fromResident(*record, extra.today, extra.office) : FormContext();
    context.date = extra.today;
    context.office = extra.office;
    if (visit.identification) {
        const Identification& id = *visit.identification;
        if (!record) {
            context.person.residentId = id.residentId;
            context.person.familyName = id.person.familyName;
            context.person.givenName = id.person.givenName;
            context.person.familyKana = id.person.familyKana;
            context.person.givenKana = id.person.givenKana;
            context.person.birthDate = QDate::fromString(id.person.birthDate, Qt::ISODate);
            context.person.sex = id.person.sex;
            context.person.address = id.person.address;
            FormContext::Member member;
            member.familyName = id.person.familyName;
            member.givenName = id.person.givenName;
            member.familyKana = id.person.familyKana;
            member.givenKana = id.person.givenKana;
            member.birthDate = context.person.birthDate;
            member.sex = id.person.sex;
            context.members = {member};
        }
        context.requestKind = RequestKinds::name(id.requestKind);
        if (RequestKinds::needsRequester(id.requestKind)) {
            context.requester.name = id.requester.name;
            context.requester.relationship = id.requester.relation;
        }
        context.identityMethod = identityMethod(id);
        if (context.identityMethod == QLatin1String("other"))
            context.identityDocument = IdentificationDocuments::title(id.document);
    }
    context.move.kind = moveKind(visit);
    if (!context.move.kind.isEmpty()) {
        context.move.date = extra.moveDate;
        if (!extra.newAddress.isEmpty())
            context.move.newAddress = extra.newAddress;
        else if (context.move.newAddress.isEmpty())
            context.move.newAddress = context.person.address;
        if (!extra.previousAddress.isEmpty())
            context.move.previousAddress = extra.previousAddress;
    }
    for (const VisitCertificate& certificate : certificates(visit, catalog))
        context.certificates << FormContext::CertificateLine{certificateTitle(certificate.certificateType),
                                                             certificate.copies, certificate.feeYen};
    context.purpose = extra.purpose;
    context.addressRestricted = record && record->supportMeasure.active;
    return context;
}

} // namespace madoguchi
