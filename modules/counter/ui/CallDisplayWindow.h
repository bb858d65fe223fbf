#pragma once

#include "counter/ui/CallDisplayEntry.h"
#include "counter/ui/CallDisplayWaiting.h"
#include "counter/ui/SecondScreenWindow.h"

#include <QList>
#include <QStringList>

#include <functional>

class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace madoguchi::counter {

class BilingualLabel;

// 呼出表示: the window on the second screen of the waiting area. The ticket called now, very
// large ("A-012"), where to go in Japanese and, smaller, in English ("3番窓口へお越しください" /
// "Please go to counter 3"), the last few numbers called before, and how many people wait in
// each category. Both languages are always shown: the citizen's language is unknown.
//
// The host feeds it plain values (CallDisplayEntry, CallDisplayWaiting) from the queue; the window
// holds no queue logic. The chime is off by default (a setting of the host); it is the system
// beep unless the host hands in another sound.
class CallDisplayWindow : public SecondScreenWindow
{
    Q_OBJECT

public:
    explicit CallDisplayWindow(std::shared_ptr<const QTranslator> japanese = {}, QWidget* parent = nullptr);

    // Shows `entry` as the ticket called now; the one before moves to the recent list. Calling
    // the ticket again (a recall) shows it again without listing it twice. Chimes when on.
    void call(const CallDisplayEntry& entry);
    // Restores the calls after a restart, oldest first (the last is the current one); no chime.
    void setCalls(const QList<CallDisplayEntry>& calls);
    void setWaiting(const QList<CallDisplayWaiting>& counts);
    // Nothing called, nobody waiting (the start of the day).
    void clear();

    // How many earlier calls are listed (0–12, default 6).
    void setRecentCount(int count);
    int recentCount() const { return m_recentCount; }
    void setChimeEnabled(bool enabled) { m_chimeEnabled = enabled; }
    bool chimeEnabled() const { return m_chimeEnabled; }
    // The sound of a call; QApplication::beep() unless set. An empty function is silence.
    void setChime(std::function<void()> chime) { m_chime = std::move(chime); }

    // What the window shows now.
    QString currentTicket() const;
    BilingualText instruction() const;
    QStringList recentTickets() const; // newest first
    QList<BilingualText> waitingTexts() const;
    QLabel* ticketLabel() const { return m_ticket; }

protected:
    void retranslate() override;
    void rescale() override;

private:
    void append(const CallDisplayEntry& entry);
    void refresh();
    void rebuildRecent();
    void rebuildWaiting();
    BilingualText instructionFor(const CallDisplayEntry& entry) const;
    QList<CallDisplayEntry> recentEntries() const;

    QList<CallDisplayEntry> m_calls; // oldest first; the last one is shown large
    QList<CallDisplayWaiting> m_waiting;
    int m_recentCount = 6;
    bool m_chimeEnabled = false;
    std::function<void()> m_chime;

    BilingualLabel* m_heading = nullptr;
    QLabel* m_ticket = nullptr;
    BilingualLabel* m_instruction = nullptr;
    BilingualLabel* m_recentHeading = nullptr;
    QGridLayout* m_recentGrid = nullptr;
    QList<QLabel*> m_recentLabels;
    BilingualLabel* m_noRecent = nullptr;
    BilingualLabel* m_waitingHeading = nullptr;
    QVBoxLayout* m_waitingLayout = nullptr;
    QList<BilingualLabel*> m_waitingLabels;
};

} // namespace madoguchi::counter
