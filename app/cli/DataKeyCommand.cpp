#include "DataKeyCommand.h"

#include "common/AuditLog.h"
#include "common/DataKeyManager.h"
#include "common/EncryptedColumns.h"
#include "common/KeychainSecretStore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

namespace madoguchi {

namespace {

QString stateName(bool entryPresent)
{
    return entryPresent ? QStringLiteral("unrecorded") : QStringLiteral("none");
}

void printJson(const QJsonObject& object)
{
    QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QJsonValue idOrNull(quint32 id)
{
    return id == 0 ? QJsonValue() : QJsonValue(qint64(id));
}

} // namespace

DataKeyCommand::DataKeyCommand(Inputs inputs, QObject* parent)
    : QObject(parent)
    , m_in(std::move(inputs))
{}

DataKeyCommand::~DataKeyCommand() = default;

std::optional<int> DataKeyCommand::start()
{
    if (m_in.action == Action::Rotate) {
        for (const MigrationSet& set : m_in.schemas) {
            if (m_in.database->schemaVersion(set.component) < set.latestVersion()) {
                return problem(
                    makeError(QStringLiteral("db.pending"),
                              tr("The schema of %1 is not up to date; run madoguchi-cli db migrate "
                                 "first.")
                                  .arg(m_in.database->describe()),
                              set.component),
                    {});
            }
        }
    }
    const Result<quint32> recorded = recordedKeyId();
    if (!recorded)
        return problem(recorded.error(), {});
    m_recorded = recorded.value();

    m_keychain = std::make_unique<KeychainSecretStore>();
    m_keychain->probe(this, [this](Status probed) { afterProbe(std::move(probed)); });
    return std::nullopt;
}

Result<quint32> DataKeyCommand::recordedKeyId() const
{
    // Before `db migrate` there is no table and so no key. The query mirrors
    // DataKeyManager's own (private) one: the newest row is the current key.
    if (m_in.database->schemaVersion(DataKeyManager::migrations().component) == 0)
        return quint32(0);
    QSqlQuery query(m_in.database->connection());
    if (!query.exec(QStringLiteral("SELECT key_id FROM data_key_info ORDER BY id DESC LIMIT 1"))) {
        return makeError(QStringLiteral("db.failed"),
                         tr("A database query failed: %1").arg(query.lastError().text()),
                         QStringLiteral("data_key_info"));
    }
    return query.next() ? quint32(query.value(0).toLongLong()) : quint32(0);
}

void DataKeyCommand::afterProbe(Status probed)
{
    if (!probed) {
        return done(problem(probed.error(), {{QStringLiteral("recordedKeyId"), idOrNull(m_recorded)},
                                             {QStringLiteral("keychainEntry"), QJsonValue()},
                                             {QStringLiteral("keyLoads"), QJsonValue()}}));
    }
    m_manager = std::make_unique<DataKeyManager>(*m_in.database, *m_keychain);
    EncryptedColumns::registerAll(*m_manager);
    if (m_in.action == Action::Rotate)
        return rotate();
    m_keychain->read(DataKeyManager::secretKey(), this, [this](Result<QByteArray> entry) {
        if (entry) {
            // Only presence matters here; the key bytes are not kept.
            entry.value().fill('\0');
            return checkStatus(true);
        }
        if (entry.error().code == QLatin1String("secret.notFound"))
            return checkStatus(false);
        done(problem(entry.error(), {{QStringLiteral("recordedKeyId"), idOrNull(m_recorded)},
                                     {QStringLiteral("keychainEntry"), QJsonValue()},
                                     {QStringLiteral("keyLoads"), QJsonValue()}}));
    });
}

void DataKeyCommand::checkStatus(bool entryPresent)
{
    const QString database = m_in.database->describe();
    QJsonObject report{{QStringLiteral("database"), database},
                       {QStringLiteral("recordedKeyId"), idOrNull(m_recorded)},
                       {QStringLiteral("keychainEntry"), entryPresent}};
    if (m_recorded == 0) {
        // load() would create or adopt (and record) a key: a status check must not.
        report.insert(QStringLiteral("ok"), true);
        report.insert(QStringLiteral("exitCode"), 0);
        report.insert(QStringLiteral("state"), stateName(entryPresent));
        report.insert(QStringLiteral("keyLoads"), QJsonValue());
        if (m_in.json)
            printJson(report);
        else if (entryPresent)
            QTextStream(stdout) << tr("The system keychain holds a data key that %1 has not recorded yet; "
                                      "Madoguchi adopts it at its next start.")
                                       .arg(database)
                                << u'\n';
        else
            QTextStream(stdout) << tr("No data key yet: %1 records none and the system keychain holds none. "
                                      "Madoguchi creates one when it first starts with a working keychain.")
                                       .arg(database)
                                << u'\n';
        return done(0);
    }
    m_manager->load(this, [this, report, database](Status loaded) mutable {
        report.insert(QStringLiteral("keyLoads"), loaded.ok());
        if (!loaded)
            return done(problem(loaded.error(), report));
        report.insert(QStringLiteral("ok"), true);
        report.insert(QStringLiteral("exitCode"), 0);
        report.insert(QStringLiteral("state"), QStringLiteral("ready"));
        if (m_in.json)
            printJson(report);
        else
            QTextStream(stdout) << tr("Data key %1 is recorded in %2 and loads from the system keychain.")
                                       .arg(m_recorded)
                                       .arg(database)
                                << u'\n';
        done(0);
    });
}

void DataKeyCommand::rotate()
{
    m_manager->load(this, [this](Status loaded) {
        if (!loaded)
            return done(problem(loaded.error(), {}));
        const quint32 oldId = m_manager->cipher()->keyId();
        m_manager->rotate(
            this, [this, oldId](Status rotated) {
                if (!rotated)
                    return done(problem(rotated.error(), {{QStringLiteral("oldKeyId"), qint64(oldId)}}));
                const quint32 newId = m_manager->cipher()->keyId();
                const QString database = m_in.database->describe();
                // The rotation stands even if the record fails; say so, but do not fail the command.
                if (const Status audited = auditRotation(oldId, newId); !audited)
                    QTextStream(stderr) << "madoguchi-cli: " << audited.error().toString() << u'\n';
                if (m_in.json) {
                    printJson({{QStringLiteral("ok"), true},
                               {QStringLiteral("exitCode"), 0},
                               {QStringLiteral("database"), database},
                               {QStringLiteral("oldKeyId"), qint64(oldId)},
                               {QStringLiteral("newKeyId"), qint64(newId)}});
                } else {
                    QTextStream(stdout)
                        << tr("Data key rotated: %1 → %2 (%3).").arg(oldId).arg(newId).arg(database) << u'\n';
                }
                done(0);
            });
    });
}

Status DataKeyCommand::auditRotation(quint32 oldId, quint32 newId)
{
    // No staff account signs in to the CLI: the record names the OS account that ran it.
    QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    AuditEntry entry;
    entry.actor = QStringLiteral("cli:") + (user.isEmpty() ? QStringLiteral("unknown") : user);
    entry.workstation = m_in.workstationId;
    entry.action = QStringLiteral("datakey.rotate");
    entry.objectId = DataKeyManager::secretKey();
    entry.detail = QStringLiteral("key %1 -> %2").arg(oldId).arg(newId);
    AuditLog audit(*m_in.database);
    return audit.append(entry);
}

int DataKeyCommand::problem(const Error& error, QJsonObject report)
{
    if (m_in.action == Action::Status)
        report.insert(QStringLiteral("state"), QStringLiteral("problem"));
    if (m_in.database && !report.contains(QStringLiteral("database")))
        report.insert(QStringLiteral("database"), m_in.database->describe());
    return printProblem(error, std::move(report), m_in.json);
}

int DataKeyCommand::printProblem(const Error& error, QJsonObject report, bool json)
{
    // The code is on the line too: scripts and the help desk match on it, the message is
    // translated.
    QString line = QStringLiteral("madoguchi-cli: %1: %2").arg(error.code, error.toString());
    line.replace(u'\n', u' ');
    QTextStream(stderr) << line << u'\n';
    if (json) {
        report.insert(QStringLiteral("ok"), false);
        report.insert(QStringLiteral("exitCode"), 1);
        report.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), error.code},
                                                           {QStringLiteral("message"), error.toString()}});
        QTextStream(stdout) << QJsonDocument(report).toJson(QJsonDocument::Compact) << u'\n';
    }
    return 1;
}

void DataKeyCommand::done(int code)
{
    Q_EMIT finished(code);
}

} // namespace madoguchi
