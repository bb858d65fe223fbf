#pragma once

// The counter page on the real stack: the shell's services around a temporary SQLite database
// (AppFixture), a loaded data key, the core link to the running madoguchi-core-sim
// (with-core-sim.sh) and the card thread on the virtual card's reader (with-virtual-card.sh),
// both through tests/scripts/with-counter-stack.sh. The counter is "counter-03": it calls the
// "moving" (B) tickets and, by name, is in core-sim's My Number segment.

#include "../app/AppTestFixture.h"
#include "../sync/SyncTestSupport.h"
#include "FileSecretStore.h"

#include "Screenshot.h"
#include "card/CardReaderStatus.h"
#include "card/PinPadDialog.h"
#include "common/DataKeyManager.h"
#include "common/EncryptedColumns.h"
#include "counter/CounterModule.h"
#include "counter/CounterPage.h"
#include "counter/VisitWorkspace.h"
#include "smartcard/service/CardService.h"
#include "sync/CoreLink.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

namespace madoguchi::test {

struct CounterStack
{
    std::unique_ptr<AppFixture> app;
    std::unique_ptr<MemorySecretStore> secrets = std::make_unique<MemorySecretStore>();
    std::unique_ptr<DataKeyManager> dataKey;
    std::unique_ptr<sync::CoreLink> link;
    std::unique_ptr<CardService> card;
    std::unique_ptr<CardReaderStatus> cardStatus;
    std::unique_ptr<CounterModule> module;
    QPointer<CounterPage> page; // top level: deleted before the services it uses
    QTemporaryDir output;
    QString counterId = QStringLiteral("counter-03");

    // `withCard`: start the card thread on the virtual reader; `online`: start the core link.
    bool setUp(bool withCard = true, bool online = true)
    {
        app = std::make_unique<AppFixture>();
        if (!app->setUp())
            return false;
        return attach(withCard, online);
    }

    // The database and data key of an earlier run in `directory` (the crash test's restart).
    bool reopen(const QString& directory, bool withCard, bool online)
    {
        app = std::make_unique<AppFixture>();
        if (!app->setUp())
            return false;
        DatabaseConfig config;
        config.sqlitePath = directory + QStringLiteral("/counter.sqlite");
        auto opened = Database::open(config, ModuleCatalog::schemas());
        if (!opened)
            return false;
        app->services.reset();
        app->staff.reset();
        app->audit.reset();
        app->database = std::move(opened).value();
        app->audit = std::make_unique<AuditLog>(*app->database);
        app->staff = std::make_unique<StaffDirectory>(*app->database, *app->audit, 1000, &app->clock);
        app->services.reset(new AppServices{*app->settings, *app->database, *app->audit, *app->staff,
                                            *app->secrets, app->translations, app->clock, nullptr, counterId,
                                            app->dir.filePath(QStringLiteral("logs"))});
        secrets = std::make_unique<FileSecretStore>(directory + QStringLiteral("/secrets.bin"));
        return attach(withCard, online);
    }

    // Builds everything but the database on `app` (also after a simulated restart).
    bool attach(bool withCard, bool online)
    {
        app->services->workstationId = counterId;
        // The user guide's pictures show the Japanese UI.
        if (!qEnvironmentVariableIsEmpty("MADOGUCHI_SCREENSHOT_DIR"))
            app->translations.install(QStringLiteral("ja"));
        dataKey = std::make_unique<DataKeyManager>(*app->database, *secrets);
        EncryptedColumns::registerAll(*dataKey);
        std::optional<Status> loaded;
        dataKey->load(QCoreApplication::instance(), [&loaded](Status s) { loaded = s; });
        if (!QTest::qWaitFor([&] { return loaded.has_value(); }, 10000) || !*loaded)
            return false;
        app->services->dataKey = dataKey.get();
        link = std::make_unique<sync::CoreLink>(*app->database, counterId);
        app->services->core = link.get();
        if (online && !link->start(clientConfig(), 60000))
            return false;
        if (withCard) {
            if (!app->settings->setValue(SettingKey::CardReaderName,
                                         qEnvironmentVariable("MADOGUCHI_VCARD_READER")))
                return false;
            card = std::make_unique<CardService>();
            cardStatus = std::make_unique<CardReaderStatus>(*card, *app->settings);
            card->start();
            app->services->card = card.get();
            app->services->cardStatus = cardStatus.get();
        }
        // Present already after a restart.
        if (!app->staff->find(QStringLiteral("sato")) &&
            (!app->addAccount(QStringLiteral("sato"), Role::Clerk) ||
             !app->addAccount(QStringLiteral("suzuki"), Role::Supervisor)))
            return false;
        return true;
    }

    StaffMember clerk() const
    {
        return StaffMember{QStringLiteral("sato"), QStringLiteral("佐藤"), Role::Clerk};
    }

    // The page, shown and active so that its shortcuts work.
    CounterPage* openPage()
    {
        module = std::make_unique<CounterModule>(*app->services, clerk());
        module->setOutputDirectory(output.path());
        page = static_cast<CounterPage*>(module->createPage(nullptr));
        page->resize(1400, 900);
        page->show();
        QApplication::setActiveWindow(page);
        if (!QTest::qWaitForWindowActive(page))
            return nullptr;
        return page;
    }

    // Types the virtual card's PIN into the counter's PIN pad.
    static bool enterPin(CounterPage* page, const QString& pin = QStringLiteral("1234"))
    {
        PinPadDialog* pad = nullptr;
        if (!QTest::qWaitFor(
                [&] { return (pad = page->findChild<PinPadDialog*>(QStringLiteral("counterPinPad"))); },
                15000))
            return false;
        QTest::keyClicks(pad->pinField(), pin);
        QTest::keyClick(pad->pinField(), Qt::Key_Return);
        return true;
    }

    int coreTransactions(const QString& visitId) const
    {
        const QString name = QStringLiteral("coresim-check");
        int count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(qEnvironmentVariable("MADOGUCHI_CORESIM_DB"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (db.open()) {
                QSqlQuery query(db);
                query.prepare(QStringLiteral("SELECT COUNT(*) FROM cs_transactions WHERE visit_id = ?"));
                query.addBindValue(visitId);
                if (query.exec() && query.next())
                    count = query.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return count;
    }

    void tearDown()
    {
        delete page;
        module.reset();
        if (link)
            link->stop();
        cardStatus.reset();
        card.reset();
        link.reset();
        dataKey.reset();
        app.reset();
    }
};

// The pictures of docs/user-guide.md ("窓口業務 / Counter work"): written when
// MADOGUCHI_SCREENSHOT_DIR is set (docs/images), otherwise nothing is saved.
inline void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("MADOGUCHI_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QTest::qWait(200); // pending layouts and paints first
    const Status saved =
        Screenshot::save(widget, dir + QStringLiteral("/counter-") + name + QStringLiteral(".png"));
    if (!saved)
        qWarning().noquote() << saved.error().toString();
}

inline QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace madoguchi::test
