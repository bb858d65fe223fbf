// The "Identify by card" page through the real stack (with-virtual-card.sh): F5, the PIN typed
// into the PIN pad, the identity shown with the My Number masked, the audited reveal, a reveal
// refused when the audit log cannot be written, a wrong PIN (new count, no retry), the card
// pulled (panel cleared), the lock screen (panel cleared), and per profile: one try left
// (confirmation; cancel sends no VERIFY) and a blocked PIN (refused, no VERIFY).
// Each registration runs the functions for its profile (tests/app/CMakeLists.txt).
#include "AppTestFixture.h"
#include "CardUiTestUtil.h"
#include "MainWindow.h"
#include "ModuleHost.h"
#include "Screenshot.h"
#include "card/CardReaderStatus.h"
#include "card/IdentityPanel.h"
#include "card/MyNumberField.h"
#include "card/PinPadDialog.h"
#include "common/Module.h"
#include "smartcard/service/CardService.h"

#include "documents/ui/NameView.h"
#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>

#include <QTest>
#include <QToolButton>

using namespace madoguchi;
using namespace madoguchi::test;
using State = CardReaderStatus::State;

class TestCardIdentity : public QObject
{
    Q_OBJECT

private:
    QJsonObject m_profile;
    std::unique_ptr<AppFixture> m_app;
    std::unique_ptr<CardService> m_service;
    std::unique_ptr<CardReaderStatus> m_status;
    std::shared_ptr<VerifyCounter> m_verifies;
    std::vector<std::unique_ptr<Module>> m_modules;
    std::unique_ptr<MainWindow> m_window;
    IdentityPanel* m_panel = nullptr;

    QString resident(const char* field) const
    {
        return m_profile.value(QLatin1String("resident")).toObject().value(QLatin1String(field)).toString();
    }
    QString pin() const
    {
        return m_profile.value(QLatin1String("pins")).toObject().value(QLatin1String("cardInfo")).toString();
    }
    QString groupedNumber() const
    {
        const QString n = resident("myNumber");
        return n.left(4) + u' ' + n.mid(4, 4) + u' ' + n.mid(8);
    }

    // The full number anywhere in the window (pages, status bar, dialogs), plain or grouped.
    bool numberVisible() const
    {
        const QStringList texts = allTexts(m_window.get());
        return anyContains(texts, resident("myNumber")) || anyContains(texts, groupedNumber());
    }

    // F5 on the page, then the PIN pad once the tries query answered.
    PinPadDialog* pressRead()
    {
        // The offscreen platform does not give activation back to the window when a dialog closes
        // (a window manager does); the page's shortcuts need an active window.
        QApplication::setActiveWindow(m_window.get());
        QTest::keyClick(m_panel, Qt::Key_F5);
        if (!QTest::qWaitFor([this] { return m_panel->pinPad() && m_panel->pinPad()->isVisible(); }, 10000)) {
            qWarning() << "no PIN pad; the page says:" << m_panel->messageText();
            return nullptr;
        }
        return m_panel->pinPad();
    }

    void typePin(PinPadDialog* pad, const QString& digits)
    {
        QTest::keyClicks(pad->pinField(), digits);
        QTest::keyClick(pad->pinField(), Qt::Key_Return);
    }

    bool readWithRightPin()
    {
        PinPadDialog* pad = pressRead();
        if (!pad)
            return false;
        typePin(pad, pin());
        return QTest::qWaitFor([this] { return m_panel->hasIdentity(); }, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(qEnvironmentVariable("MADOGUCHI_VCARD_PROFILE"));
        QVERIFY2(file.open(QIODevice::ReadOnly), "run through with-virtual-card.sh");
        m_profile = QJsonDocument::fromJson(file.readAll()).object();
        QVERIFY(!m_profile.isEmpty());
    }

    void init()
    {
        m_app = std::make_unique<AppFixture>();
        QVERIFY(m_app->setUp());
        QVERIFY(m_app->settings
                    ->setValue(SettingKey::CardReaderName, qEnvironmentVariable("MADOGUCHI_VCARD_READER"))
                    .ok());
        m_service = std::make_unique<CardService>();
        m_verifies = std::make_shared<VerifyCounter>();
        m_service->setApduObserver(m_verifies);
        m_status = std::make_unique<CardReaderStatus>(*m_service, *m_app->settings);
        m_app->services->card = m_service.get();
        m_app->services->cardStatus = m_status.get();
        m_service->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_status->state(), State::CardPresent, 10000);

        const StaffMember member{QStringLiteral("tanaka"), QStringLiteral("田中"), Role::Clerk};
        m_modules = ModuleCatalog::create(*m_app->services, member);
        std::vector<Module*> modules;
        for (const auto& module : m_modules)
            modules.push_back(module.get());
        m_window = std::make_unique<MainWindow>(*m_app->services, member, modules);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        const int page = m_window->moduleHost()->moduleIds().indexOf(QStringLiteral("card"));
        QVERIFY(page >= 0);
        m_window->moduleHost()->showPage(page);
        m_panel = qobject_cast<IdentityPanel*>(m_window->moduleHost()->currentPage());
        QVERIFY(m_panel);
    }

