#include "CounterUiTestSupport.h"

#include "counter/ui/BilingualLabel.h"
#include "counter/ui/CallDisplayWindow.h"
#include "counter/ui/SecondScreen.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QLabel>
#include <QLayout>
#include <QScreen>
#include <QTest>

using namespace madoguchi;
using namespace madoguchi::counter;
using namespace madoguchi::test;

namespace {

CallDisplayEntry entry(const QString& ticket, int counter = 3)
{
    return {ticket, {QStringLiteral("%1番窓口").arg(counter), QStringLiteral("counter %1").arg(counter)}, {}};
}

QList<CallDisplayWaiting> someWaiting()
{
    return {{{QStringLiteral("証明書"), QStringLiteral("Certificates")}, 3},
            {{QStringLiteral("転入・転出"), QStringLiteral("Moving in or out")}, 12},
            {{QStringLiteral("国民健康保険・年金"), QStringLiteral("Health insurance and pension")}, 1},
            {{QStringLiteral("子育て"), QStringLiteral("Child care")}, 0}};
}

} // namespace

class TestCallDisplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsWithNothingCalled()
    {
        CallDisplayWindow window(japaneseCatalogue());
        QVERIFY(window.currentTicket().isEmpty());
        QVERIFY(window.recentTickets().isEmpty());
        QCOMPARE(window.instruction().ja, QStringLiteral("番号をお呼びするまでお待ちください"));
        QCOMPARE(window.instruction().en, QStringLiteral("Please wait until your number is called"));
        QCOMPARE(window.waitingTexts().size(), 1);
        QCOMPARE(window.waitingTexts().constFirst().ja, QStringLiteral("お待ちの方はいません"));
        QVERIFY(window.isWindow());
        QCOMPARE(window.windowTitle(), QStringLiteral("呼出表示 / Call display"));
        QVERIFY(!window.accessibleName().isEmpty());
    }

    void showsTheCalledNumberAndTheRecentOnes()
    {
        CallDisplayWindow window(japaneseCatalogue());
        window.call(entry(QStringLiteral("A-001")));
        window.call(entry(QStringLiteral("A-002"), 2));
        window.call(entry(QStringLiteral("B-001"), 3));

        QCOMPARE(window.currentTicket(), QStringLiteral("B-001"));
        QCOMPARE(window.ticketLabel()->text(), QStringLiteral("B-001"));
        QCOMPARE(window.instruction().ja, QStringLiteral("3番窓口へお越しください"));
        QCOMPARE(window.instruction().en, QStringLiteral("Please go to counter 3"));
        QCOMPARE(window.recentTickets(), QStringList({QStringLiteral("A-002"), QStringLiteral("A-001")}));

        // The labels on the window say the same, both languages at once.
        const auto* instruction = window.findChild<BilingualLabel*>(QStringLiteral("callInstruction"));
        QVERIFY(instruction);
        QCOMPARE(instruction->japaneseLabel()->text(), QStringLiteral("3番窓口へお越しください"));
        QCOMPARE(instruction->englishLabel()->text(), QStringLiteral("Please go to counter 3"));
        QVERIFY(instruction->englishLabel()->isVisibleTo(&window));
        QVERIFY(instruction->japaneseLabel()->font().pixelSize() >
                instruction->englishLabel()->font().pixelSize());
        QStringList shown;
        for (const QLabel* label : window.findChildren<QLabel*>(QStringLiteral("callRecentTicket")))
            shown.append(label->text());
        QCOMPARE(shown, QStringList({QStringLiteral("A-002"), QStringLiteral("A-001")}));

        // Screen readers get the number with where to go.
        QVERIFY(window.ticketLabel()->accessibleName().contains(QStringLiteral("B-001")));
        QVERIFY(window.ticketLabel()->accessibleName().contains(QStringLiteral("3番窓口へお越しください")));
    }

    void recallShowsTheTicketAgainWithoutListingItTwice()
    {
        CallDisplayWindow window(japaneseCatalogue());
        window.call(entry(QStringLiteral("A-001")));
        window.call(entry(QStringLiteral("A-002")));
        window.call(entry(QStringLiteral("A-002")));
        QCOMPARE(window.currentTicket(), QStringLiteral("A-002"));
        QCOMPARE(window.recentTickets(), QStringList({QStringLiteral("A-001")}));
        // An earlier ticket called again moves back to the top.
        window.call(entry(QStringLiteral("A-001"), 5));
        QCOMPARE(window.currentTicket(), QStringLiteral("A-001"));
        QCOMPARE(window.instruction().ja, QStringLiteral("5番窓口へお越しください"));
        QCOMPARE(window.recentTickets(), QStringList({QStringLiteral("A-002")}));
    }

    void recentListKeepsTheLastN()
    {
        CallDisplayWindow window(japaneseCatalogue());
        QCOMPARE(window.recentCount(), 6);
        for (int i = 1; i <= 10; ++i)
            window.call(entry(QStringLiteral("C-%1").arg(i, 3, 10, QLatin1Char('0'))));
        QCOMPARE(window.recentTickets().size(), 6);
        QCOMPARE(window.recentTickets().constFirst(), QStringLiteral("C-009"));
        QCOMPARE(window.recentTickets().constLast(), QStringLiteral("C-004"));
        window.setRecentCount(2);
        QCOMPARE(window.recentTickets(), QStringList({QStringLiteral("C-009"), QStringLiteral("C-008")}));
        window.setRecentCount(-5); // bad input: none listed, the current one still shows
        QVERIFY(window.recentTickets().isEmpty());
        QCOMPARE(window.currentTicket(), QStringLiteral("C-010"));
        window.setRecentCount(1000);
        QCOMPARE(window.recentCount(), 12);
    }

    void setCallsRestoresWithoutChime()
    {
        CallDisplayWindow window(japaneseCatalogue());
        int chimes = 0;
        window.setChime([&chimes] { ++chimes; });
        window.setChimeEnabled(true);
        window.setCalls(
            {entry(QStringLiteral("A-001")), entry(QStringLiteral("A-002")), entry(QStringLiteral("A-001"))});
        QCOMPARE(chimes, 0);
        QCOMPARE(window.currentTicket(), QStringLiteral("A-001"));
        QCOMPARE(window.recentTickets(), QStringList({QStringLiteral("A-002")}));
        window.clear();
        QVERIFY(window.currentTicket().isEmpty());
        QVERIFY(window.recentTickets().isEmpty());
    }

    void waitingCountsInBothLanguages()
    {
        CallDisplayWindow window(japaneseCatalogue());
        window.setWaiting(someWaiting());
        const QList<BilingualText> texts = window.waitingTexts();
        QCOMPARE(texts.size(), 4);
        QCOMPARE(texts.at(0).ja, QStringLiteral("証明書　3人"));
        QCOMPARE(texts.at(0).en, QStringLiteral("Certificates: 3 waiting"));
        QCOMPARE(texts.at(1).ja, QStringLiteral("転入・転出　12人"));
        // A category named in one language only is named so in both lines.
        window.setWaiting({{{QStringLiteral("その他"), QString()}, 2}});
        QCOMPARE(window.waitingTexts().constFirst().en, QStringLiteral("その他: 2 waiting"));
        // A name holding a place marker stays as it is.
        window.setWaiting({{{QStringLiteral("窓口%2"), QStringLiteral("Desk %2")}, 4}});
        QCOMPARE(window.waitingTexts().constFirst().en, QStringLiteral("Desk %2: 4 waiting"));
        window.setWaiting({});
        QCOMPARE(window.waitingTexts().constFirst().en, QStringLiteral("No one is waiting"));
    }

    void withoutAJapaneseCatalogueTheLineIsEnglishOnce()
    {
        CallDisplayWindow window;
        window.call(entry(QStringLiteral("A-001")));
        QCOMPARE(window.instruction().ja, QStringLiteral("Please go to counter 3"));
        QCOMPARE(window.instruction().en, QStringLiteral("Please go to counter 3"));
        const auto* instruction = window.findChild<BilingualLabel*>(QStringLiteral("callInstruction"));
        QVERIFY(!instruction->englishLabel()->isVisibleTo(&window));
        // The catalogue can come later (the host loads it after the window).
        window.setJapaneseTranslator(japaneseCatalogue());
        QCOMPARE(window.instruction().ja, QStringLiteral("3番窓口へお越しください"));
        QVERIFY(instruction->englishLabel()->isVisibleTo(&window));
    }

    void chimeIsOffByDefault()
    {
        CallDisplayWindow window(japaneseCatalogue());
        int chimes = 0;
        window.setChime([&chimes] { ++chimes; });
        QVERIFY(!window.chimeEnabled());
        window.call(entry(QStringLiteral("A-001")));
        QCOMPARE(chimes, 0);
        window.setChimeEnabled(true);
        window.call(entry(QStringLiteral("A-002")));
        window.call(entry(QStringLiteral("A-002"))); // a recall chimes too
        QCOMPARE(chimes, 2);
        window.setChime({}); // silence, no crash
        window.call(entry(QStringLiteral("A-003")));
        QCOMPARE(chimes, 2);
    }

    void fullScreenOnTheChosenScreenAndEscLeavesIt()
    {
        QScreen* screen = QGuiApplication::primaryScreen();
        QVERIFY(screen);
        CallDisplayWindow window(japaneseCatalogue());
        window.call(entry(QStringLiteral("A-001")));
        QCOMPARE(window.showFullScreenOn(screen), screen);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowState() & Qt::WindowFullScreen);
        QCOMPARE(window.screen(), screen);
        QCOMPARE(window.geometry(), screen->geometry());

        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!(window.windowState() & Qt::WindowFullScreen));
        QVERIFY(window.isVisible());
        QTest::keyClick(&window, Qt::Key_F11);
        QVERIFY(window.windowState() & Qt::WindowFullScreen);
        QTest::keyClick(&window, Qt::Key_F11);
        QVERIFY(!(window.windowState() & Qt::WindowFullScreen));
        // Esc outside full screen does nothing (the window stays).
        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(window.isVisible());

        // Without a screen given, the chosen one (the only one here).
        window.showNormal();
        QCOMPARE(window.showFullScreenOn(nullptr), screen);
        QVERIFY(window.windowState() & Qt::WindowFullScreen);
    }

    void secondScreenChoice()
    {
        QScreen* primary = QGuiApplication::primaryScreen();
        QCOMPARE(QGuiApplication::screens().size(), 1); // the offscreen platform
        QCOMPARE(SecondScreen::choose(), primary);
        QCOMPARE(SecondScreen::choose(primary->name()), primary);
        QCOMPARE(SecondScreen::choose(QStringLiteral("no-such-output")), primary);
        const QString described = SecondScreen::describe(primary);
        QVERIFY2(described.contains(QString::number(primary->size().width())), qPrintable(described));
        QVERIFY(described.contains(QStringLiteral("main screen")));
        QVERIFY(!SecondScreen::describe(nullptr).isEmpty());
    }

    void readableAt1280x800And1920x1080_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
        QTest::newRow("1024x768") << QSize(1024, 768);
    }

    void readableAt1280x800And1920x1080()
    {
        QFETCH(QSize, size);
        CallDisplayWindow window(japaneseCatalogue());
        for (int i = 1; i <= 7; ++i)
            window.call(entry(QStringLiteral("AB-%1").arg(100 + i), i));
        window.setWaiting(someWaiting());
        showAndCheckFits(window, size);
        if (QTest::currentTestFailed())
            return;
        // Large: the number is at least a fifth of the height, the instruction over 5 %.
        const QFontMetrics ticket(window.ticketLabel()->font());
        QVERIFY(ticket.height() >= size.height() / 5);
        const auto* instruction = window.findChild<BilingualLabel*>(QStringLiteral("callInstruction"));
        QVERIFY(instruction->pixelSize() >= size.height() * 5 / 100);
    }
};

QTEST_MAIN(TestCallDisplay)
#include "tst_calldisplay.moc"
