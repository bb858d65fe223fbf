#include "common/AuditLog.h"

#include "common/MyNumber.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

namespace madoguchi {

namespace {

const QString kColumns =
    QStringLiteral("id, at, actor, role, workstation, action, object_id, detail, prev_hash, hash");

// "pin=1234", "PIN: ...", "\"pin2\":", "暗証番号＝": a field named like a secret, whatever its value.
bool namesPin(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral(
            "(?<![a-z0-9])(pin(?:[-_ ]?(?:code|number|no|[0-9]))?|passcode|passwd|password|暗証番号)"
            "[\"']?\\s*[:=：＝]"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).hasMatch();
}

void appendField(QByteArray& out, const QString& field)
{
    // A fixed-width length before each field: "ab"+"c" and "a"+"bc" serialise differently.
    const QByteArray bytes = field.toUtf8();
    char length[8];
    qToBigEndian<quint64>(static_cast<quint64>(bytes.size()), length);
    out.append(length, sizeof length);
    out.append(bytes);
}

AuditRecord recordFrom(const QSqlQuery& query)
{
    AuditRecord record;
    record.id = query.value(0).toLongLong();
    record.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    record.actor = query.value(2).toString();
    record.role = query.value(3).toString();
    record.workstation = query.value(4).toString();
    record.action = query.value(5).toString();
    record.objectId = query.value(6).toString();
    record.detail = query.value(7).toString();
    record.prevHash = query.value(8).toString();
    record.hash = query.value(9).toString();
    return record;
}

} // namespace

AuditLog::AuditLog(Database& db)
    : m_db(db)
{}

MigrationSet AuditLog::migrations()
{
    const QString reject = QStringLiteral("SELECT RAISE(ABORT, 'audit_log is append-only')");
    return MigrationSet{
        QStringLiteral("audit"),
        {Migration{
            1,
            QStringLiteral("append-only, hash-chained audit log"),
            {QStringLiteral("CREATE TABLE audit_log (id ${AUTO_ID}, at TEXT NOT NULL, actor TEXT NOT NULL, "
                            "role TEXT NOT NULL, workstation TEXT NOT NULL, action TEXT NOT NULL, "
                            "object_id TEXT NOT NULL, detail TEXT NOT NULL, prev_hash TEXT NOT NULL, "
                            "hash TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at)"),
             Database::sqliteOnly(QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON "
                                                 "audit_log BEGIN ") +
                                  reject + QStringLiteral("; END")),
             Database::sqliteOnly(QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON "
                                                 "audit_log BEGIN ") +
                                  reject + QStringLiteral("; END")),
             Database::postgresOnly(QStringLiteral(
                 "CREATE FUNCTION audit_log_reject_change() RETURNS trigger LANGUAGE plpgsql AS "
                 "$$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$")),
             Database::postgresOnly(
                 QStringLiteral("CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log "
                                "FOR EACH ROW EXECUTE FUNCTION audit_log_reject_change()")),
             Database::postgresOnly(
                 QStringLiteral("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
                                "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_reject_change()"))}}}};
}

QString AuditLog::genesisHash()
{
    return QString(64, u'0');
}

