#include "SlipStore.h"

#include "ApiReply.h"
#include "ChangeFeed.h"
#include "JsonInput.h"
#include "TransactionStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace madoguchi::coresim {

namespace {

Error databaseError(const QSqlQuery& query, const QString& what)
{
    return makeError(QStringLiteral("internal"),
                     QStringLiteral("Database error in %1: %2").arg(what, query.lastError().text()));
}

} // namespace

SlipStore::SlipStore(const Database& database, WriteLock& writeLock)
    : m_database(database)
    , m_writeLock(writeLock)
{}

Status SlipStore::validate(const QJsonObject& body)
{
    const QString none;
    if (Status keys = JsonInput::onlyKeys(body,
                                          {QStringLiteral("slipNumber"), QStringLiteral("visitId"),
                                           QStringLiteral("amountYen"), QStringLiteral("issuedAt"),
                                           QStringLiteral("dueDate"), QStringLiteral("purpose"),
                                           QStringLiteral("barcode"), QStringLiteral("residentId")},
                                          none);
        !keys) {
        return keys;
    }
    if (Result<QString> number = JsonInput::identifier(body, QStringLiteral("slipNumber"), none, 44); !number)
        return number.error();
    if (Result<QString> visit = JsonInput::uuid(body, QStringLiteral("visitId"), none); !visit)
        return visit.error();
    if (Result<qint64> amount = JsonInput::integer(body, QStringLiteral("amountYen"), none, 1, 3000000);
        !amount)
        return amount.error();
    if (Result<QDateTime> issued = JsonInput::dateTime(body, QStringLiteral("issuedAt"), none); !issued)
        return issued.error();
    if (Result<QDate> due = JsonInput::date(body, QStringLiteral("dueDate"), none); !due)
        return due.error();
    if (Result<QString> purpose = JsonInput::string(body, QStringLiteral("purpose"), none, 100); !purpose)
        return purpose.error();
    if (Result<QString> barcode = JsonInput::optionalString(body, QStringLiteral("barcode"), none, 128);
        !barcode)
        return barcode.error();
    if (body.contains(QStringLiteral("residentId"))) {
        if (Result<QString> resident = JsonInput::identifier(body, QStringLiteral("residentId"), none, 32);
            !resident)
            return resident.error();
    }
    return {};
}

Result<SlipOutcome> SlipStore::registerSlip(const QString& counterId, const QJsonObject& body)
{
    const QString hash = TransactionStore::bodyHash(body);
    const QString number = body.value(QStringLiteral("slipNumber")).toString();
    QSqlDatabase db = m_database.connection();
    SlipOutcome outcome;
    const auto writing = m_writeLock.acquire(db);
    Status done = inWriteTransaction(db, [&]() -> Status {
        QSqlQuery q(db);
        // One registration per slip number at a time (see TransactionStore for the scheme).
        if (db.driverName() == QStringLiteral("QPSQL")) {
            q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(3, hashtext(?))"));
            q.addBindValue(number);
            if (!q.exec())
                return databaseError(q, QStringLiteral("locking the slip"));
            q.finish();
        }
        q.prepare(QStringLiteral("SELECT body_hash, response FROM cs_slips WHERE slip_number = ?"));
        q.addBindValue(number);
        if (!q.exec())
            return databaseError(q, QStringLiteral("looking up a slip"));
        if (q.next()) {
            outcome.kind =
                q.value(0).toString() == hash ? SlipOutcome::Kind::Replayed : SlipOutcome::Kind::Conflict;
            outcome.slip = q.value(1).toString().toUtf8();
            return {};
        }
        QJsonObject slip = body;
        const QString registeredAt = ChangeFeed::now();
        slip.insert(QStringLiteral("counterId"), counterId);
        slip.insert(QStringLiteral("registeredAt"), registeredAt);
        slip.insert(QStringLiteral("status"), QStringLiteral("issued"));
        outcome.kind = SlipOutcome::Kind::Created;
        outcome.slip = QJsonDocument(slip).toJson(QJsonDocument::Compact);
        q.prepare(QStringLiteral(
            "INSERT INTO cs_slips (slip_number, counter_id, body_hash, response, registered_at)"
            " VALUES (?, ?, ?, ?, ?)"));
        for (const QVariant& value : {QVariant(number), QVariant(counterId), QVariant(hash),
                                      QVariant(QString::fromUtf8(outcome.slip)), QVariant(registeredAt)}) {
            q.addBindValue(value);
        }
        if (!q.exec())
            return databaseError(q, QStringLiteral("storing a slip"));
        return {};
    });
    if (!done)
        return done.error();
    return outcome;
}

Result<QByteArray> SlipStore::slip(const QString& slipNumber)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT response FROM cs_slips WHERE slip_number = ?"));
    q.addBindValue(slipNumber);
    if (!q.exec())
        return databaseError(q, QStringLiteral("reading a slip"));
    if (!q.next()) {
        return makeError(QStringLiteral("not-found"), QStringLiteral("No slip %1").arg(slipNumber),
                         QStringLiteral("slipNumber"));
    }
    return q.value(0).toString().toUtf8();
}

} // namespace madoguchi::coresim
