#pragma once

#include "counter/CounterServices.h"

#include "counter/Navigator.h"
#include "counter/SupportMeasureDecision.h"
#include "counter/Visit.h"
#include "counter/VisitSession.h"
#include "counter/ui/ConfirmationField.h"
#include "documents/PrintGate.h"
#include "smartcard/service/CardIdentity.h"
#include "sync/ResidentRecord.h"

#include <QSet>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QShortcut;

namespace madoguchi {
class NameView;

class CardReadFlow;
class LifeEventPicker;
class QuestionsForm;
class SupervisorApprovalDialog;
class VisitFormPrinter;

namespace counter {
class ChecklistView;
class SupportMeasureBanner;
class VisitTimelineView;
} // namespace counter

// The visit being served at this counter, from the call to the close: identification (card F5,
// manual F7), life events (Alt+1…9, stored with the visit, so a restart shows them again) and
// the catalog's questions, the checklist (Ctrl+K adds the
// procedures offered; Space/N/H in it), forms (Ctrl+P prints, Ctrl+Shift+S records them signed),
// certificates and fees (Ctrl+E), the support-measure authorisation (Ctrl+Shift+O), hand-off
// (Ctrl+H), close (Ctrl+Return, confirmed) and cancel (Ctrl+Shift+X, with a reason), and the
// timeline. Every step goes through VisitStore (local first, then the outbox) and the result is
// shown as stored.
class VisitWorkspace : public QWidget
{
    Q_OBJECT

public:
    VisitWorkspace(CounterServices& services, QWidget* parent = nullptr);
    ~VisitWorkspace() override;

    // Serves `visit`; `restored`: reopened after a restart (the My Number read before is gone).
    void setVisit(const counter::Visit& visit, bool restored = false);
    void clearVisit();
    const std::optional<counter::Visit>& visit() const { return m_visit; }
    const std::optional<sync::ResidentRecord>& record() const { return m_record; }
    counter::VisitSession& session() { return m_session; }
    bool isRestricted() const { return m_record && m_record->supportMeasure.active; }
    // What the citizen-facing window shows for this visit.
    QList<counter::ConfirmationField> confirmationFields() const;

    QString messageText() const;
    QString identityText() const;
    LifeEventPicker* lifeEvents() const { return m_events; }
    QuestionsForm* questions() const { return m_questions; }
    counter::ChecklistView* checklist() const { return m_checklist; }
    counter::VisitTimelineView* timeline() const { return m_timeline; }
    counter::SupportMeasureBanner* banner() const { return m_banner; }
    CardReadFlow* cardFlow() const { return m_cardFlow; }
    QStringList printedFiles() const { return m_printed; }
    const counter::NavigatorOffer& offer() const { return m_offer; }

public Q_SLOTS:
    void readCard();
    void identifyManually();
    void addOfferedProcedures();
    void printForms();
    void recordSigned();
    void recordCertificates();
    void requestOverride();
    void handOff(const QString& procedureId = {});
    void closeVisit();
    void cancelVisit();

Q_SIGNALS:
    // The visit left this counter (closed, cancelled, handed off).
    void visitEnded();
    // Something the citizen-facing view or the queue shows changed.
    void visitChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    QShortcut* addShortcut(const QKeySequence& keys, void (VisitWorkspace::*slot)());
    void setPrinting(bool printing);
    QPushButton* addButton(const QString& name, void (VisitWorkspace::*slot)());
    void retranslate();
    bool apply(const Result<counter::Visit>& result, const QString& done = {});
    void refresh();
    void showLifeEvents(const QStringList& ids);
    void onLifeEventsChanged();
    void refreshOffer();
    void refreshChecklist();
    void refreshTimeline();
    void showMessage(const QString& text);
    counter::VisitActor actor() const;
    bool requireVisit();
    void onCardIdentity(const CardIdentity& identity);
    void identifyFromCard(const CardIdentity& identity, const std::optional<sync::ResidentRecord>& record,
                          const QString& note);
    void setRecord(const std::optional<sync::ResidentRecord>& record);
    void fetchRecord(const QString& residentId);
    // The guard's answer for `action`, audited; true when the step may go on.
    bool guardAllows(counter::SupportMeasureAction action);

    CounterServices& m_s;
    counter::Navigator m_navigator;
    counter::VisitSession m_session;
    std::optional<counter::Visit> m_visit;
    std::optional<sync::ResidentRecord> m_record;
    counter::NavigatorOffer m_offer;
    QSet<int> m_overridden; // SupportMeasureAction values a supervisor authorised on this visit
    std::optional<counter::SupportMeasureAction> m_blocked;
    QStringList m_printed;
    QStringList m_formsAwaitingSignature;
    bool m_showingStoredEvents = false; // the picker shows the stored choice: nothing to store

    std::unique_ptr<SupervisorApprovalDialog> m_approver;
    std::unique_ptr<PrintGate> m_gate;
    VisitFormPrinter* m_printer = nullptr;
    QShortcut* m_printShortcut = nullptr;
    CardReadFlow* m_cardFlow = nullptr;

    counter::SupportMeasureBanner* m_banner = nullptr;
    QLabel* m_title = nullptr;
    NameView* m_name = nullptr; // the person's name, drawn with its registered variants
    QLabel* m_identity = nullptr;
    QLabel* m_message = nullptr;
    LifeEventPicker* m_events = nullptr;
    QuestionsForm* m_questions = nullptr;
    QLabel* m_offerSummary = nullptr;
    counter::ChecklistView* m_checklist = nullptr;
    counter::VisitTimelineView* m_timeline = nullptr;
    QList<QPushButton*> m_buttons;
};

} // namespace madoguchi