    void cleanup()
    {
        signalCard(SIGUSR2); // never leave the card out for the next function
        m_panel = nullptr;
        m_window.reset();
        m_modules.clear();
        m_status.reset();
        m_service.reset();
        m_app.reset();
    }

    // default profile -------------------------------------------------------------------------

    void fullReadShowsIdentityWithNumberMasked()
    {
        QVERIFY(readWithRightPin());
        QVERIFY(!m_panel->pinPad());
        QCOMPARE(m_panel->nameText(), resident("name"));
        QCOMPARE(m_panel->addressText(), resident("address"));
        QVERIFY2(m_panel->birthDateText().contains(QStringLiteral("昭和55年2月17日")),
                 qPrintable(m_panel->birthDateText()));
        QVERIFY(m_panel->birthDateText().contains(QLatin1String("1980-02-17")));
        QCOMPARE(m_panel->sexText(), QStringLiteral("Male"));
        MyNumberField* number = m_panel->myNumberField();
        QVERIFY(!number->isRevealed());
        QCOMPARE(number->displayedText(), QStringLiteral("●●●● ●●●● ") + resident("myNumber").right(4));
        QVERIFY(!numberVisible());
        QCOMPARE(m_app->auditCount(QStringLiteral("card.identity.read")), 1);
        QCOMPARE(m_verifies->pinVerifies(), 1);
        // For the user guide (docs/images), on request: the virtual card's fictitious resident.
        if (const QString dir = qEnvironmentVariable("MADOGUCHI_DOC_IMAGES"); !dir.isEmpty())
            QVERIFY(Screenshot::save(m_window.get(), dir + QStringLiteral("/card-identity.png")).ok());
    }

    void revealWritesOneAuditRecordThenShowsAndMasksAgain()
    {
        QVERIFY(readWithRightPin());
        QVERIFY(!numberVisible());
        MyNumberField* number = m_panel->myNumberField();
        number->setRevealMilliseconds(300);
        QCOMPARE(m_app->auditCount(QStringLiteral("card.mynumber.reveal")), 0);
        number->revealButton()->click();
        QCOMPARE(m_app->auditCount(QStringLiteral("card.mynumber.reveal")), 1);
        QVERIFY(number->isRevealed());
        QCOMPARE(number->displayedText(), groupedNumber());
        QVERIFY(numberVisible());
        // The record names who and what, never the number.
        const AuditRecord record = m_app->audit->recent(1).first();
        QCOMPARE(record.action, QStringLiteral("card.mynumber.reveal"));
        QCOMPARE(record.actor, QStringLiteral("tanaka"));
        QVERIFY(!record.detail.contains(resident("myNumber")) &&
                !record.objectId.contains(resident("myNumber")));
        // Masked again after the reveal time.
        QTRY_VERIFY_WITH_TIMEOUT(!number->isRevealed(), 5000);
        QVERIFY(!numberVisible());
        QCOMPARE(m_app->auditCount(QStringLiteral("card.mynumber.reveal")), 1);
        // Revealed again, then Clear: gone from the screen at once.
        number->revealButton()->click();
        QCOMPARE(m_app->auditCount(QStringLiteral("card.mynumber.reveal")), 2);
        QTest::keyClick(m_panel->findChild<QPushButton*>(QStringLiteral("cardClear")), Qt::Key_Space);
        QVERIFY(!m_panel->hasIdentity());
        QVERIFY(!numberVisible());
    }

    void revealRefusedWhenTheAuditLogFails()
    {
        QVERIFY(readWithRightPin());
        QSqlQuery query(m_app->database->connection());
        QVERIFY2(query.exec(QStringLiteral(
                     "CREATE TEMP TRIGGER fail_reveal BEFORE INSERT ON audit_log "
                     "WHEN NEW.action = 'card.mynumber.reveal' BEGIN SELECT RAISE(ABORT, 'disk full'); END")),
                 qPrintable(query.lastError().text()));
        MyNumberField* number = m_panel->myNumberField();
        number->revealButton()->click();
        QVERIFY(!number->isRevealed());
        QVERIFY(!numberVisible());
        QVERIFY2(m_panel->messageText().contains(QLatin1String("audit")), qPrintable(m_panel->messageText()));
        QCOMPARE(m_app->auditCount(QStringLiteral("card.mynumber.reveal")), 0);
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER fail_reveal")));
    }

