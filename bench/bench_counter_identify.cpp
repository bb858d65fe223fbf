// The counter page on the real stack (run it through bench/run-counter-bench.sh: pcscd + vpcd +
// the virtual card with the default profile, madoguchi-core-sim over mutual TLS on loopback):
// the real CounterPage on the offscreen platform, real widgets, a real SQLite store in a temporary
// folder. Each run is a whole 転入 (moving in) visit, driven with the keyboard as the GUI tests
// drive it: a ticket (Ctrl+T, its slip written as a PDF), the call (F2), the card read (F5, the
// PIN typed into the counter's PIN pad, Return), the life event 転入 (its Alt+N), the navigator's
// questions answered (as tests/app_counter does) and the procedures added (Ctrl+K), the forms
// printed (Ctrl+P, Return in the details dialog, until the PDFs are written), recorded as signed
// (Ctrl+Shift+S), the checklist done (Space on each row) and the visit closed (Ctrl+Return,
// confirmed with Return).
// It prints, over N runs (default 30, after 2 warm-up runs):
//  - card presented → identity and resident record on screen: from the Return that submits the
//    PIN (the card read triggered with the PIN entered) to the workspace's visitChanged that
//    carries the identified visit with the core's record (labels set), and to the first paint of
//    the identity label after it; also from F5;
//  - its parts, from signals: the card read (CardService::identityReady reaching the GUI thread),
//    the audit record and hand-over (CardReadFlow::identityRead), the core lookup with the local
//    store write (the identified visit's first visitChanged), and showing the record;
//  - the PDFs: Ctrl+T → the ticket slip written, and Return in the form details → every form
//    written (both drawn and written on worker threads);
//  - the GUI thread's longest stall: a 1 ms Qt::PreciseTimer on the GUI thread records the largest
//    gap between two of its ticks; the stall is that gap minus the 1 ms interval. Each step of the
//    visit separately, and the whole visit: the largest of all its steps.
// The waits spin the event loop (QEventLoop::WaitForMoreEvents), never QTest::qWait/qWaitFor
// inside a measured stretch: those sleep 10 ms between rounds and would show up as stalls.
// Between two keys of a step (each checklist row's Space, each answer) the loop runs, as it does
// between a clerk's key presses: a step's stall is its longest single interaction, not the sum
// of keys sent back to back.
// Giving the page back the focus after a dialog (VisitDriver::activate) happens between steps,
// outside the measured stretches. Nothing here asserts on timings: it prints numbers.
//
//   bench_counter_identify [--runs N] [--warmup W]
#include "../tests/app_counter/CounterAppFixture.h"
#include "../tests/app_counter/VisitDriver.h"

#include "counter/CardReadFlow.h"
#include "counter/ConditionValue.h"
#include "counter/VisitState.h"

#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSysInfo>
#include <QTableView>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <optional>
#include <vector>

using namespace madoguchi;
using namespace madoguchi::test;
using madoguchi::counter::ConditionValue;
using madoguchi::counter::VisitState;
using Clock = std::chrono::steady_clock;

namespace {

double msBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    // Nearest rank: the smallest value with at least p of the runs at or below it.
    const auto rank = static_cast<std::size_t>(std::ceil(p * double(values.size())));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

double medianOf(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

// The largest gap between two ticks of a 1 ms timer on the GUI thread. A timer rather than an
// event filter: a filter sees only how long each event took, not time spent outside event
// delivery (a synchronous SQLite write or PDF in a key handler, paint, layout), while a late tick
// shows any stretch in which the loop could not run.
class StallMonitor : public QObject
{
public:
    static constexpr double kIntervalMs = 1.0;

    StallMonitor()
    {
        m_timer.setInterval(1);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const Clock::time_point now = Clock::now();
            m_maxGap = std::max(m_maxGap, msBetween(m_last, now));
            m_last = now;
            ++m_ticks;
        });
        m_last = Clock::now();
        m_timer.start();
    }
    // Starts a new stretch: the gap open now counts from here.
    void reset()
    {
        m_last = Clock::now();
        m_maxGap = 0;
    }
    // The stall of the stretch so far, the gap still open included.
    double stallMs() const
    {
        return std::max(0.0, std::max(m_maxGap, msBetween(m_last, Clock::now())) - kIntervalMs);
    }
    quint64 ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    Clock::time_point m_last;
    double m_maxGap = 0;
    quint64 m_ticks = 0;
};

