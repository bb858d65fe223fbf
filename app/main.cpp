// madoguchi: builds the services and hands them to the shell. Nothing here is global; the
// order is settings → translations → log → database → keychain → staff → window.

#include "AppServices.h"
#include "CommandLine.h"
#include "DemoSeed.h"
#include "ModuleCatalog.h"
#include "Screenshot.h"
#include "SessionController.h"
#include "TranslationLoader.h"
#include "card/CardReaderStatus.h"
#include "common/AppIdentity.h"
#include "common/AuditLog.h"
#include "common/DataKeyManager.h"
#include "common/DataKeyStatus.h"
#include "common/Database.h"
#include "common/EncryptedColumns.h"
#include "common/KeychainSecretStore.h"
#include "common/LogSink.h"
#include "common/Logging.h"
#include "common/NullSecretStore.h"
#include "common/OpenSslExit.h"
#include "common/SessionClock.h"
#include "common/SessionGuard.h"
#include "common/Settings.h"
#include "common/StaffDirectory.h"
#include "selftest/SelfTest.h"
#include "selftest/SelfTestReport.h"
#include "smartcard/service/CardService.h"
#include "sync/CoreConfigLoader.h"
#include "sync/CoreLink.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace madoguchi;

namespace {

DatabaseConfig databaseConfig(const Settings& settings, const CommandLine& options)
{
    DatabaseConfig config;
    if (settings.stringValue(SettingKey::DatabaseBackend) == QLatin1String("postgresql") &&
        options.databasePath.isEmpty()) {
        // No password here on purpose: libpq finds it itself (PGPASSWORD, ~/.pgpass or
        // PGPASSFILE, or a client certificate / a pg_hba.conf rule that trusts this PC), so
        // no password sits in a settings file (docs/admin-guide.md).
        config.backend = DatabaseConfig::Backend::Postgres;
        config.pgHost = settings.stringValue(SettingKey::DatabasePgHost);
        config.pgPort = settings.intValue(SettingKey::DatabasePgPort);
        config.pgDatabase = settings.stringValue(SettingKey::DatabasePgName);
        config.pgUser = settings.stringValue(SettingKey::DatabasePgUser);
    } else {
        config.sqlitePath = options.databasePath.isEmpty()
                                ? settings.stringValue(SettingKey::DatabaseSqlitePath)
                                : options.databasePath;
    }
    return config;
}

QString logDirectory(const Settings& settings)
{
    const QString configured = settings.stringValue(SettingKey::LogDirectory);
    return configured.isEmpty()
               ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs")
               : configured;
}

// Everything that exists only once the keychain has answered.
struct Session
{
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<DataKeyManager> dataKey; // after secrets: it uses them until destroyed
    std::unique_ptr<AppServices> services;
    std::unique_ptr<SessionGuard> guard;
    std::unique_ptr<SessionController> controller;
};

// Applies the core-system settings and the client certificate's passphrase (keychain) to the
// link and (re)starts it. Without a usable configuration the link still starts: its monitor
// then shows why it is offline, and the outbox keeps its depth visible.
void startCoreLink(sync::CoreLink& link, const Settings& settings, SecretStore& secrets, QObject* context)
{
    sync::CoreConfigLoader::load(
        settings, secrets, context, [&link, &settings](Result<sync::CoreClientConfig> config) {
            link.stop();
            const int pollMs = settings.intValue(SettingKey::CorePollIntervalSeconds) * 1000;
            if (!config)
                qCWarning(lcSync) << "core link:" << config.error().code;
            const Status started =
                link.start(config ? config.value() : sync::CoreConfigLoader::fromSettings(settings), pollMs);
            if (!started)
                qCWarning(lcSync) << "core link not configured:" << started.error().code;
        });
}

int runScreenshot(SessionController& controller, const CommandLine& options)
{
    using Of = CommandLine::ScreenshotOf;
    controller.setShowWindows(false);
    if (options.screenshotOf == Of::Main) {
        // A sample member for the docs: nothing is authenticated and the process exits at once.
        controller.openMainWindow(
            StaffMember{QStringLiteral("sample"),
                        QCoreApplication::translate("madoguchi::main", "Sample Administrator"), Role::Admin});
    } else {
        controller.start();
    }
    QWidget* window = controller.currentWindow();
    if (options.screenshotOf == Of::Login && controller.firstRunDialog())
        controller.signOut(); // shows the login window even before the first admin exists
    else if (options.screenshotOf == Of::FirstRun && !controller.firstRunDialog())
        qCWarning(lcApp) << "an administrator exists already; rendering the login window";
    window = controller.currentWindow();
    const Status saved = Screenshot::save(window, options.screenshotFile);
    if (!saved) {
        QTextStream(stderr) << saved.error().toString() << '\n';
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    // Before anything starts OpenSSL (Qt's TLS plugin, the core link): see OpenSslExit.h.
    keepOpenSslUntilProcessExit();
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    // --version, --self-test and --screenshot must work over SSH and in CI, without a display.
    if (CommandLine::isHeadlessRun(rawArguments) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    applyApplicationIdentity(); // the same paths as madoguchi-cli

    std::unique_ptr<Settings> settings = Settings::createDefault();
    TranslationLoader translations;
    const QString preLanguage = CommandLine::preScanLanguage(rawArguments);
    translations.install(TranslationLoader::resolveLanguage(
        preLanguage.isEmpty() ? settings->stringValue(SettingKey::UiLanguage) : preLanguage));

    CommandLine options;
    if (const QString problem = options.parse(QCoreApplication::arguments()); !problem.isEmpty()) {
        QTextStream(stderr) << problem << '\n';
        return 2;
    }

    LogSink::Options logOptions;
    logOptions.directory = logDirectory(*settings);
    logOptions.maxFileSizeKiB = settings->intValue(SettingKey::LogMaxFileKiB);
    logOptions.maxFiles = settings->intValue(SettingKey::LogMaxFiles);
    LogSink log(logOptions);
    if (const Status started = log.start(); !started)
        QTextStream(stderr) << started.error().toString() << '\n';
    log.setFilterRules(settings->stringValue(SettingKey::LogRules));
    // IT turns on a category's debug output while the app runs (settings dialog or policy).
    QObject::connect(settings.get(), &Settings::changed, &app, [&log, &settings](SettingKey key) {
        if (key == SettingKey::LogRules)
            log.setFilterRules(settings->stringValue(SettingKey::LogRules));
    });
    for (const Error& problem : settings->policyProblems())
        qCWarning(lcSettings).noquote() << problem.toString();

    auto opened = Database::open(databaseConfig(*settings, options), ModuleCatalog::schemas());

    if (options.selfTest) {
        KeychainSecretStore keychain;
        Database* database = opened.ok() ? opened.value().get() : nullptr;
        std::optional<Error> databaseError;
        if (!opened.ok())
            databaseError = opened.error();
        SelfTestConfig config = SelfTestConfig::fromSettings(*settings);
        config.expectedSchemas = ModuleCatalog::schemas();
        SelfTest test(config, database, databaseError, keychain);
        QObject::connect(&test, &SelfTest::finished, &app,
                         [&app, &options](const QList<CheckResult>& results) {
                             QTextStream out(stdout);
                             if (options.json)
                                 out << toJson(results).toJson(QJsonDocument::Indented);
                             else
                                 out << formatReport(results);
                             out.flush();
                             app.exit(exitCodeFor(results));
                         });
        test.run();
        return app.exec();
    }

    if (!opened.ok()) {
        // Never recreate the store: say what is wrong and stop.
        const QString message =
            QCoreApplication::translate("madoguchi::main", "Madoguchi cannot open its database, so it cannot "
                                                           "start.\n\n%1\n\nAsk your administrator; the file "
                                                           "has not been changed.")
                .arg(opened.error().toString());
        qCCritical(lcDb) << "database open failed:" << opened.error().code;
        QTextStream(stderr) << message << '\n';
        if (!options.screenshotFile.isEmpty())
            return 3;
        auto* box = new QMessageBox(QMessageBox::Critical,
                                    QCoreApplication::translate("madoguchi::main", "Madoguchi"), message,
                                    QMessageBox::Close);
        box->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(box, &QMessageBox::finished, &app, [&app]() { app.exit(3); });
        box->open();
        return app.exec();
    }
    std::unique_ptr<Database> database = std::move(opened).value();
    AuditLog audit(*database);
    StaffDirectory staff(*database, audit);
    QString workstation = settings->stringValue(SettingKey::WorkstationId);
    if (workstation.isEmpty())
        workstation = QSysInfo::machineHostName();
    staff.setWorkstationId(workstation);
    // --demo on an empty store: accounts for each role, so the demo opens at the login window.
    if (const auto seeded = DemoSeed::seed(staff, options.demo); !seeded)
        QTextStream(stderr) << seeded.error().toString() << '\n';
    else if (seeded.value())
        QTextStream(stdout) << DemoSeed::credentialsText();
    SystemSessionClock clock;

    // One card thread for the whole run (docs/smartcard.md): only the reader named in
    // card/readerName is watched (none probed; with none, the card page lets the clerk choose).
    // The status applies the card settings (reader, CA bundle, 照合番号B switch). Both outlive
    // the windows (declared before `session`); the service's destructor lets its thread end.
    CardService card;
    CardReaderStatus cardStatus(card, *settings);
    card.start();

    // The link to the core system (docs/sync.md): outbox, connection monitor, changes poller.
    // It outlives the windows; it is (re)started once the keychain has answered, because the
    // client certificate's passphrase lives there, and again when IT changes its settings.
    sync::CoreLink coreLink(*database, workstation);

    DataKeyStatus dataKeyStatus; // outlives the session: the status bar shows it
    Session session;
    auto keychain = std::make_unique<KeychainSecretStore>();
    KeychainSecretStore* probing = keychain.get();
    session.secrets = std::move(keychain);
    // The keychain answers asynchronously (D-Bus); the rest of the start-up continues here.
    probing->probe(&app, [&](Status probed) {
        if (!probed) {
            // No insecure fallback: features that need secrets hide themselves and say why.
            qCWarning(lcSecret) << "keychain not available:" << probed.error().code;
            session.secrets = std::make_unique<NullSecretStore>(probed.error().message);
            dataKeyStatus.setNotAvailable(session.secrets->unavailableReason());
        } else if (options.screenshotFile.isEmpty()) {
            // Nothing encrypted is used yet, so the app starts whatever the answer; staff and
            // IT see the state in the status bar and on the diagnostics page. Screenshots
            // skip this: rendering the docs must not create a key in the keychain.
            session.dataKey = std::make_unique<DataKeyManager>(*database, *session.secrets);
            EncryptedColumns::registerAll(*session.dataKey);
            dataKeyStatus.setLoading();
            session.dataKey->load(&app, [&dataKeyStatus, &session](Status loaded) {
                if (loaded) {
                    dataKeyStatus.setReady(session.dataKey->cipher()->keyId());
                } else {
                    qCWarning(lcCrypto) << "data key not loaded:" << loaded.error().code;
                    dataKeyStatus.setFailed(loaded.error());
                }
            });
        }
        session.services.reset(new AppServices{*settings, *database, audit, staff, *session.secrets,
                                               translations, clock, &log, workstation, logOptions.directory,
                                               &dataKeyStatus, session.dataKey.get()});
        session.services->card = &card;
        session.services->cardStatus = &cardStatus;
        session.services->core = &coreLink;
        session.services->reconfigureCore = [&coreLink, &settings, &session, &app]() {
            startCoreLink(coreLink, *settings, *session.secrets, &app);
        };
        if (options.screenshotFile.isEmpty())
            session.services->reconfigureCore();
        QObject::connect(settings.get(), &Settings::changed, &coreLink, [&session](SettingKey key) {
            if (key == SettingKey::CoreBaseUrl || key == SettingKey::CoreCaBundle ||
                key == SettingKey::CoreClientCertificate || key == SettingKey::CoreTimeoutSeconds ||
                key == SettingKey::CorePollIntervalSeconds)
                session.services->reconfigureCore();
        });
        session.guard = std::make_unique<SessionGuard>(clock);
        session.controller = std::make_unique<SessionController>(*session.services, *session.guard);
        QObject::connect(session.controller.get(), &SessionController::quitRequested, &app,
                         &QApplication::quit);
        if (options.demo && DemoSeed::present(staff))
            session.controller->setDemoCredentials(DemoSeed::hintLogin(), DemoSeed::password());
        if (!options.screenshotFile.isEmpty()) {
            app.exit(runScreenshot(*session.controller, options));
            return;
        }
        session.controller->start();
    });
    const int code = app.exec();
    // Windows go before the services they use.
    session.controller.reset();
    return code;
}