QString AuditLog::computeHash(const QString& prevHash, const QString& at, const AuditRecord& fields)
{
    QByteArray data("madoguchi.audit.v1");
    for (const QString* field : {&prevHash, &at, &fields.actor, &fields.role, &fields.workstation,
                                 &fields.action, &fields.objectId, &fields.detail})
        appendField(data, *field);
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

Status AuditLog::append(const AuditEntry& entry)
{
    static const QRegularExpression actionCode(QStringLiteral("^[a-z][a-zA-Z0-9_.-]{0,63}$"));
    if (entry.actor.isEmpty() || !actionCode.match(entry.action).hasMatch()) {
        return makeError(QStringLiteral("audit.invalid"),
                         tr("The audit entry was not written: it needs a staff id and an action code such as "
                            "\"login.ok\" (got \"%1\").")
                             .arg(entry.action.left(64)),
                         QStringLiteral("audit_log.action"));
    }
    const std::pair<const char*, const QString*> texts[] = {{"actor", &entry.actor},
                                                            {"workstation", &entry.workstation},
                                                            {"object_id", &entry.objectId},
                                                            {"detail", &entry.detail}};
    for (const auto& [column, text] : texts) {
        if (MyNumber::containsCandidate(*text) || namesPin(*text)) {
            // The message names the field, never its content: that is the personal data.
            return makeError(
                QStringLiteral("audit.personalData"),
                tr("The audit entry %1 was not written: its %2 looks like it holds a My Number or "
                   "a PIN, which must never be stored in the audit log.")
                    .arg(entry.action, QLatin1String(column)),
                QStringLiteral("audit_log.") + QLatin1String(column));
        }
    }

    AuditRecord record;
    record.actor = entry.actor;
    record.role = entry.role;
    record.workstation = entry.workstation;
    record.action = entry.action;
    record.objectId = entry.objectId;
    record.detail = entry.detail;
    const QString at = entry.at.value_or(QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODateWithMs);
    const auto failed = [](const QSqlQuery& query) {
        return makeError(QStringLiteral("audit.write"),
                         tr("The audit record could not be written: %1").arg(query.lastError().text()),
                         QStringLiteral("audit_log"));
    };

    // The mutex orders this process's threads; the write transaction (and on PostgreSQL the
    // table lock) orders other processes, so that two appends never read the same last hash.
    QMutexLocker locker(&m_appendMutex);
    QSqlDatabase db = m_db.connection();
    return inWriteTransaction(db, [&]() -> Status {
        QSqlQuery query(db);
        if (!m_db.isSqlite() && !query.exec(QStringLiteral("LOCK TABLE audit_log IN EXCLUSIVE MODE")))
            return failed(query);
        if (!query.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")))
            return failed(query);
        const QString prevHash = query.next() ? query.value(0).toString() : genesisHash();
        query.finish();
        query.prepare(
            QStringLiteral("INSERT INTO audit_log (at, actor, role, workstation, action, object_id, "
                           "detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QString& value :
             {at, record.actor, record.role, record.workstation, record.action, record.objectId,
              record.detail, prevHash, computeHash(prevHash, at, record)})
            // A null QString binds as SQL NULL; the columns are NOT NULL, and an entry without
            // an object (a login) is normal, so bind the empty string instead.
            query.addBindValue(value.isNull() ? QStringLiteral("") : value);
        return query.exec() ? Status() : Status(failed(query));
    });
}

AuditVerifyResult AuditLog::verify() const
{
    AuditVerifyResult result;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log ORDER BY id"))) {
        result.reason = tr("The audit log cannot be read: %1").arg(query.lastError().text());
        return result;
    }
    QString expectedPrev = genesisHash();
    while (query.next()) {
        ++result.records;
        const AuditRecord record = recordFrom(query);
        if (result.firstBrokenId == 0) {
            if (record.prevHash != expectedPrev) {
                result.firstBrokenId = record.id;
                result.reason =
                    tr("Audit record %1 does not follow the record before it: a record was deleted, "
                       "inserted or moved.")
                        .arg(record.id);
            } else if (computeHash(record.prevHash, query.value(1).toString(), record) != record.hash) {
                result.firstBrokenId = record.id;
                result.reason = tr("Audit record %1 was changed after it was written.").arg(record.id);
            }
        }
        expectedPrev = record.hash;
    }
    result.ok = result.firstBrokenId == 0;
    return result;
}

QList<AuditRecord> AuditLog::recent(int limit) const
{
    QList<AuditRecord> records;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + kColumns +
                    QStringLiteral(" FROM audit_log ORDER BY id DESC LIMIT ") +
                    QString::number(qBound(1, limit, 100000))))
        return records;
    while (query.next())
        records << recordFrom(query);
    return records;
}

} // namespace madoguchi
