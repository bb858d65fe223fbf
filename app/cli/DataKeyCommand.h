#pragma once

#include "common/Database.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace madoguchi {

class DataKeyManager;
class KeychainSecretStore;

// `madoguchi-cli datakey status` and `datakey rotate` (formats in docs/cli.md). Both probe the
// keychain first: without a working Secret Service a read answers "not found" just like an
// empty keyring, which would turn "no keychain" into "no key".
//
// status changes nothing: with a key id recorded it loads that key (DataKeyManager::load()
// writes only when no id is recorded), and with none it only looks for the keychain entry,
// because load() would create (or adopt and record) a key.
// rotate loads the key like the application (creating key 1 on a database that has none),
// then DataKeyManager::rotate() re-encrypts every column of EncryptedColumns::all().
class DataKeyCommand : public QObject
{
    Q_OBJECT

public:
    enum class Action { Status, Rotate };

    struct Inputs
    {
        Action action = Action::Status;
        std::unique_ptr<Database> database;
        std::vector<MigrationSet> schemas; // must all be current before a rotation
        QString workstationId;             // for the audit record of a rotation
        bool json = false;
    };

    explicit DataKeyCommand(Inputs inputs, QObject* parent = nullptr);
    ~DataKeyCommand() override;

    // Returns the exit code when the command ends at once (a database problem); otherwise
    // nothing, and finished() follows.
    std::optional<int> start();

    // Prints `error` as the datakey commands do (stderr: one line with its code; with `json`,
    // `report` plus "ok", "exitCode" and "error" on stdout) and returns 1.
    static int printProblem(const Error& error, QJsonObject report, bool json);

Q_SIGNALS:
    void finished(int exitCode);

private:
    void afterProbe(Status probed);
    void checkStatus(bool entryPresent);
    void rotate();
    Result<quint32> recordedKeyId() const;
    Status auditRotation(quint32 oldId, quint32 newId);
    // printProblem() with this command's state and database added to `report`.
    int problem(const Error& error, QJsonObject report);
    void done(int code);

    // Destroyed bottom-up: the manager before the keychain and the database it uses.
    Inputs m_in;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<DataKeyManager> m_manager;
    quint32 m_recorded = 0;
};

} // namespace madoguchi
