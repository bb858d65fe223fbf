#include "TransactionValidator.h"

#include "ApiReply.h"
#include "JsonInput.h"

#include <QJsonArray>

namespace madoguchi::coresim {

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
    } else {
        const QString field = JsonInput::path(path, QStringLiteral("kind"));
        return fieldError(field,
                          QStringLiteral("%1 must be certificateIssued, feePaid or formAccepted").arg(field));
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
