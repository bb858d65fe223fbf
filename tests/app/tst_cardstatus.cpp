// The status bar's reader/card indicator and the reader choice, through the real card service:
// run once without any PC/SC service (noService, isolated.sh) and once with pcscd, vpcd and the
// virtual card (the other functions, with-virtual-card.sh).
#include "AppTestFixture.h"
#include "CardUiTestUtil.h"
#include "MainWindow.h"
#include "ModuleHost.h"
#include "card/CardReaderStatus.h"
#include "card/CardStatusWidget.h"
#include "card/IdentityPanel.h"
#include "card/ReaderChooser.h"
#include "common/Module.h"
#include "smartcard/service/CardService.h"

#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>

using namespace madoguchi;
using namespace madoguchi::test;
using State = CardReaderStatus::State;

class TestCardStatus : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AppFixture> m_app;
    std::unique_ptr<CardService> m_service;
    std::unique_ptr<CardReaderStatus> m_status;
    std::vector<std::unique_ptr<Module>> m_modules;

    void startService(const QString& reader)
    {
        if (!reader.isNull())
            QVERIFY(m_app->settings->setValue(SettingKey::CardReaderName, reader).ok());
        m_service = std::make_unique<CardService>();
        m_status = std::make_unique<CardReaderStatus>(*m_service, *m_app->settings);
        m_app->services->card = m_service.get();
        m_app->services->cardStatus = m_status.get();
        m_service->start();
    }

    std::unique_ptr<MainWindow> openWindow()
    {
        const StaffMember member{QStringLiteral("tanaka"), QStringLiteral("田中"), Role::Clerk};
        m_modules = ModuleCatalog::create(*m_app->services, member);
        std::vector<Module*> modules;
        for (const auto& module : m_modules)
            modules.push_back(module.get());
        auto window = std::make_unique<MainWindow>(*m_app->services, member, modules);
        window->show();
        return window;
    }

    static void checkWidgetSays(CardStatusWidget* widget, const CardReaderStatus& status)
    {
        QCOMPARE(widget->text(), status.summary());
        QCOMPARE(widget->accessibleName(), status.summary());
        QCOMPARE(widget->accessibleDescription(), status.advice());
        QCOMPARE(widget->toolTip(), status.advice());
        QVERIFY(!status.advice().isEmpty());
    }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<AppFixture>();
        QVERIFY(m_app->setUp());
    }

    void cleanup()
    {
        m_modules.clear();
        m_status.reset();
        m_service.reset();
        m_app.reset();
    }

    // Without pcscd (the client socket pointed at nothing): "service not running" with what to
    // do, in the status bar and on the card page, which sends no request.
    void noService()
    {
        QTemporaryDir dir;
        qputenv("PCSCLITE_CSOCK_NAME", QFile::encodeName(dir.filePath(QStringLiteral("no-such.comm"))));
        startService(QStringLiteral("Virtual PCD 00 00"));
        auto window = openWindow();
        auto* widget = window->statusBar()->findChild<CardStatusWidget*>();
        QVERIFY(widget);
        QTRY_COMPARE_WITH_TIMEOUT(m_status->state(), State::NoService, 5000);
        checkWidgetSays(widget, *m_status);
        QCOMPARE(widget->text(), QStringLiteral("Card service not running"));
        QVERIFY(m_status->isProblem());

        const int cardPage = window->moduleHost()->moduleIds().indexOf(QStringLiteral("card"));
        QVERIFY(cardPage >= 0);
        window->moduleHost()->showPage(cardPage);
        auto* panel = qobject_cast<IdentityPanel*>(window->moduleHost()->currentPage());
        QVERIFY(panel);
        panel->readCard();
        QVERIFY(panel->messageText().contains(QLatin1String("not running")));
        QVERIFY(!panel->pinPad());
        qunsetenv("PCSCLITE_CSOCK_NAME");
    }

    // No reader configured → the clerk chooses one on the card page → reader not found for a
    // wrong name → card present for the right one; then removal and insertion.
    void readerChoiceAndCardTransitions()
    {
        const QString reader = qEnvironmentVariable("MADOGUCHI_VCARD_READER");
        QVERIFY(!reader.isEmpty());
        startService(QString());
        auto window = openWindow();
        auto* widget = window->statusBar()->findChild<CardStatusWidget*>();
        QVERIFY(widget);
        QTRY_COMPARE_WITH_TIMEOUT(m_status->state(), State::NoReaderConfigured, 5000);
        checkWidgetSays(widget, *m_status);

        const int cardPage = window->moduleHost()->moduleIds().indexOf(QStringLiteral("card"));
        window->moduleHost()->showPage(cardPage);
        auto* panel = qobject_cast<IdentityPanel*>(window->moduleHost()->currentPage());
        QVERIFY(panel);
        auto* chooser = panel->findChild<ReaderChooser*>();
        QVERIFY(chooser);
        QTRY_VERIFY_WITH_TIMEOUT(chooser->isVisible() && chooser->readerList()->findText(reader) >= 0, 5000);

        QVERIFY(
            m_app->settings->setValue(SettingKey::CardReaderName, QStringLiteral("No Such Reader 00")).ok());
        QCOMPARE(m_status->state(), State::ReaderNotFound);
        QCOMPARE(m_service->reader(), QStringLiteral("No Such Reader 00"));
        checkWidgetSays(widget, *m_status);
        QVERIFY(m_status->advice().contains(QLatin1String("No Such Reader 00")));
        QVERIFY(chooser->isVisible());

        chooser->readerList()->setCurrentIndex(chooser->readerList()->findText(reader));
        chooser->useButton()->click();
        QCOMPARE(m_app->settings->stringValue(SettingKey::CardReaderName), reader);
        QCOMPARE(m_service->reader(), reader);
        QTRY_COMPARE_WITH_TIMEOUT(m_status->state(), State::CardPresent, 5000);
        checkWidgetSays(widget, *m_status);
        QVERIFY(!chooser->isVisible());
        QVERIFY(!m_status->isProblem());

        signalCard(SIGUSR1);
        QTRY_COMPARE_WITH_TIMEOUT(m_status->state(), State::NoCard, 5000);
        checkWidgetSays(widget, *m_status);
        QCOMPARE(widget->text(), QStringLiteral("Card reader ready, no card"));
        signalCard(SIGUSR2);
        QTRY_COMPARE_WITH_TIMEOUT(m_status->state(), State::CardPresent, 5000);
        checkWidgetSays(widget, *m_status);
    }

    // A status made after the service reported still shows the truth (no "checking" forever).
    void statusMadeLaterKnowsTheState()
    {
        const QString reader = qEnvironmentVariable("MADOGUCHI_VCARD_READER");
        startService(reader);
        QTRY_COMPARE_WITH_TIMEOUT(m_status->state(), State::CardPresent, 5000);
        CardReaderStatus later(*m_service, *m_app->settings);
        QCOMPARE(later.state(), State::CardPresent);
    }
};

QTEST_MAIN(TestCardStatus)
#include "tst_cardstatus.moc"