// Spins the event loop until `done` holds; false when `timeoutMs` passed. The monitor's timer
// wakes the loop every millisecond, so WaitForMoreEvents never blocks for long.
bool spin(const std::function<bool()>& done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// Returns to the loop until the monitor ticked twice: the gap that a synchronous step left open
// is then closed and counted.
void settle(const StallMonitor& monitor)
{
    const quint64 start = monitor.ticks();
    (void)spin([&] { return monitor.ticks() >= start + 2; }, 1000);
}

struct Run
{
    Clock::time_point f5;
    Clock::time_point pin;
    std::optional<Clock::time_point> card;     // CardService::identityReady on the GUI thread
    std::optional<Clock::time_point> handedOn; // CardReadFlow::identityRead (audited)
    std::optional<Clock::time_point> stored;   // the identified visit, stored and shown
    std::optional<Clock::time_point> shown;    // ... with the core's resident record
    std::optional<Clock::time_point> painted;  // the identity label's first paint after that
    int identifiedChanges = 0;                 // visitChanged of the identified visit
    bool armed = false;
};

struct Series
{
    const char* name;
    std::vector<double> values;
};

// Records the identity label's first paint once the record is on screen.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(Run& run)
        : m_run(run)
    {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && m_run.armed && m_run.shown && !m_run.painted)
            m_run.painted = Clock::now();
        return QObject::eventFilter(watched, event);
    }

private:
    Run& m_run;
};

