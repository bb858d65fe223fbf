#pragma once

#include "common/Database.h"
#include "common/Migration.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QString>

#include <optional>

namespace madoguchi {

// What happened, by whom, where. Never personal data: append() refuses a My Number or a PIN.
struct AuditEntry
{
    QString actor;               // staff login id
    QString role;                // roleName(...)
    QString workstation;         // Settings workstation/id
    QString action;              // ASCII code, e.g. "login.ok", "settings.change"
    QString objectId;            // what it happened to (a visit id, a setting name...)
    QString detail;              // short text
    std::optional<QDateTime> at; // default: now
};

// One stored record, as the audit page shows it.
struct AuditRecord
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor;
    QString role;
    QString workstation;
    QString action;
    QString objectId;
    QString detail;
    QString prevHash;
    QString hash;
};

struct AuditVerifyResult
{
    bool ok = false;
    qint64 records = 0;
    qint64 firstBrokenId = 0; // 0 if the chain is whole
    QString reason;           // translated; empty when ok
};

// The append-only, hash-chained audit log (table audit_log). Each record's hash covers the
// previous record's hash and its own fields, so an edited, deleted or moved record breaks the
// chain at that point. The database itself refuses UPDATE and DELETE (triggers); someone
// with access to the file can drop them, which is what verify() is for. A cut-off tail (the
// newest records deleted) does not break the chain: compare records with a copy kept elsewhere.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::AuditLog)

public:
    explicit AuditLog(Database& db);

    static MigrationSet migrations(); // component "audit"

    // Appends one record. Errors: audit.invalid (no actor, bad action code),
    // audit.personalData (a My Number or a PIN in the text), audit.write (database).
    // Safe from several threads: appends are serialized so the chain never forks.
    Status append(const AuditEntry& entry);

    // Walks the whole log in id order and checks every link and hash.
    AuditVerifyResult verify() const;

    // The newest `limit` records, newest first; empty on a database error.
    QList<AuditRecord> recent(int limit) const;

    // The prev_hash of the first record.
    static QString genesisHash();
    // Hex SHA-256 over prevHash and a length-prefixed serialisation of the record fields
    // (at as stored, actor, role, workstation, action, objectId, detail).
    static QString computeHash(const QString& prevHash, const QString& at, const AuditRecord& fields);

private:
    Database& m_db;
    QMutex m_appendMutex;
};

} // namespace madoguchi
