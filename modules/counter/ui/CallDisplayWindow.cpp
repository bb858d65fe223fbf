#include "counter/ui/CallDisplayWindow.h"

#include "counter/ui/BilingualLabel.h"
#include "counter/ui/TextFit.h"

#include <QAccessible>
#include <QApplication>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace madoguchi::counter {

namespace {

constexpr const char* kContext = "madoguchi::counter::CallDisplayWindow";
constexpr int kRecentColumns = 3;
constexpr int kMaxRecent = 12;

// White and yellow on dark navy: contrast above 10:1, readable from across a waiting room.
const QColor kBackground(0x0b, 0x1f, 0x3a);
const QColor kText(0xff, 0xff, 0xff);
const QColor kTicket(0xff, 0xd4, 0x3b);
const QColor kMuted(0xc8, 0xd3, 0xe0);

// The name to put into one language's line of `pattern`. Each line gets the name in its own
// language; a name given in one language only is used in both. Without a Japanese catalogue the
// "Japanese" pattern is the English one: it then gets the English name too, so that the line
// is English throughout (and BilingualLabel shows it once).
QString nameIn(const BilingualText& name, const BilingualText& pattern, bool japaneseLine)
{
    const bool japanese = japaneseLine && pattern.ja != pattern.en;
    if (japanese)
        return name.ja.isEmpty() ? name.en : name.ja;
    return name.en.isEmpty() ? name.ja : name.en;
}

} // namespace

CallDisplayWindow::CallDisplayWindow(std::shared_ptr<const QTranslator> japanese, QWidget* parent)
    : SecondScreenWindow(std::move(japanese), parent)
    , m_chime([] { QApplication::beep(); })
{
    setObjectName(QStringLiteral("callDisplay"));
    setColors(kBackground, kText);

    auto* layout = new QVBoxLayout(this);
    // The type follows the window (rescale()), not the window the type: the layout must not
    // grow the window to fit sizes computed for another one.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    m_heading = new BilingualLabel(this);
    m_heading->setObjectName(QStringLiteral("callHeading"));
    m_heading->setAlignment(Qt::AlignHCenter);
    setTextColor(m_heading, kMuted);
    m_ticket = new QLabel(this);
    m_ticket->setObjectName(QStringLiteral("callTicket"));
    m_ticket->setTextFormat(Qt::PlainText);
    m_ticket->setAlignment(Qt::AlignCenter);
    setTextColor(m_ticket, kTicket);
    m_instruction = new BilingualLabel(this);
    m_instruction->setObjectName(QStringLiteral("callInstruction"));
    m_instruction->setAlignment(Qt::AlignHCenter);
    m_instruction->setWordWrap(true);
    layout->addWidget(m_heading);
    layout->addWidget(m_ticket, 1);
    layout->addWidget(m_instruction);

    auto* rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    setTextColor(rule, kMuted);
    layout->addWidget(rule);

    auto* bottom = new QHBoxLayout;
    auto* recent = new QVBoxLayout;
    m_recentHeading = new BilingualLabel(this);
    m_recentHeading->setObjectName(QStringLiteral("callRecentHeading"));
    setTextColor(m_recentHeading, kMuted);
    recent->addWidget(m_recentHeading);
    m_recentGrid = new QGridLayout;
    recent->addLayout(m_recentGrid);
    m_noRecent = new BilingualLabel(this);
    m_noRecent->setObjectName(QStringLiteral("callNoRecent"));
    recent->addWidget(m_noRecent);
    recent->addStretch();
    auto* waiting = new QVBoxLayout;
    m_waitingHeading = new BilingualLabel(this);
    m_waitingHeading->setObjectName(QStringLiteral("callWaitingHeading"));
    setTextColor(m_waitingHeading, kMuted);
    waiting->addWidget(m_waitingHeading);
    m_waitingLayout = new QVBoxLayout;
    waiting->addLayout(m_waitingLayout);
    waiting->addStretch();
    bottom->addLayout(recent, 3);
    bottom->addSpacing(24);
    bottom->addLayout(waiting, 2);
    layout->addLayout(bottom);

    retranslate();
}

