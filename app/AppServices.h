#pragma once

#include "documents/FontCatalog.h"

#include <QString>

#include <functional>
#include <memory>

namespace madoguchi {

class AuditLog;
class CardReaderStatus;
class CardService;
class DataKeyManager;
class DataKeyStatus;
class Database;
class LogSink;
class SecretStore;
class SessionClock;
class Settings;
class StaffDirectory;
class TranslationLoader;

namespace sync {
class CoreLink;
}

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
    // The card thread and the reader state derived from it: both set by main.cpp, null in tests
    // that do not need them (then the shell has no card page and no card indicator).
    CardService* card = nullptr;
    CardReaderStatus* cardStatus = nullptr;
    // The fonts names and addresses are drawn with (on screen and on paper): resolved by exact
    // family name on first use; each set of services has its own.
    std::shared_ptr<FontCatalog> fonts = FontCatalog::create();
    // The link to the core system and how to apply its settings again (both set by main.cpp;
    // null/empty in tests that do not need them: then no core page, banner or indicator).
    sync::CoreLink* core = nullptr;
    std::function<void()> reconfigureCore = {};
};

} // namespace madoguchi