QString profilePin()
{
    QFile file(qEnvironmentVariable("MADOGUCHI_VCARD_PROFILE"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("1234");
    const QString pin = QJsonDocument::fromJson(file.readAll())
                            .object()
                            .value(QLatin1String("pins"))
                            .toObject()
                            .value(QLatin1String("cardInfo"))
                            .toString();
    return pin.isEmpty() ? QStringLiteral("1234") : pin;
}

// Columns a UTF-8 label takes in a terminal: two for CJK characters, one for the rest.
int displayWidth(const char* utf8)
{
    int width = 0;
    for (const char32_t c : QString::fromUtf8(utf8).toUcs4())
        width +=
            c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
                            (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60))
                ? 2
                : 1;
    return width;
}

int fail(const char* what, const QString& detail = {})
{
    std::fprintf(stderr, "bench_counter_identify: %s%s%s\n", what, detail.isEmpty() ? "" : ": ",
                 qPrintable(detail));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("runs"), QStringLiteral("measured visits"), QStringLiteral("N"),
                        QStringLiteral("30")},
                       {QStringLiteral("warmup"), QStringLiteral("visits before the measured ones"),
                        QStringLiteral("W"), QStringLiteral("2")}});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const int warmup = std::max(0, parser.value(QStringLiteral("warmup")).toInt());
    if (qEnvironmentVariableIsEmpty("MADOGUCHI_CORESIM_URL") ||
        qEnvironmentVariableIsEmpty("MADOGUCHI_VCARD_READER"))
        return fail("run it through bench/run-counter-bench.sh (needs the card and core-sim)");
    const QString pin = profilePin();

    CounterStack stack;
    if (!stack.setUp(true, true))
        return fail("the counter stack did not start (database, data key, core link or card)");
    Run run;
    // Connected before the page exists, so that this slot is queued ahead of CardReadFlow's.
    QObject::connect(stack.card.get(), &CardService::identityReady, &app,
                     [&run](quint64, const CardIdentity&) {
                         if (run.armed && !run.card)
                             run.card = Clock::now();
                     });
    CounterPage* page = stack.openPage();
    if (!page)
        return fail("the counter page did not become the active window");
    if (!spin([&] { return stack.link->monitor().isOnline(); }, 20000))
        return fail("the core link did not come online");
    VisitDriver drive{page};
    VisitWorkspace* work = drive.workspace();
    if (!work->cardFlow())
        return fail("the counter page has no card reader service");
    QObject::connect(work->cardFlow(), &CardReadFlow::identityRead, &app, [&run](const CardIdentity&) {
        if (run.armed && !run.handedOn)
            run.handedOn = Clock::now();
    });
    QObject::connect(work, &VisitWorkspace::visitChanged, &app, [&run, work] {
        if (!run.armed || !work->visit() || !work->visit()->isIdentified())
            return;
        const Clock::time_point now = Clock::now();
        ++run.identifiedChanges;
        if (!run.stored)
            run.stored = now;
        if (work->record() && !run.shown)
            run.shown = now;
    });
    PaintWatch paintWatch(run);
    if (auto* label = work->findChild<QLabel*>(QStringLiteral("visitIdentity")))
        label->installEventFilter(&paintWatch);

    StallMonitor monitor;
    Series total{"PIN submitted -> identity + record on screen", {}};
    Series painted{"PIN submitted -> identity label painted", {}};
    Series fromF5{"F5 -> identity + record on screen", {}};
    Series cardRead{"  card read (PIN -> CardService::identityReady)", {}};
    Series handOn{"  audit + hand-over (-> CardReadFlow::identityRead)", {}};
    Series lookup{"  core lookup + local store write (-> visit identified)", {}};
    Series show{"  record shown (audit, navigator, labels)", {}};
    Series slipWritten{"Ctrl+T -> ticket slip PDF written", {}};
    Series formsWritten{"Return in form details -> form PDFs written", {}};
    Series stallVisit{"whole visit (every step below)", {}};
    Series stallTicket{"  ticket issued (Ctrl+T, slip PDF written)", {}};
    Series stallCall{"  ticket called (F2)", {}};
    Series stallIdentify{"  identification (F5 -> record on screen)", {}};
    Series stallEvent{"  life event chosen (Alt+N: 転入)", {}};
    Series stallProcedures{"  questions answered, procedures added (Ctrl+K)", {}};
    Series stallForms{"  forms printed (Ctrl+P -> PDFs written)", {}};
    Series stallSigned{"  signed, checklist done (Ctrl+Shift+S, Space)", {}};
    Series stallClose{"  visit closed (Ctrl+Return, confirmed)", {}};
    int paintsMissing = 0;
    int refused = 0; // runs whose record the page did not show (the message is on stderr)
    const QString lifeEvent = QStringLiteral("moveIn");
    const int eventDigit = drive.lifeEventDigit(lifeEvent);
    if (eventDigit == 0)
        return fail("the life event has no Alt+N key", lifeEvent);
    // What tests/app_counter/tst_countervisit answers for 転入 (core-sim's 山田 has a record, so
    // the navigator asks about the household and the wishes).
    const QHash<QString, ConditionValue> answers = moveInAnswers();
    auto* printButton = work->findChild<QPushButton*>(QStringLiteral("printForms"));
    if (!printButton)
        return fail("the workspace has no print button");
    int formsPrinted = 0;
    int questionsAnswered = 0;

    int measured = 0;
    for (int i = -warmup; measured < runs; ++i) {
        // Outside the measured stretch: back to the page after the last visit's dialogs.
        drive.activate();
        run = Run{};
        monitor.reset();
        const int slipsBefore = int(page->ticketFiles().size());
        const Clock::time_point ticketAt = Clock::now();
        const int categoryIndex = page->categoryBox()->findData(QStringLiteral("moving"));
        if (categoryIndex < 0)
            return fail("there is no ticket category \"moving\"");
        page->categoryBox()->setCurrentIndex(categoryIndex);
        QTest::keyClick(page, Qt::Key_T, Qt::ControlModifier);
        if (!spin([&] { return page->ticketFiles().size() > slipsBefore; }, 30000))
            return fail("issuing a ticket", page->messageText());
        const double slipMs = msBetween(ticketAt, Clock::now());
        settle(monitor);
        const double ticketStall = monitor.stallMs();

        monitor.reset();
        QTest::keyClick(page, Qt::Key_F2);
        if (!work->visit())
            return fail("calling the ticket", page->messageText());
        settle(monitor);
        const double callStall = monitor.stallMs();

        monitor.reset();
        run.armed = true;
        run.f5 = Clock::now();
        QTest::keyClick(page, Qt::Key_F5);
        PinPadDialog* pad = nullptr;
        if (!spin(
                [&] {
                    pad = work->cardFlow()->pinPad();
                    return pad && pad->isVisible();
                },
                15000))
            return fail("the PIN pad did not open", work->messageText());
        QTest::keyClicks(pad->pinField(), pin);
        run.pin = Clock::now();
        QTest::keyClick(pad->pinField(), Qt::Key_Return);
        // The second change of the identified visit without a record: the page refused to show it.
        if (!spin([&] { return run.shown || run.identifiedChanges >= 2; }, 30000))
            return fail("the identity with the resident record did not reach the screen",
                        work->messageText());
        if (!run.shown) {
            ++refused;
            std::fprintf(stderr, "bench_counter_identify: run %d: record not shown: %s (visit %s)\n", i,
                         qPrintable(work->messageText()), qPrintable(work->visit()->id));
            run.armed = false;
        }
        if (run.shown)
            settle(monitor);
        const double identifyStall = monitor.stallMs();
        if (run.shown && !spin([&] { return run.painted.has_value(); }, 1000))
            ++paintsMissing;
        run.armed = false;

        // The life event, by its key; stored with the visit, the navigator offers from it.
        drive.activate();
        monitor.reset();
        QTest::keyClick(page, Qt::Key(Qt::Key_0 + eventDigit), Qt::AltModifier);
        if (work->lifeEvents()->selected() != QStringList{lifeEvent} || !work->visit() ||
            work->visit()->lifeEvents != QStringList{lifeEvent})
            return fail("the life event was not chosen and stored", work->messageText());
        settle(monitor);
        const double eventStall = monitor.stallMs();

        // What the navigator asks, answered one by one (each answer re-runs the navigator), then
        // the procedures it offers on the checklist.
        drive.activate();
        monitor.reset();
        // An answer may bring a further question: until nothing asked is left unanswered.
        for (bool asked = true; asked;) {
            asked = false;
            for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
                if (work->offer().questions.contains(it.key()) &&
                    !work->questions()->answers().contains(it.key()) &&
                    work->questions()->answer(it.key(), it.value())) {
                    ++questionsAnswered;
                    asked = true;
                    settle(monitor); // one answer at a time, as a clerk chooses them
                }
            }
        }
        QTest::keyClick(page, Qt::Key_K, Qt::ControlModifier);
        if (!work->visit() || work->visit()->procedures.isEmpty())
            return fail("no procedure was added", work->messageText());
        settle(monitor);
        const double proceduresStall = monitor.stallMs();

        // The forms: Ctrl+P opens the details, Return prints; the PDFs are drawn and written on
        // worker threads, the print button is off until the answer came.
        drive.activate();
        monitor.reset();
        const qsizetype printedBefore = work->printedFiles().size();
        QTest::keyClick(page, Qt::Key_P, Qt::ControlModifier);
        QDialog* details = nullptr;
        if (!spin([&] { return (details = page->findChild<QDialog*>(QStringLiteral("formDetailsDialog"))); },
                  5000))
            return fail("the form details did not open", work->messageText());
        const Clock::time_point printAt = Clock::now();
        QTest::keyClick(details, Qt::Key_Return);
        if (!spin([&] { return printButton->isEnabled() && work->printedFiles().size() > printedBefore; },
                  60000))
            return fail("the forms were not printed", work->messageText());
        const double formsMs = msBetween(printAt, Clock::now());
        formsPrinted = int(work->printedFiles().size() - printedBefore);
        settle(monitor);
        const double formsStall = monitor.stallMs();

        // Signed (Ctrl+Shift+S), then every checklist row done (Space moves on to the next).
        drive.activate();
        QTableView* table = work->checklist()->table();
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        monitor.reset();
        QTest::keyClick(page, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        settle(monitor);
        if (!work->visit() || work->visit()->state != VisitState::FormsPrinted)
            return fail("the signed forms were not recorded", work->messageText());
        table->setFocus();
        const int rows = table->model()->rowCount();
        for (int row = 0; row < rows; ++row) {
            QTest::keyClick(table, Qt::Key_Space);
            settle(monitor);
        }
        if (work->visit()->pendingProcedureCount() != 0)
            return fail("the checklist is not done", work->messageText());
        settle(monitor);
        const double signedStall = monitor.stallMs();

        // Close (Ctrl+Return, confirmed with Return) so that the next one is called.
        drive.activate();
        monitor.reset();
        QTest::keyClick(page, Qt::Key_Return, Qt::ControlModifier);
        settle(monitor);
        auto* box = page->findChild<QMessageBox*>(QStringLiteral("closeConfirmation"));
        if (!box)
            return fail("the close confirmation did not open", work->messageText());
        QTest::keyClick(box, Qt::Key_Return);
        if (!spin([&] { return !work->visit().has_value(); }, 10000))
            return fail("the visit did not close", work->messageText());
        settle(monitor);
        const double closeStall = monitor.stallMs();

        if (i >= 0 && run.shown) {
            total.values.push_back(msBetween(run.pin, *run.shown));
            if (run.painted)
                painted.values.push_back(msBetween(run.pin, *run.painted));
            fromF5.values.push_back(msBetween(run.f5, *run.shown));
            if (run.card && run.handedOn && run.stored) {
                cardRead.values.push_back(msBetween(run.pin, *run.card));
                handOn.values.push_back(msBetween(*run.card, *run.handedOn));
                lookup.values.push_back(msBetween(*run.handedOn, *run.stored));
                show.values.push_back(msBetween(*run.stored, *run.shown));
            }
            slipWritten.values.push_back(slipMs);
            formsWritten.values.push_back(formsMs);
            const double steps[] = {ticketStall,     callStall,  identifyStall, eventStall,
                                    proceduresStall, formsStall, signedStall,   closeStall};
            stallVisit.values.push_back(*std::max_element(std::begin(steps), std::end(steps)));
            stallTicket.values.push_back(ticketStall);
            stallCall.values.push_back(callStall);
            stallIdentify.values.push_back(identifyStall);
            stallEvent.values.push_back(eventStall);
            stallProcedures.values.push_back(proceduresStall);
            stallForms.values.push_back(formsStall);
            stallSigned.values.push_back(signedStall);
            stallClose.values.push_back(closeStall);
            ++measured;
        }
        // Not measured: let deferred deletes and the outbox run, as between two citizens.
        (void)spin([] { return false; }, 50);
    }

    std::printf("Counter page (offscreen, real widgets, SQLite in a temp dir) with pcscd + vpcd + "
                "madoguchi-virtual-card (default profile) and madoguchi-core-sim on loopback (mutual TLS)\n");
    std::printf(
        "%d whole visits (転入, %d form(s) printed, %d question(s) answered per visit) measured after "
        "%d warm-up; %d CPUs seen; Qt %s; %s\n\n",
        runs, formsPrinted, questionsAnswered / std::max(1, runs + warmup), warmup,
        QThread::idealThreadCount(), qVersion(), qPrintable(QSysInfo::prettyProductName()));
    const auto timingTable = [](const char* title, std::initializer_list<const Series*> rows) {
        std::printf("| %-56s | median ms |  p95 ms |  max ms |\n", title);
        std::printf(
            "|----------------------------------------------------------|-----------|---------|---------|\n");
        for (const Series* s : rows) {
            if (s->values.empty())
                continue;
            std::printf("| %-56s | %9.2f | %7.2f | %7.2f |\n", s->name, medianOf(s->values),
                        percentile(s->values, 0.95), *std::max_element(s->values.begin(), s->values.end()));
        }
    };
    timingTable("card presented -> on screen",
                {&total, &painted, &fromF5, &cardRead, &handOn, &lookup, &show});
    std::printf("\n");
    timingTable("PDFs (drawn and written on worker threads)", {&slipWritten, &formsWritten});
    std::printf("\nGUI thread's longest stall (1 ms PreciseTimer: largest gap between ticks minus 1 ms), "
                "target < 16 ms\n\n");
    std::printf("| stretch                                          | worst ms | p95 ms | median ms |\n");
    std::printf("|--------------------------------------------------|----------|--------|-----------|\n");
    for (const Series* s : {&stallVisit, &stallTicket, &stallCall, &stallIdentify, &stallEvent,
                            &stallProcedures, &stallForms, &stallSigned, &stallClose})
        // The name column is padded by display width: the Japanese life event takes two columns
        // per character but three bytes.
        std::printf("| %s%*s | %8.2f | %6.2f | %9.2f |\n", s->name, std::max(0, 48 - displayWidth(s->name)),
                    "", *std::max_element(s->values.begin(), s->values.end()), percentile(s->values, 0.95),
                    medianOf(s->values));
    const double worst = *std::max_element(stallVisit.values.begin(), stallVisit.values.end());
    std::printf("\nlongest stall during a visit: %.2f ms (%s 16 ms)\n", worst, worst < 16 ? "under" : "OVER");
    if (refused > 0)
        std::printf("(%d visits left out: the page identified the person but did not show the record; "
                    "see stderr)\n",
                    refused);
    if (paintsMissing > 0)
        std::printf("(%d runs saw no paint of the identity label within 1 s after the record)\n",
                    paintsMissing);

    stack.tearDown();
    return 0;
}
