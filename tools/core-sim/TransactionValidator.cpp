#include "TransactionValidator.h"

#include "ApiReply.h"
#include "JsonInput.h"

#include "common/MyNumber.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <vector>

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

bool isAsciiLetter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

bool isAsciiLetterOrDigit(QChar c)
{
    return isAsciiLetter(c) || (c >= u'0' && c <= u'9');
}

// Was ^[A-Za-z][A-Za-z0-9]{0,39}$ (less the final line feed its `$` let through).
bool isDetailName(QStringView name)
{
    return !name.isEmpty() && name.size() <= 40 && isAsciiLetter(name.front()) &&
           std::all_of(name.begin() + 1, name.end(), isAsciiLetterOrDigit);
}

// Was ^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$ (less the final line feed its `$` let through).
bool isProcedureId(QStringView id)
{
    return !id.isEmpty() && id.size() <= 64 && isAsciiLetterOrDigit(id.front()) &&
           std::all_of(id.begin() + 1, id.end(), [](QChar c) {
               return isAsciiLetterOrDigit(c) || c == u'.' || c == u'_' || c == u'-';
           });
}

// "items[0]" … "items[99]", made once: a transaction holds at most 100 items, and formatting the
// path of every item of every transaction showed in the profile.
const QString& itemPath(qsizetype index)
{
    static const std::vector<QString> paths = [] {
        std::vector<QString> made;
        for (int i = 0; i < TransactionValidator::kMaxItems; ++i)
            made.push_back(QStringLiteral("items[%1]").arg(i));
        return made;
    }();
    return paths.at(std::size_t(index));
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
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString at = JsonInput::path(field, it.key());
        if (!isDetailName(it.key()))
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
    static const QStringList fields = {QStringLiteral("visitId"), QStringLiteral("sequence"),
                                       QStringLiteral("committedAt"), QStringLiteral("items")};
    if (Status keys = JsonInput::onlyKeys(body, fields, none); !keys) {
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
    if (list.isEmpty() || list.size() > kMaxItems)
        return fieldError(QStringLiteral("items"), QStringLiteral("items must hold 1 to 100 items"));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString& path = itemPath(i);
        const QJsonValue item = list.at(i);
        if (!item.isObject())
            return fieldError(path, QStringLiteral("%1 must be an object").arg(path));
        if (Status checked = validateItem(item.toObject(), path, out); !checked)
            return checked.error();
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
    // The fields each kind may have, made once per kind (the checks below run per item).
    const QStringList* allowed = nullptr;
    if (k == QStringLiteral("certificateIssued")) {
        static const QStringList fields = {QStringLiteral("kind"), QStringLiteral("certificateType"),
                                           QStringLiteral("copies"), QStringLiteral("residentId")};
        allowed = &fields;
        if (Result<QString> type = JsonInput::identifier(item, QStringLiteral("certificateType"), path, 40);
            !type)
            return type.error();
        if (Result<qint64> copies = JsonInput::integer(item, QStringLiteral("copies"), path, 1, 99); !copies)
            return copies.error();
    } else if (k == QStringLiteral("feePaid")) {
        static const QStringList fields = {QStringLiteral("kind"), QStringLiteral("amountYen"),
                                           QStringLiteral("method"), QStringLiteral("receiptNumber")};
        allowed = &fields;
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
        static const QStringList fields = {QStringLiteral("kind"), QStringLiteral("formType"),
                                           QStringLiteral("residentId")};
        allowed = &fields;
        if (Result<QString> type = JsonInput::identifier(item, QStringLiteral("formType"), path, 40); !type)
            return type.error();
    } else if (k == QStringLiteral("visitStep")) {
        static const QStringList fields = {QStringLiteral("kind"), QStringLiteral("step"),
                                           QStringLiteral("at"), QStringLiteral("detail")};
        allowed = &fields;
        if (Status step = oneOf(item, QStringLiteral("step"), path, visitSteps()); !step)
            return step;
        if (Result<QDateTime> at = JsonInput::dateTime(item, QStringLiteral("at"), path); !at)
            return at.error();
        if (Status detail = validateDetail(item, path); !detail)
            return detail;
    } else if (k == QStringLiteral("certificateRequested")) {
        static const QStringList fields = {QStringLiteral("kind"), QStringLiteral("certificateType"),
                                           QStringLiteral("copies"), QStringLiteral("residentId"),
                                           QStringLiteral("feeYen")};
        allowed = &fields;
        if (Result<QString> type = JsonInput::identifier(item, QStringLiteral("certificateType"), path, 40);
            !type)
            return type.error();
        if (Result<qint64> copies = JsonInput::integer(item, QStringLiteral("copies"), path, 1, 99); !copies)
            return copies.error();
        if (Result<qint64> fee = JsonInput::integer(item, QStringLiteral("feeYen"), path, 0, 100000000); !fee)
            return fee.error();
    } else if (k == QStringLiteral("procedureRecorded")) {
        static const QStringList fields = {QStringLiteral("kind"), QStringLiteral("procedureId"),
                                           QStringLiteral("status")};
        allowed = &fields;
        Result<QString> procedure = JsonInput::string(item, QStringLiteral("procedureId"), path, 64);
        if (!procedure)
            return procedure.error();
        if (!isProcedureId(procedure.value())) {
            const QString field = JsonInput::path(path, QStringLiteral("procedureId"));
            return fieldError(
                field, QStringLiteral("%1 must be 1 to 64 letters, digits, '.', '_' or '-'").arg(field));
        }
        static const QStringList statuses = {QStringLiteral("pending"), QStringLiteral("done"),
                                             QStringLiteral("notNeeded"), QStringLiteral("handedOff")};
        if (Status status = oneOf(item, QStringLiteral("status"), path, statuses); !status)
            return status;
    } else {
        const QString field = JsonInput::path(path, QStringLiteral("kind"));
        return fieldError(field,
                          QStringLiteral("%1 must be certificateIssued, feePaid, formAccepted, visitStep, "
                                         "certificateRequested or procedureRecorded")
                              .arg(field));
    }
    if (Status keys = JsonInput::onlyKeys(item, *allowed, path); !keys)
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
