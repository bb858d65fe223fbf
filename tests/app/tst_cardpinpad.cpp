// The PIN pad on its own (no card): masked entry, the local format check, Enter and Esc, the
// on-screen keys, the tries shown, the refusal at 0, the separate confirmation at 1 try, and
// that nothing a screen reader can read ever contains the typed digits.
#include "CardUiTestUtil.h"
#include "card/PinPadDialog.h"

#include <QAccessible>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace madoguchi;
using namespace madoguchi::test;

class TestCardPinPad : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PinPadDialog> m_pad;

    void type(const QString& keys) { QTest::keyClicks(m_pad->pinField(), keys); }
    void enter() { QTest::keyClick(m_pad->pinField(), Qt::Key_Return); }

private Q_SLOTS:
    void init()
    {
        m_pad = std::make_unique<PinPadDialog>();
        m_pad->setTriesLeft(3);
        m_pad->show();
        QApplication::setActiveWindow(m_pad.get());
        QVERIFY(QTest::qWaitForWindowActive(m_pad.get()));
    }

    void cleanup() { m_pad.reset(); }

    void fieldIsMaskedAndDigitsNeverSpoken()
    {
        QCOMPARE(m_pad->pinField()->echoMode(), QLineEdit::Password);
        type(QStringLiteral("5870"));
        QCOMPARE(m_pad->pinField()->text().size(), 4);
        // The field and the dialog: no digit at all in anything they give to a screen reader.
        QStringList own = accessibleTexts(m_pad->pinField()) + accessibleTexts(m_pad.get());
        own << m_pad->pinField()->accessibleName() << m_pad->pinField()->accessibleDescription()
            << m_pad->accessibleName() << m_pad->accessibleDescription();
        for (const QString& text : own) {
            for (QChar c : text)
                QVERIFY2(!c.isDigit(), qPrintable(QStringLiteral("digit in accessible text: ") + text));
        }
        QVERIFY(!own.join(QString()).isEmpty()); // they do have names
        // The whole dialog: the PIN as typed appears nowhere (the keys' own labels are single digits).
        QVERIFY(!anyContains(allTexts(m_pad.get()), QStringLiteral("5870")));
        QVERIFY(!anyContains(allTexts(m_pad.get()), QStringLiteral("58")));
    }

    void enterSubmitsAFourDigitPinOnce()
    {
        QSignalSpy submitted(m_pad.get(), &PinPadDialog::pinSubmitted);
        type(QStringLiteral("1234"));
        enter();
        QCOMPARE(submitted.count(), 1);
        QVERIFY(m_pad->pinField()->text().isEmpty()); // the line edit no longer holds it
        QCOMPARE(m_pad->takePin(), QByteArray("1234"));
        QVERIFY(m_pad->takePin().isEmpty()); // handed over, nothing kept
        QVERIFY(!m_pad->lastTryConfirmed());
    }

    void badFormatIsRejectedLocally_data()
    {
        QTest::addColumn<QString>("keys");
        QTest::newRow("three digits") << QStringLiteral("123");
        QTest::newRow("letters") << QStringLiteral("12ab");
        QTest::newRow("empty") << QString();
        // Full-width digits come from an input method, not from key presses.
        QTest::newRow("full-width") << QStringLiteral("１２３４");
    }

    void badFormatIsRejectedLocally()
    {
        QFETCH(QString, keys);
        QSignalSpy submitted(m_pad.get(), &PinPadDialog::pinSubmitted);
        bool latin1 = true;
        for (QChar c : keys)
            latin1 = latin1 && c.unicode() < 0x80;
        if (latin1)
            type(keys);
        else
            m_pad->pinField()->insert(keys);
        enter();
        QCOMPARE(submitted.count(), 0);
        QVERIFY(!m_pad->problemText().isEmpty());
        QVERIFY(m_pad->pinField()->text().isEmpty());
        QVERIFY(m_pad->takePin().isEmpty());
        QVERIFY(m_pad->isVisible()); // the citizen can try again; nothing was sent
    }

    void fieldTakesAtMostFourDigits()
    {
        type(QStringLiteral("123456"));
        QCOMPARE(m_pad->pinField()->text().size(), 4);
    }

    void escapeCancelsAndWipes()
    {
        QSignalSpy submitted(m_pad.get(), &PinPadDialog::pinSubmitted);
        QSignalSpy rejected(m_pad.get(), &QDialog::rejected);
        type(QStringLiteral("12"));
        QTest::keyClick(m_pad->pinField(), Qt::Key_Escape);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(submitted.count(), 0);
        QVERIFY(m_pad->pinField()->text().isEmpty());
    }

    void onScreenKeysTypeWithoutTakingFocus()
    {
        QSignalSpy submitted(m_pad.get(), &PinPadDialog::pinSubmitted);
        for (const char* digit : {"4", "3", "2", "1"}) {
            QPushButton* key = nullptr;
            for (QPushButton* b : m_pad->findChildren<QPushButton*>()) {
                if (b->text() == QLatin1String(digit))
                    key = b;
            }
            QVERIFY(key);
            QCOMPARE(key->focusPolicy(), Qt::NoFocus);
            key->click();
        }
        QCOMPARE(m_pad->pinField()->text().size(), 4);
        m_pad->confirmButton()->click();
        QCOMPARE(submitted.count(), 1);
        QCOMPARE(m_pad->takePin(), QByteArray("4321"));
    }

    void showsTriesLeft()
    {
        m_pad->setTriesLeft(2);
        QCOMPARE(m_pad->triesText(), QStringLiteral("2 tries left"));
        m_pad->setTriesLeft(1);
        QCOMPARE(m_pad->triesText(), QStringLiteral("1 try left"));
    }

    void refusesAtZero()
    {
        QSignalSpy submitted(m_pad.get(), &PinPadDialog::pinSubmitted);
        m_pad->setTriesLeft(0);
        QVERIFY(!m_pad->pinField()->isEnabled());
        QVERIFY(!m_pad->confirmButton()->isEnabled());
        QVERIFY(m_pad->problemText().contains(QLatin1String("blocked")));
        QTest::keyClick(m_pad.get(), Qt::Key_Return);
        QCOMPARE(submitted.count(), 0);
    }

    void lastTryNeedsASeparateConfirmationDefaultCancel()
    {
        QSignalSpy submitted(m_pad.get(), &PinPadDialog::pinSubmitted);
        QSignalSpy rejected(m_pad.get(), &QDialog::rejected);
        m_pad->setTriesLeft(1);
        type(QStringLiteral("1234"));
        enter();
        QCOMPARE(submitted.count(), 0);
        QVERIFY(m_pad->isConfirmingLastTry());
        QVERIFY(m_pad->cancelLastTryButton()->isDefault());
        QVERIFY(!m_pad->useLastTryButton()->isDefault());
        // Enter out of habit: the default button cancels, the PIN is gone.
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_pad.get(),
                        Qt::Key_Return);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(submitted.count(), 0);
        QVERIFY(m_pad->takePin().isEmpty());

        // Confirmed explicitly: submitted with the confirmation.
        m_pad->setTriesLeft(1);
        m_pad->show();
        type(QStringLiteral("1234"));
        enter();
        QVERIFY(m_pad->isConfirmingLastTry());
        m_pad->useLastTryButton()->click();
        QCOMPARE(submitted.count(), 1);
        QVERIFY(m_pad->lastTryConfirmed());
        QCOMPARE(m_pad->takePin(), QByteArray("1234"));
    }

    void wrongPinProblemClearsTheField()
    {
        type(QStringLiteral("12"));
        m_pad->showProblem(QStringLiteral("The PIN is wrong."));
        QVERIFY(m_pad->pinField()->text().isEmpty());
        QCOMPARE(m_pad->problemText(), QStringLiteral("The PIN is wrong."));
    }
};

QTEST_MAIN(TestCardPinPad)
#include "tst_cardpinpad.moc"
