#pragma once

#include "counter/CounterServices.h"
#include "counter/ui/CallDisplayWindow.h"
#include "counter/ui/CitizenConfirmationWindow.h"
#include "documents/BackgroundPdfWriter.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace madoguchi {

class VisitWorkspace;

namespace counter {
class QueuePanel;
struct Visit;
} // namespace counter

// The counter page (窓口業務): reception on the left — issue a ticket (Ctrl+T, the slip drawn and
// written as a PDF to the output folder on a worker thread), the queue with call next (F2), recall (F3) and
// skip (F6) — and the visit being served on the right (VisitWorkspace). The call display (Ctrl+Shift+D) and
// the citizen's confirmation view (Ctrl+Shift+K) open on the second screen when there is one.
//
// On start it reopens the visits this counter was serving (VisitStore::openVisits) exactly where
// they stood. Reception, calls and the card work with the core unreachable; what needs the core
// says so.
class CounterPage : public QWidget
{
    Q_OBJECT

public:
    CounterPage(CounterServices services, QWidget* parent = nullptr);
    ~CounterPage() override;

    void showProblem(const QString& text);
    QString messageText() const;
    void setOutputDirectory(const QString& directory) { m_s.outputDirectory = directory; }
    QString outputDirectory() const { return m_s.outputDirectory; }

    VisitWorkspace* workspace() const { return m_workspace; }
    counter::QueuePanel* queuePanel() const { return m_queue; }
    QComboBox* categoryBox() const { return m_category; }
    counter::CallDisplayWindow* callDisplay() const { return m_callDisplay; }
    counter::CitizenConfirmationWindow* citizenView() const { return m_citizen; }
    QStringList ticketFiles() const { return m_ticketFiles; }

public Q_SLOTS:
    void issueTicket();
    void callNext();
    void recall();
    void skip();
    void refreshQueue();
    void toggleCallDisplay();
    void toggleCitizenView();
    void chooseOutputDirectory();

private:
    void buildUi();
    void restoreOpenVisits();
    void showMessage(const QString& text);
    void updateCitizenView();
    void announce(const counter::Visit& visit);

    CounterServices m_s;
    BackgroundPdfWriter m_slips;
    QStringList m_ticketFiles; // slips written, in the order they were finished
    counter::QueuePanel* m_queue = nullptr;
    VisitWorkspace* m_workspace = nullptr;
    QComboBox* m_category = nullptr;
    QPushButton* m_issue = nullptr;
    QPushButton* m_callDisplayButton = nullptr;
    QPushButton* m_citizenButton = nullptr;
    QPushButton* m_folderButton = nullptr;
    QLabel* m_message = nullptr;
    QPointer<counter::CallDisplayWindow> m_callDisplay;
    QPointer<counter::CitizenConfirmationWindow> m_citizen;
};

} // namespace madoguchi
