#include "counter/VisitInput.h"

#include "common/MyNumber.h"
#include "counter/HandOff.h"
#include "counter/Identification.h"
#include "counter/VisitTransactionItems.h"

#include <QRegularExpression>

namespace madoguchi::counter {

namespace {

bool matches(const QString& pattern, const QString& text)
{
    return QRegularExpression(pattern).match(text).hasMatch();
}

// The core's identifier shape (certificate types, fee codes).
bool isCode(const QString& text)
{
    return matches(QStringLiteral("^[0-9A-Za-z-]{1,40}$"), text);
}

} // namespace

Error VisitInput::invalid(const QString& message, const QString& where)
{
    return makeError(QStringLiteral("counter.visit.invalid"), message, where);
}

Status VisitInput::actor(const VisitActor& actor, bool staffRequired)
{
    if (!HandOff::isPlaceId(actor.counterId))
        return invalid(tr("This PC has no valid counter id (workstation id) in its settings."),
                       QStringLiteral("counterId"));
    if (staffRequired && actor.staffId.isEmpty())
        return invalid(tr("A step of a visit needs the signed-in member of staff."),
                       QStringLiteral("staffId"));
    return {};
}

Status VisitInput::ticket(const QString& categoryId, const QString& prefix)
{
    if (!HandOff::isPlaceId(categoryId))
        return invalid(tr("\"%1\" is not a ticket category id.").arg(categoryId),
                       QStringLiteral("categoryId"));
    if (!matches(QStringLiteral("^[A-Z0-9]{1,3}$"), prefix))
        return invalid(tr("A ticket prefix is 1 to 3 capital letters or digits, not \"%1\".").arg(prefix),
                       QStringLiteral("prefix"));
    return {};
}

Status VisitInput::note(const QString& note, const QString& where)
{
    if (note.size() > maxNoteLength)
        return invalid(tr("The text is longer than %1 characters.").arg(maxNoteLength), where);
    // Notes are stored: the My Number must never be among them.
    if (MyNumber::containsCandidate(note))
        return makeError(
            QStringLiteral("counter.visit.myNumber"),
            tr("A My Number (or another 12-digit number) must not be written into a note: it would "
               "be stored."),
            where);
    return {};
}

Status VisitInput::reason(const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return invalid(tr("A reason is needed."), QStringLiteral("reason"));
    return note(reason, QStringLiteral("reason"));
}

Status VisitInput::procedureId(const QString& procedureId, const QString& where)
{
    // The catalog's ids; the core accepts the same shape.
    if (!matches(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"), procedureId))
        return invalid(tr("\"%1\" is not a procedure id.").arg(procedureId), where);
    return {};
}

Status VisitInput::listSize(qsizetype size, const QString& where)
{
    if (size == 0)
        return invalid(tr("The list is empty."), where);
    if (size > maxListSize)
        return invalid(tr("At most %1 entries can be recorded in one step.").arg(maxListSize), where);
    return {};
}

Status VisitInput::procedures(const QList<VisitProcedure>& procedures)
{
    if (Status size = listSize(procedures.size(), QStringLiteral("procedures")); !size)
        return size;
    QStringList seen;
    for (qsizetype i = 0; i < procedures.size(); ++i) {
        const QString where = QStringLiteral("procedures[%1]").arg(i);
        const VisitProcedure& procedure = procedures.at(i);
        if (Status id = procedureId(procedure.procedureId, where + QStringLiteral(".procedureId")); !id)
            return id;
        if (seen.contains(procedure.procedureId))
            return invalid(tr("Procedure \"%1\" is listed twice.").arg(procedure.procedureId),
                           where + QStringLiteral(".procedureId"));
        seen << procedure.procedureId;
        if (Status checked = note(procedure.note, where + QStringLiteral(".note")); !checked)
            return checked;
    }
    return {};
}

Status VisitInput::lifeEvents(const QStringList& lifeEventIds)
{
    if (lifeEventIds.size() > maxListSize)
        return listSize(lifeEventIds.size(), QStringLiteral("lifeEvents"));
    for (qsizetype i = 0; i < lifeEventIds.size(); ++i) {
        const QString where = QStringLiteral("lifeEvents[%1]").arg(i);
        // The catalog's ids have the shape of procedure ids.
        if (!matches(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"), lifeEventIds.at(i)))
            return invalid(tr("\"%1\" is not a life event id.").arg(lifeEventIds.at(i)), where);
        if (lifeEventIds.indexOf(lifeEventIds.at(i)) != i)
            return invalid(tr("Life event \"%1\" is listed twice.").arg(lifeEventIds.at(i)), where);
    }
    return {};
}

Result<QStringList> VisitInput::formTypes(const QStringList& templateNames)
{
    if (Status size = listSize(templateNames.size(), QStringLiteral("forms")); !size)
        return size.error();
    QStringList types;
    for (qsizetype i = 0; i < templateNames.size(); ++i) {
        const QString type = VisitTransactionItems::formTypeOf(templateNames.at(i));
        if (type.isEmpty())
            return invalid(tr("\"%1\" is not a form template name.").arg(templateNames.at(i)),
                           QStringLiteral("forms[%1]").arg(i));
        types << type;
    }
    return types;
}

Status VisitInput::fees(const QList<VisitFee>& fees)
{
    if (Status size = listSize(fees.size(), QStringLiteral("fees")); !size)
        return size;
    for (qsizetype i = 0; i < fees.size(); ++i) {
        const QString where = QStringLiteral("fees[%1]").arg(i);
        if (!isCode(fees.at(i).code))
            return invalid(tr("\"%1\" is not a fee code.").arg(fees.at(i).code),
                           where + QStringLiteral(".code"));
        if (fees.at(i).amountYen < 0 || fees.at(i).amountYen > maxYen)
            return invalid(tr("A fee must be from 0 to %1 yen.").arg(maxYen),
                           where + QStringLiteral(".amountYen"));
    }
    return {};
}

Status VisitInput::certificates(const QList<VisitCertificate>& certificates)
{
    if (Status size = listSize(certificates.size(), QStringLiteral("certificates")); !size)
        return size;
    for (qsizetype i = 0; i < certificates.size(); ++i) {
        const QString where = QStringLiteral("certificates[%1]").arg(i);
        const VisitCertificate& c = certificates.at(i);
        if (!isCode(c.certificateType))
            return invalid(tr("\"%1\" is not a certificate type.").arg(c.certificateType),
                           where + QStringLiteral(".certificateType"));
        if (c.copies < 1 || c.copies > 99)
            return invalid(tr("The number of copies must be from 1 to 99."),
                           where + QStringLiteral(".copies"));
        if (!c.residentId.isEmpty() && !Identification::isResidentId(c.residentId))
            return invalid(tr("The resident id must be 1 to 32 letters, digits or hyphens."),
                           where + QStringLiteral(".residentId"));
        if (c.feeYen < 0 || c.feeYen > maxYen)
            return invalid(tr("A fee must be from 0 to %1 yen.").arg(maxYen),
                           where + QStringLiteral(".feeYen"));
    }
    return {};
}

} // namespace madoguchi::counter