void CallDisplayWindow::append(const CallDisplayEntry& entry)
{
    // A recall moves the ticket back to the top instead of listing it twice.
    m_calls.erase(std::remove_if(m_calls.begin(), m_calls.end(),
                                 [&entry](const CallDisplayEntry& c) { return c.ticket == entry.ticket; }),
                  m_calls.end());
    m_calls.append(entry);
    while (m_calls.size() > m_recentCount + 1)
        m_calls.removeFirst();
}

void CallDisplayWindow::call(const CallDisplayEntry& entry)
{
    append(entry);
    refresh();
    if (m_chimeEnabled && m_chime)
        m_chime();
    // Screen readers (and braille displays at an accessible counter) hear the call.
    QAccessibleEvent alert(m_ticket, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void CallDisplayWindow::setCalls(const QList<CallDisplayEntry>& calls)
{
    m_calls.clear();
    for (const CallDisplayEntry& entry : calls)
        append(entry);
    refresh();
}

void CallDisplayWindow::setWaiting(const QList<CallDisplayWaiting>& counts)
{
    m_waiting = counts;
    rebuildWaiting();
    rescale();
}

void CallDisplayWindow::clear()
{
    m_calls.clear();
    m_waiting.clear();
    refresh();
    rebuildWaiting();
    rescale();
}

void CallDisplayWindow::setRecentCount(int count)
{
    m_recentCount = std::clamp(count, 0, kMaxRecent);
    while (m_calls.size() > m_recentCount + 1)
        m_calls.removeFirst();
    refresh();
}

QString CallDisplayWindow::currentTicket() const
{
    return m_calls.isEmpty() ? QString() : m_calls.constLast().ticket;
}

BilingualText CallDisplayWindow::instruction() const
{
    return m_instruction->text();
}

QList<CallDisplayEntry> CallDisplayWindow::recentEntries() const
{
    QList<CallDisplayEntry> recent;
    for (qsizetype i = m_calls.size() - 2; i >= 0 && recent.size() < m_recentCount; --i)
        recent.append(m_calls.at(i));
    return recent;
}

QStringList CallDisplayWindow::recentTickets() const
{
    QStringList tickets;
    for (const CallDisplayEntry& entry : recentEntries())
        tickets.append(entry.ticket);
    return tickets;
}

QList<BilingualText> CallDisplayWindow::waitingTexts() const
{
    QList<BilingualText> texts;
    for (const BilingualLabel* label : m_waitingLabels)
        texts.append(label->text());
    return texts;
}

BilingualText CallDisplayWindow::instructionFor(const CallDisplayEntry& entry) const
{
    const BilingualText pattern =
        phrase(kContext, QT_TRANSLATE_NOOP("madoguchi::counter::CallDisplayWindow", "Please go to %1"));
    return {pattern.ja.arg(nameIn(entry.counter, pattern, true)),
            pattern.en.arg(nameIn(entry.counter, pattern, false))};
}

void CallDisplayWindow::retranslate()
{
    const BilingualText title =
        phrase(kContext, QT_TRANSLATE_NOOP("madoguchi::counter::CallDisplayWindow", "Call display"));
    setWindowTitle(title.joined());
    setAccessibleName(title.joined());
    m_heading->setText(
        phrase(kContext, QT_TRANSLATE_NOOP("madoguchi::counter::CallDisplayWindow", "Now calling")));
    m_recentHeading->setText(
        phrase(kContext, QT_TRANSLATE_NOOP("madoguchi::counter::CallDisplayWindow", "Called before")));
    m_noRecent->setText(
        phrase(kContext, QT_TRANSLATE_NOOP("madoguchi::counter::CallDisplayWindow", "None yet")));
    m_waitingHeading->setText(
        phrase(kContext, QT_TRANSLATE_NOOP("madoguchi::counter::CallDisplayWindow", "People waiting")));
    refresh();
    rebuildWaiting();
    rescale();
}

void CallDisplayWindow::refresh()
{
    if (m_calls.isEmpty()) {
        m_ticket->setText(QStringLiteral("—"));
        m_ticket->setAccessibleName(QString());
        m_instruction->setText(
            phrase(kContext, QT_TRANSLATE_NOOP("madoguchi::counter::CallDisplayWindow",
                                               "Please wait until your number is called")));
    } else {
        const CallDisplayEntry& current = m_calls.constLast();
        const BilingualText where = instructionFor(current);
        m_ticket->setText(current.ticket);
        m_ticket->setAccessibleName(current.ticket + QStringLiteral(" — ") + where.joined());
        m_instruction->setText(where);
    }
    rebuildRecent();
    rescale();
}

void CallDisplayWindow::rebuildRecent()
{
    qDeleteAll(m_recentLabels);
    m_recentLabels.clear();
    const QList<CallDisplayEntry> recent = recentEntries();
    for (int i = 0; i < recent.size(); ++i) {
        auto* label = new QLabel(recent.at(i).ticket, this);
        label->setObjectName(QStringLiteral("callRecentTicket"));
        label->setTextFormat(Qt::PlainText);
        label->setAccessibleName(recent.at(i).ticket + QStringLiteral(" — ") + recent.at(i).counter.joined());
        m_recentGrid->addWidget(label, i / kRecentColumns, i % kRecentColumns);
        m_recentLabels.append(label);
    }
    m_noRecent->setVisible(recent.isEmpty());
}

void CallDisplayWindow::rebuildWaiting()
{
    qDeleteAll(m_waitingLabels);
    m_waitingLabels.clear();
    if (m_waiting.isEmpty()) {
        auto* label = new BilingualLabel(this);
        label->setObjectName(QStringLiteral("callWaitingNone"));
        label->setText(phrase(
            kContext, QT_TRANSLATE_NOOP("madoguchi::counter::CallDisplayWindow", "No one is waiting")));
        m_waitingLayout->addWidget(label);
        m_waitingLabels.append(label);
        return;
    }
    const BilingualText pattern =
        phrase(kContext, QT_TRANSLATE_NOOP("madoguchi::counter::CallDisplayWindow", "%1: %2 waiting"));
    for (const CallDisplayWaiting& count : m_waiting) {
        auto* label = new BilingualLabel(this);
        label->setObjectName(QStringLiteral("callWaitingCount"));
        // One arg() call: a category name holding "%2" must not take the number's place.
        const QString number = QString::number(count.waiting);
        label->setText({pattern.ja.arg(nameIn(count.category, pattern, true), number),
                        pattern.en.arg(nameIn(count.category, pattern, false), number)});
        m_waitingLayout->addWidget(label);
        m_waitingLabels.append(label);
    }
}

void CallDisplayWindow::rescale()
{
    const int h = windowSize().height();
    const int margin = applyMargins();
    const int usable = windowSize().width() - 2 * margin;

    m_heading->setPixelSize(h * 45 / 1000, 0.6, true, usable);
    setPixelSize(m_ticket, h * 22 / 100, true);
    setPixelSize(m_ticket,
                 fittingPixelSize(m_ticket->font(), m_ticket->text(), h * 22 / 100, usable * 9 / 10), true);
    m_instruction->setPixelSize(h * 75 / 1000, 0.55, true, usable);

    // Below the rule: the recent numbers take three fifths of the width, the counts the rest.
    const int gap = 24;
    const int recentWidth = usable * 3 / 5 - gap;
    const int waitingWidth = usable - recentWidth - gap;
    const int headingPixels = h * 35 / 1000;
    m_recentHeading->setPixelSize(headingPixels, 0.6, false, recentWidth);
    m_noRecent->setPixelSize(headingPixels, 0.6, false, recentWidth);
    m_recentGrid->setHorizontalSpacing(margin);
    const int cellWidth = (recentWidth - (kRecentColumns - 1) * margin) / kRecentColumns;
    int recentPixels = h * 6 / 100;
    for (QLabel* label : std::as_const(m_recentLabels)) {
        setPixelSize(label, recentPixels, true);
        recentPixels = fittingPixelSize(label->font(), label->text(), recentPixels, cellWidth);
    }
    // One size for all the numbers, the one the longest needs.
    for (QLabel* label : std::as_const(m_recentLabels))
        setPixelSize(label, recentPixels, true);

    m_waitingHeading->setPixelSize(headingPixels, 0.6, false, waitingWidth);
    // Many categories share the room left under the heading.
    const int rows = std::max<int>(1, int(m_waitingLabels.size()));
    const int waitingPixels = std::max(12, std::min(h * 4 / 100, (h * 3 / 10) * 10 / (rows * 17)));
    for (BilingualLabel* label : std::as_const(m_waitingLabels))
        label->setPixelSize(waitingPixels, 0.6, false, waitingWidth);
}

} // namespace madoguchi::counter
