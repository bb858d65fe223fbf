#include "TransactionValidator.h"

#include "ApiReply.h"
#include "JsonInput.h"

#include "common/MyNumber.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace madoguchi::coresim {

namespace {

// The steps of a visit the counter reports (modules/counter VisitEventKind, those sent to the core).
const QStringList& visitSteps()
{
    static const QStringList steps = {
        QStringLiteral("ticketIssued"),     QStringLiteral("called"),
        QStringLiteral("recalled"),         QStringLiteral("skipped"),
        QStringLiteral("identified"),       QStringLiteral("proceduresChosen"),
        QStringLiteral("procedureUpdated"), QStringLiteral("formsPrinted"),
        QStringLiteral("feesRecorded"),     QStringLiteral("certificatesRequested"),
        QStringLiteral("handedOff"),        QStringLiteral("closed"),
        QStringLiteral("cancelled")};
    return steps;
}

Status oneOf(const QJsonObject& item, const QString& key, const QString& path, const QStringList& values)
{
    Result<QString> value = JsonInput::string(item, key, path, 40);
    if (!value)
        return value.error();
    if (!values.contains(value.value())) {
        const QString field = JsonInput::path(path, key);
        return fieldError(
            field, QStringLiteral("%1 must be one of %2").arg(field, values.join(QStringLiteral(", "))));
    }
    return {};
}

// `detail` of a visitStep: a flat object of at most 20 strings (up to 200 characters) and
// integers, keyed by plain names. It must not carry personal data; a 12-digit number (a My Number
// candidate) is refused outright.
Status validateDetail(const QJsonObject& item, const QString& path)
{
    const QJsonValue detail = item.value(QStringLiteral("detail"));
    if (detail.isUndefined() || detail.isNull())
        return {};
    const QString field = JsonInput::path(path, QStringLiteral("detail"));
    if (!detail.isObject())
        return fieldError(field, QStringLiteral("%1 must be an object").arg(field));
    const QJsonObject object = detail.toObject();
    if (object.size() > 20)
        return fieldError(field, QStringLiteral("%1 must have at most 20 fields").arg(field));
    static const QRegularExpression keyShape(QStringLiteral("^[A-Za-z][A-Za-z0-9]{0,39}$"));
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString at = JsonInput::path(field, it.key());
        if (!keyShape.match(it.key()).hasMatch())
            return fieldError(at, QStringLiteral("%1: a detail name is 1 to 40 letters or digits").arg(at));
        const QJsonValue value = it.value();
        if (value.isString()) {
            if (value.toString().size() > 200)
                return fieldError(at, QStringLiteral("%1 must be at most 200 characters").arg(at));
            if (MyNumber::containsCandidate(value.toString()))
                return fieldError(at, QStringLiteral("%1 must not hold a My Number").arg(at));
        } else if (value.isDouble() && std::floor(value.toDouble()) == value.toDouble() &&
                   std::abs(value.toDouble()) <= 1e15) {
            if (MyNumber::containsCandidate(QString::number(qint64(value.toDouble()))))
                return fieldError(at, QStringLiteral("%1 must not hold a My Number").arg(at));
        } else {
            return fieldError(at, QStringLiteral("%1 must be a string or an integer").arg(at));
        }
    }
    return {};
}

} // namespace