    void wrongPinShowsNewCountAndDoesNotRetry()
    {
        PinPadDialog* pad = pressRead();
        QVERIFY(pad);
        QCOMPARE(pad->triesText(), QStringLiteral("3 tries left")); // queried before the VERIFY
        if (const QString dir = qEnvironmentVariable("MADOGUCHI_DOC_IMAGES"); !dir.isEmpty())
            QVERIFY(Screenshot::save(pad, dir + QStringLiteral("/card-pinpad.png")).ok());
        QCOMPARE(m_verifies->pinVerifies(), 0);
        typePin(pad, QStringLiteral("9999"));
        QTRY_COMPARE_WITH_TIMEOUT(pad->triesText(), QStringLiteral("2 tries left"), 10000);
        QVERIFY(!pad->isBusy());
        QVERIFY(pad->pinField()->text().isEmpty());
        QVERIFY2(pad->problemText().contains(QLatin1String("2 tries left")), qPrintable(pad->problemText()));
        // Nothing retried by itself: one VERIFY with a PIN, still one a while later.
        QCOMPARE(m_verifies->pinVerifies(), 1);
        QTest::qWait(1500);
        QCOMPARE(m_verifies->pinVerifies(), 1);
        QVERIFY(!m_panel->hasIdentity());
        // The right PIN next (which also resets the card's counter for later functions).
        typePin(pad, pin());
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->hasIdentity(), 10000);
        QCOMPARE(m_verifies->pinVerifies(), 2);
    }

    void cardRemovedClearsThePanel()
    {
        QVERIFY(readWithRightPin());
        signalCard(SIGUSR1);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->hasIdentity(), 5000);
        QCOMPARE(m_panel->nameText(), QStringLiteral("—"));
        QVERIFY(!anyContains(allTexts(m_window.get()), resident("name")));
        QVERIFY(!numberVisible());
        QVERIFY(!m_panel->myNumberField()->hasNumber());
        // Read without a card: told why, nothing sent.
        const int before = m_verifies->exchanges();
        m_panel->readCard();
        QVERIFY(!m_panel->messageText().isEmpty());
        QVERIFY(!m_panel->pinPad());
        QCOMPARE(m_verifies->exchanges(), before);
        signalCard(SIGUSR2);
        QTRY_COMPARE_WITH_TIMEOUT(m_status->state(), State::CardPresent, 5000);
    }

    void cardRemovedWhileThePinPadIsOpenClosesIt()
    {
        PinPadDialog* pad = pressRead();
        QVERIFY(pad);
        QTest::keyClicks(pad->pinField(), QStringLiteral("12"));
        signalCard(SIGUSR1);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->pinPad(), 5000);
        QCOMPARE(m_verifies->pinVerifies(), 0);
    }

    void lockScreenClearsThePanel()
    {
        QVERIFY(readWithRightPin());
        m_panel->myNumberField()->revealButton()->click();
        QVERIFY(numberVisible());
        m_window->lock();
        QVERIFY(!m_panel->hasIdentity());
        QVERIFY(!numberVisible());
        QVERIFY(!anyContains(allTexts(m_window.get()), resident("name")));
    }

    // one-try-left profile --------------------------------------------------------------------

    void oneTryLeftNeedsConfirmation()
    {
        PinPadDialog* pad = pressRead();
        QVERIFY(pad);
        QCOMPARE(pad->triesText(), QStringLiteral("1 try left"));
        typePin(pad, pin());
        QVERIFY(pad->isConfirmingLastTry());
        // Enter on the confirmation: Cancel is the default; nothing is sent.
        QTest::keyClick(pad->cancelLastTryButton(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->pinPad(), 5000);
        QTest::qWait(500);
        QCOMPARE(m_verifies->pinVerifies(), 0);
        QVERIFY(!m_panel->hasIdentity());

        pad = pressRead();
        QVERIFY(pad);
        QCOMPARE(pad->triesText(), QStringLiteral("1 try left"));
        typePin(pad, pin());
        QVERIFY(pad->isConfirmingLastTry());
        pad->useLastTryButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->hasIdentity(), 10000);
        QCOMPARE(m_verifies->pinVerifies(), 1);
        QCOMPARE(m_panel->nameText(), resident("name"));
    }

    // ivs-name profile -------------------------------------------------------------------------

    void ivsNameIsShownAsRegistered()
    {
        QVERIFY(readWithRightPin());
        const QString name = resident("name");
        QVERIFY(name.contains(QStringView(u"葛\U000E0102")));
        auto* view = m_panel->findChild<NameView*>(QStringLiteral("identityName"));
        QVERIFY(view);
        // The exact code points reach the widget and its accessible name, and the font has the
        // registered variant, so no warning is raised and the variant glyph is what is drawn.
        QCOMPARE(view->text().toUcs4(), name.toUcs4());
        QCOMPARE(view->accessibleName().toUcs4(), name.toUcs4());
        QVERIFY(view->errorText().isEmpty());
        QVERIFY(view->unregistered().isEmpty());
        QVERIFY(!view->warningMarker()->isVisible());
    }

    // blocked-pin profile ---------------------------------------------------------------------

    void blockedPinIsRefusedWithoutVerify()
    {
        QTest::keyClick(m_panel, Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(!m_panel->messageText().isEmpty(), 10000);
        QVERIFY2(m_panel->messageText().contains(QLatin1String("blocked")),
                 qPrintable(m_panel->messageText()));
        QVERIFY(m_panel->messageText().contains(QLatin1String("PIN-reset")));
        QVERIFY(!m_panel->pinPad());
        QCOMPARE(m_verifies->pinVerifies(), 0);
        QVERIFY(!m_panel->hasIdentity());
    }
};

QTEST_MAIN(TestCardIdentity)
#include "tst_cardidentity.moc"
