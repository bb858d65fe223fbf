#pragma once

#include <QString>

namespace madoguchi {

class AuditLog;
class DataKeyManager;
class DataKeyStatus;
class Database;
class LogSink;
class SecretStore;
class SessionClock;
class Settings;
class StaffDirectory;
class TranslationLoader;

// The services main.cpp builds, handed to the shell and the modules by reference. Nothing here
// is global: tests build their own set around a temporary database.
struct AppServices
{
    Settings& settings;
    Database& database;
    AuditLog& audit;
    StaffDirectory& staff;
    SecretStore& secrets;
    TranslationLoader& translations;
    const SessionClock& clock;
    LogSink* log = nullptr; // null in tests
    QString workstationId;  // workstation/id, or the host name
    QString logDirectory;   // where the log files (and crash reports) are written
    // The data key for encrypted personal fields: status always set by main.cpp (null in
    // tests that do not need it); the manager null without a keychain and usable only while
    // the status is Ready.
    DataKeyStatus* dataKeyStatus = nullptr;
    DataKeyManager* dataKey = nullptr;
};

} // namespace madoguchi