Result<ValidatedTransaction> TransactionValidator::validate(const QJsonObject& body)
{
    ValidatedTransaction out;
    out.body = body;
    const QString none;
    if (Status keys = JsonInput::onlyKeys(body,
                                          {QStringLiteral("visitId"), QStringLiteral("sequence"),
                                           QStringLiteral("committedAt"), QStringLiteral("items")},
                                          none);
        !keys) {
        return keys.error();
    }
    Result<QString> visit = JsonInput::uuid(body, QStringLiteral("visitId"), none);
    if (!visit)
        return visit.error();
    out.visitId = visit.value().toLower();
    Result<qint64> sequence = JsonInput::integer(body, QStringLiteral("sequence"), none, 1, 1000000);
    if (!sequence)
        return sequence.error();
    out.sequence = sequence.value();
    if (Result<QDateTime> committed = JsonInput::dateTime(body, QStringLiteral("committedAt"), none);
        !committed)
        return committed.error();

    const QJsonValue items = body.value(QStringLiteral("items"));
    if (items.isUndefined() || items.isNull())
        return fieldError(QStringLiteral("items"), QStringLiteral("items is required"));
    if (!items.isArray())
        return fieldError(QStringLiteral("items"), QStringLiteral("items must be an array"));
    const QJsonArray list = items.toArray();
    if (list.isEmpty() || list.size() > 100)
        return fieldError(QStringLiteral("items"), QStringLiteral("items must hold 1 to 100 items"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("items[%1]").arg(i);
        if (!list.at(i).isObject())
            return fieldError(path, QStringLiteral("%1 must be an object").arg(path));
        if (Status item = validateItem(list.at(i).toObject(), path, out); !item)
            return item.error();
    }
    out.itemCount = int(list.size());
    return out;
}

Status TransactionValidator::validateItem(const QJsonObject& item, const QString& path,
                                          ValidatedTransaction& out)
{
    Result<QString> kind = JsonInput::string(item, QStringLiteral("kind"), path, 40);
    if (!kind)
        return kind.error();
    const QString k = kind.value();
    QStringList allowed{QStringLiteral("kind")};
    if (k == QStringLiteral("certificateIssued")) {
        allowed << QStringLiteral("certificateType") << QStringLiteral("copies")
                << QStringLiteral("residentId");
        if (Result<QString> type = JsonInput::identifier(item, QStringLiteral("certificateType"), path, 40);
            !type)
            return type.error();
        if (Result<qint64> copies = JsonInput::integer(item, QStringLiteral("copies"), path, 1, 99); !copies)
            return copies.error();
    } else if (k == QStringLiteral("feePaid")) {
        allowed << QStringLiteral("amountYen") << QStringLiteral("method") << QStringLiteral("receiptNumber");
        if (Result<qint64> amount = JsonInput::integer(item, QStringLiteral("amountYen"), path, 0, 100000000);
            !amount)
            return amount.error();
        Result<QString> method = JsonInput::string(item, QStringLiteral("method"), path, 10);
        if (!method)
            return method.error();
        static const QStringList methods = {QStringLiteral("cash"), QStringLiteral("credit"),
                                            QStringLiteral("qr"), QStringLiteral("slip")};
        if (!methods.contains(method.value())) {
            const QString field = JsonInput::path(path, QStringLiteral("method"));
            return fieldError(field, QStringLiteral("%1 must be one of cash, credit, qr, slip").arg(field));
        }
        if (Result<QString> receipt =
                JsonInput::optionalString(item, QStringLiteral("receiptNumber"), path, 64);
            !receipt)
            return receipt.error();
    } else if (k == QStringLiteral("formAccepted")) {
        allowed << QStringLiteral("formType") << QStringLiteral("residentId");
        if (Result<QString> type = JsonInput::identifier(item, QStringLiteral("formType"), path, 40); !type)
            return type.error();
    } else if (k == QStringLiteral("visitStep")) {
        allowed << QStringLiteral("step") << QStringLiteral("at") << QStringLiteral("detail");
        if (Status step = oneOf(item, QStringLiteral("step"), path, visitSteps()); !step)
            return step;
        if (Result<QDateTime> at = JsonInput::dateTime(item, QStringLiteral("at"), path); !at)
            return at.error();
        if (Status detail = validateDetail(item, path); !detail)
            return detail;
    } else if (k == QStringLiteral("certificateRequested")) {
        allowed << QStringLiteral("certificateType") << QStringLiteral("copies")
                << QStringLiteral("residentId") << QStringLiteral("feeYen");
        if (Result<QString> type = JsonInput::identifier(item, QStringLiteral("certificateType"), path, 40);
            !type)
            return type.error();
        if (Result<qint64> copies = JsonInput::integer(item, QStringLiteral("copies"), path, 1, 99); !copies)
            return copies.error();
        if (Result<qint64> fee = JsonInput::integer(item, QStringLiteral("feeYen"), path, 0, 100000000); !fee)
            return fee.error();
    } else if (k == QStringLiteral("procedureRecorded")) {
        allowed << QStringLiteral("procedureId") << QStringLiteral("status");
        Result<QString> procedure = JsonInput::string(item, QStringLiteral("procedureId"), path, 64);
        if (!procedure)
            return procedure.error();
        static const QRegularExpression procedureShape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
        if (!procedureShape.match(procedure.value()).hasMatch()) {
            const QString field = JsonInput::path(path, QStringLiteral("procedureId"));
            return fieldError(
                field, QStringLiteral("%1 must be 1 to 64 letters, digits, '.', '_' or '-'").arg(field));
        }
        if (Status status = oneOf(item, QStringLiteral("status"), path,
                                  {QStringLiteral("pending"), QStringLiteral("done"),
                                   QStringLiteral("notNeeded"), QStringLiteral("handedOff")});
            !status)
            return status;
    } else {
        const QString field = JsonInput::path(path, QStringLiteral("kind"));
        return fieldError(field,
                          QStringLiteral("%1 must be certificateIssued, feePaid, formAccepted, visitStep, "
                                         "certificateRequested or procedureRecorded")
                              .arg(field));
    }
    if (Status keys = JsonInput::onlyKeys(item, allowed, path); !keys)
        return keys;
    if (item.contains(QStringLiteral("residentId"))) {
        Result<QString> resident = JsonInput::identifier(item, QStringLiteral("residentId"), path, 32);
        if (!resident)
            return resident.error();
        out.residentRefs.emplace_back(JsonInput::path(path, QStringLiteral("residentId")), resident.value());
        if (k == QStringLiteral("formAccepted") && !out.formResidents.contains(resident.value()))
            out.formResidents.append(resident.value());
    }
    return {};
}

} // namespace madoguchi::coresim
