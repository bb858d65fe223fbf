#include "counter/VisitWorkspace.h"

#include "counter/CardReadFlow.h"
#include "counter/FormDetailsDialog.h"
#include "counter/HandOffDialog.h"
#include "counter/LifeEventPicker.h"
#include "counter/ManualIdentificationDialog.h"
#include "counter/QuestionsForm.h"
#include "counter/ReasonDialog.h"
#include "counter/SupportOverrideDialog.h"
#include "counter/VisitFormPrinter.h"
#include "counter/VisitPaperwork.h"

#include "common/AuditLog.h"
#include "counter/ProcedureCatalog.h"
#include "counter/QueueService.h"
#include "counter/SupportMeasureGuard.h"
#include "counter/VisitFacts.h"
#include "counter/VisitStore.h"
#include "counter/ui/ChecklistView.h"
#include "counter/ui/SupportMeasureBanner.h"
#include "counter/ui/VisitTimelineView.h"
#include "documents/ui/NameView.h"
#include "documents/ui/SupervisorApprovalDialog.h"
#include "sync/CoreLink.h"
#include "sync/OfflinePolicy.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace madoguchi {

using namespace counter;

namespace {

// The card holds the name as "family　given" (U+3000 between).
IdentifiedPerson personFromCard(const CardIdentity& identity)
{
    IdentifiedPerson person;
    const qsizetype gap = identity.name.indexOf(QChar(0x3000));
    person.familyName = gap < 0 ? identity.name : identity.name.left(gap);
    person.givenName = gap < 0 ? QString() : identity.name.mid(gap + 1);
    person.birthDate = identity.birthDate.toString(Qt::ISODate);
    person.sex = identity.sex == CardIdentity::Sex::Male     ? QStringLiteral("male")
                 : identity.sex == CardIdentity::Sex::Female ? QStringLiteral("female")
                                                             : QString();
    person.address = identity.address;
    return person;
}

} // namespace

VisitWorkspace::VisitWorkspace(CounterServices& services, QWidget* parent)
    : QWidget(parent)
    , m_s(services)
    , m_navigator(services.catalog)
{
    setObjectName(QStringLiteral("visitWorkspace"));
    m_approver = std::make_unique<SupervisorApprovalDialog>(m_s.staff, m_s.fonts, this);
    m_gate = std::make_unique<PrintGate>(m_s.fonts, m_s.audit, *m_approver, m_s.counterId);
    m_printer = new VisitFormPrinter(m_s.forms, *m_gate, this);
    if (m_s.cardStatus) {
        m_cardFlow = new CardReadFlow(*m_s.cardStatus, m_s.audit, m_s.member, m_s.counterId, this);
        connect(m_cardFlow, &CardReadFlow::identityRead, this, &VisitWorkspace::onCardIdentity);
        connect(m_cardFlow, &CardReadFlow::failed, this, &VisitWorkspace::showMessage);
    }
    buildUi();
    retranslate();
    refresh();
}

VisitWorkspace::~VisitWorkspace()
{
    if (m_cardFlow)
        m_cardFlow->cancel();
}

void VisitWorkspace::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    m_banner = new SupportMeasureBanner(this);
    m_banner->setObjectName(QStringLiteral("supportMeasureBanner"));
    layout->addWidget(m_banner);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("visitTitle"));
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_title->setFont(big);
    layout->addWidget(m_title);
    // The name goes through the documents engine (NameView), never plain Qt text: a registered
    // variant (葛󠄂) or a character outside the BMP must look as registered.
    auto* person = new QHBoxLayout;
    m_name = new NameView(m_s.fonts, this);
    m_name->setObjectName(QStringLiteral("visitName"));
    m_name->setVisible(false);
    person->addWidget(m_name);
    m_identity = new QLabel(this);
    m_identity->setObjectName(QStringLiteral("visitIdentity"));
    m_identity->setWordWrap(true);
    m_identity->setTextFormat(Qt::PlainText);
    person->addWidget(m_identity, 1);
    layout->addLayout(person);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("visitMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(m_message);

    auto* buttons = new QGridLayout;
    const std::pair<const char*, void (VisitWorkspace::*)()> actions[] = {
        {"readCard", &VisitWorkspace::readCard},
        {"identifyManually", &VisitWorkspace::identifyManually},
        {"addProcedures", &VisitWorkspace::addOfferedProcedures},
        {"printForms", &VisitWorkspace::printForms},
        {"recordSigned", &VisitWorkspace::recordSigned},
        {"recordCertificates", &VisitWorkspace::recordCertificates},
        {"supervisorOverride", &VisitWorkspace::requestOverride},
        {"handOff", nullptr},
        {"closeVisit", &VisitWorkspace::closeVisit},
        {"cancelVisit", &VisitWorkspace::cancelVisit},
    };
    int index = 0;
    for (const auto& [name, slot] : actions) {
        QPushButton* button = slot ? addButton(QString::fromLatin1(name), slot) : nullptr;
        if (!slot) {
            button = new QPushButton(this);
            button->setObjectName(QString::fromLatin1(name));
            connect(button, &QPushButton::clicked, this, [this] { handOff(); });
            m_buttons << button;
        }
        buttons->addWidget(button, index / 5, index % 5);
        ++index;
    }
    layout->addLayout(buttons);
    addShortcut(QKeySequence(Qt::Key_F5), &VisitWorkspace::readCard);
    addShortcut(QKeySequence(Qt::Key_F7), &VisitWorkspace::identifyManually);
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), &VisitWorkspace::addOfferedProcedures);
    m_printShortcut = addShortcut(QKeySequence(Qt::CTRL | Qt::Key_P), &VisitWorkspace::printForms);
    addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), &VisitWorkspace::recordSigned);
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), &VisitWorkspace::recordCertificates);
    addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), &VisitWorkspace::requestOverride);
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &VisitWorkspace::closeVisit);
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), &VisitWorkspace::closeVisit);
    addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), &VisitWorkspace::cancelVisit);
    auto* handOffKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_H), this);
    connect(handOffKey, &QShortcut::activated, this, [this] { handOff(); });

    const QString language = m_s.language ? m_s.language() : QStringLiteral("en");
    auto* splitter = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(splitter);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_events = new LifeEventPicker(m_s.catalog, language, top);
    topLayout->addWidget(m_events);
    m_questions = new QuestionsForm(m_s.catalog, language, top);
    topLayout->addWidget(m_questions);
    m_offerSummary = new QLabel(top);
    m_offerSummary->setObjectName(QStringLiteral("offerSummary"));
    m_offerSummary->setWordWrap(true);
    topLayout->addWidget(m_offerSummary);
    m_checklist = new ChecklistView(splitter);
    m_checklist->setObjectName(QStringLiteral("visitChecklist"));
    m_timeline = new VisitTimelineView(splitter);
    m_timeline->setObjectName(QStringLiteral("visitTimeline"));
    layout->addWidget(splitter, 1);
    connect(m_events, &LifeEventPicker::selectionChanged, this, &VisitWorkspace::onLifeEventsChanged);
    connect(m_questions, &QuestionsForm::answersChanged, this, &VisitWorkspace::refreshOffer);
    connect(m_checklist, &ChecklistView::doneRequested, this, [this](const QString& id) {
        if (requireVisit())
            apply(m_s.store.updateProcedure(m_visit->id, actor(), id, ProcedureStatus::Done));
    });
    connect(m_checklist, &ChecklistView::notNeededRequested, this, [this](const QString& id) {
        if (requireVisit())
            apply(m_s.store.updateProcedure(m_visit->id, actor(), id, ProcedureStatus::NotNeeded));
    });
    connect(m_checklist, &ChecklistView::handOffRequested, this, [this](const QString& id) { handOff(id); });
}

QShortcut* VisitWorkspace::addShortcut(const QKeySequence& keys, void (VisitWorkspace::*slot)())
{
    auto* shortcut = new QShortcut(keys, this);
    connect(shortcut, &QShortcut::activated, this, slot);
    return shortcut;
}

QPushButton* VisitWorkspace::addButton(const QString& name, void (VisitWorkspace::*slot)())
{
    auto* button = new QPushButton(this);
    button->setObjectName(name);
    connect(button, &QPushButton::clicked, this, slot);
    m_buttons << button;
    return button;
}

void VisitWorkspace::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::EnabledChange && !isEnabled())
        m_session.wipe(); // the shell's lock screen disables the pages: the My Number goes
    QWidget::changeEvent(event);
}

void VisitWorkspace::retranslate()
{
    const QStringList texts = {tr("Read card (F5)"),
                               tr("Identify without card (F7)"),
                               tr("Add procedures (Ctrl+K)"),
                               tr("Print forms (Ctrl+P)"),
                               tr("Signed (Ctrl+Shift+S)"),
                               tr("Certificates and fees (Ctrl+E)"),
                               tr("Supervisor (Ctrl+Shift+O)"),
                               tr("Hand off (Ctrl+H)"),
                               tr("Close visit (Ctrl+Enter)"),
                               tr("Cancel visit (Ctrl+Shift+X)")};
    const QStringList tips = {
        tr("Reads the citizen's My Number card with their PIN, then the resident record from the core."),
        tr("Identifies the person from another ID document, with a reason."),
        tr("Adds the procedures the life events bring to the checklist."),
        tr("Prints the application forms to PDF for the citizen to sign."),
        tr("Records that the printed forms were signed."),
        tr("Records the certificates requested and the fees due."),
        tr("A supervisor authorises a request the support measure blocks, with a reason."),
        tr("Passes the visit to another counter or department with a note."),
        tr("Closes the visit after a confirmation."),
        tr("Ends the visit without it being done, with a reason.")};
    for (int i = 0; i < m_buttons.size() && i < texts.size(); ++i) {
        m_buttons[i]->setText(texts[i]);
        m_buttons[i]->setToolTip(tips[i]);
        m_buttons[i]->setAccessibleName(texts[i]);
        m_buttons[i]->setAccessibleDescription(tips[i]);
    }
    refresh();
}

VisitActor VisitWorkspace::actor() const
{
    return VisitActor{m_s.member.login, m_s.counterId};
}

QString VisitWorkspace::messageText() const
{
    return m_message->text();
}

QString VisitWorkspace::identityText() const
{
    return m_name->isVisible() ? m_name->text() + u' ' + m_identity->text() : m_identity->text();
}

void VisitWorkspace::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setAccessibleName(text);
}

bool VisitWorkspace::requireVisit()
{
    if (m_visit)
        return true;
    showMessage(tr("No visit is being served: call the next ticket first (F2)."));
    return false;
}

bool VisitWorkspace::apply(const Result<Visit>& result, const QString& done)
{
    if (!result) {
        showMessage(result.error().message);
        return false;
    }
    m_visit = result.value();
    m_s.core.transactionQueued();
    if (!done.isEmpty())
        showMessage(done);
    refresh();
    Q_EMIT visitChanged();
    return true;
}

void VisitWorkspace::setVisit(const Visit& visit, bool restored)
{
    m_visit = visit;
    m_record.reset();
    m_overridden.clear();
    m_blocked.reset();
    m_printed.clear();
    m_formsAwaitingSignature.clear();
    m_session.begin(visit.id);
    m_questions->clearAnswers();
    showLifeEvents(visit.lifeEvents); // as stored: after a restart or a hand-off they are back
    showMessage(restored
                    ? tr("Ticket %1 was reopened where it stood after a restart. The My Number read before "
                         "is gone: read the card again (F5) if it is needed.")
                          .arg(visit.ticket.number)
                    : tr("Ticket %1 called.").arg(visit.ticket.number));
    if (visit.identification && !visit.identification->residentId.isEmpty())
        fetchRecord(visit.identification->residentId);
    refresh();
    Q_EMIT visitChanged();
}

void VisitWorkspace::clearVisit()
{
    if (m_cardFlow)
        m_cardFlow->cancel();
    m_session.end();
    m_visit.reset();
    m_record.reset();
    m_offer = {};
    m_overridden.clear();
    m_blocked.reset();
    m_formsAwaitingSignature.clear();
    m_events->setSelected({});
    m_questions->clearAnswers();
    refresh();
    Q_EMIT visitChanged();
}

void VisitWorkspace::refresh()
{
    m_banner->setRestricted(isRestricted());
    m_name->setVisible(false);
    if (!m_visit) {
        m_title->setText(tr("No visit being served"));
        m_identity->setText(tr("Call the next ticket (F2) to begin."));
        m_checklist->setItems({});
        m_timeline->setEntries({});
        return;
    }
    m_title->setText(tr("Ticket %1 — %2").arg(m_visit->ticket.number, VisitStates::title(m_visit->state)));
    if (!m_visit->identification) {
        m_identity->setText(tr("Not identified yet: read the card (F5) or identify without it (F7)."));
    } else {
        const Identification& id = *m_visit->identification;
        m_name->setText(id.person.familyName + u'\u3000' + id.person.givenName);
        m_name->setVisible(true);
        const QString how = Identification::sourceName(id.source) == QLatin1String("card")
                                ? tr("identified by card")
                                : tr("identified by %1").arg(IdentificationDocuments::title(id.document));
        // Whole sentences per case: a translation cannot be assembled from fragments.
        const QString text =
            m_session.hasMyNumber()
                ? tr("(%1) — %2, %3 — My Number %4")
                      .arg(id.person.birthDate, how, RequestKinds::title(id.requestKind),
                           m_session.maskedMyNumber())
                : tr("(%1) — %2, %3").arg(id.person.birthDate, how, RequestKinds::title(id.requestKind));
        m_identity->setText(text);
    }
    m_identity->setAccessibleName(m_identity->text());
    refreshChecklist();
    refreshTimeline();
}

void VisitWorkspace::showLifeEvents(const QStringList& ids)
{
    m_showingStoredEvents = true;
    m_events->setSelected(ids); // emits selectionChanged: the offer follows
    m_showingStoredEvents = false;
}

void VisitWorkspace::onLifeEventsChanged()
{
    // The clerk's choice is stored with the visit (not what setVisit() shows from the store: an
    // id the ward has since taken out of the catalog must not be dropped by merely showing it).
    if (m_visit && !m_showingStoredEvents) {
        const QStringList chosen = m_events->selected();
        if (chosen != m_visit->lifeEvents) {
            Result<Visit> stored = m_s.store.chooseLifeEvents(m_visit->id, actor(), chosen);
            if (!stored) {
                showMessage(stored.error().message);
                showLifeEvents(m_visit->lifeEvents); // shown as stored
                return;
            }
            m_visit = stored.value();
            refreshTimeline();
        }
    }
    refreshOffer();
}

void VisitWorkspace::refreshOffer()
{
    const QStringList events = m_events->selected();
    if (events.isEmpty()) {
        m_offer = {};
        m_questions->setQuestions({});
        m_offerSummary->setText(QString());
        return;
    }
    const QDate today = QDate::currentDate();
    VisitFacts facts =
        m_record ? VisitFacts::fromRecord(*m_record, today, m_questions->answers()) : VisitFacts();
    if (!m_record) {
        for (auto it = m_questions->answers().cbegin(); it != m_questions->answers().cend(); ++it)
            facts.answer(it.key(), it.value());
        if (m_visit && m_visit->identification)
            facts.setBirthDate(QDate::fromString(m_visit->identification->person.birthDate, Qt::ISODate),
                               today);
    }
    if (m_visit && m_visit->identification && m_visit->identification->source == IdentificationSource::Card)
        facts.setKnown(VisitFacts::hasMyNumberCard, true);
    auto offer = m_navigator.offer(events, facts);
    if (!offer) {
        showMessage(offer.error().message);
        return;
    }
    m_offer = offer.value();
    m_questions->setQuestions(m_offer.questions);
    const int offered = int(m_offer.inState(OfferState::Offered).size());
    const int askFirst = int(m_offer.inState(OfferState::AskFirst).size());
    // Whole sentences: a translation cannot be assembled from fragments.
    m_offerSummary->setText(
        askFirst > 0
            ? tr("%1 procedure(s) offered, %2 of them waiting for an answer above. Ctrl+K adds them to "
                 "the checklist.")
                  .arg(offered)
                  .arg(askFirst)
            : tr("%n procedure(s) offered. Ctrl+K adds them to the checklist.", nullptr, offered));
}

void VisitWorkspace::refreshChecklist()
{
    const QString language = m_s.language ? m_s.language() : QStringLiteral("en");
    QList<ChecklistItem> items;
    for (const VisitProcedure& line : m_visit->procedures) {
        ChecklistItem item;
        item.procedureId = line.procedureId;
        item.status = line.status;
        item.note = line.note;
        if (const Procedure* procedure = m_s.catalog.procedure(line.procedureId)) {
            item.title = procedure->title.in(language);
            item.department = procedure->department.in(language);
            for (const CatalogText& document : procedure->documents)
                item.requiredDocuments << document.in(language);
        } else {
            item.title = line.procedureId;
        }
        for (const OfferedProcedure& offered : m_offer.procedures) {
            if (offered.procedure.id == line.procedureId)
                item.reason = m_navigator.describeReasons(offered, language).join(QStringLiteral("; "));
        }
        items << item;
    }
    const QString current = m_checklist->currentProcedureId();
    m_checklist->setItems(items);
    if (!current.isEmpty())
        m_checklist->setCurrentProcedure(current);
}

void VisitWorkspace::refreshTimeline()
{
    auto entries = m_s.store.timeline(m_visit->id, &m_s.staff);
    if (!entries)
        return;
    QList<TimelineEntry> rows;
    for (const VisitTimelineEntry& entry : entries.value())
        rows << TimelineEntry{entry.event.at.toLocalTime(), entry.staffName, entry.event.counterId,
                              VisitEventKinds::title(entry.event.kind), entry.event.note};
    m_timeline->setEntries(rows);
}

// --- identification ---------------------------------------------------------------------------

void VisitWorkspace::readCard()
{
    if (!requireVisit())
        return;
    if (!m_cardFlow) {
        showMessage(tr("There is no card reader service on this PC: identify without the card (F7)."));
        return;
    }
    showMessage(tr("Checking the card…"));
    m_cardFlow->start();
}

void VisitWorkspace::onCardIdentity(const CardIdentity& identity)
{
    CardIdentity copy = identity;
    const Status kept = m_session.setMyNumber(copy.myNumber);
    copy.myNumber.fill(QLatin1Char('0')); // our copy; the session holds the only one now
    copy.myNumber.clear();
    if (!kept) {
        showMessage(kept.error().message);
        return;
    }
    if (m_visit && m_visit->isIdentified()) {
        showMessage(tr("Card read again: the My Number is held for this visit."));
        refresh();
        return;
    }
    if (m_s.core.monitor().state() == sync::ConnectionMonitor::State::Offline) {
        identifyFromCard(
            copy, std::nullopt,
            sync::OfflinePolicy::checkOffline(sync::Operation::ResidentLookupByMyNumber).error().message +
                QLatin1Char(' ') + tr("Identified from the card alone."));
        return;
    }
    showMessage(tr("Card read. Looking up the resident record…"));
    QString number = m_session.myNumber();
    m_s.core.client().residentByMyNumber(number, this, [this, copy](Result<sync::ResidentRecord> found) {
        if (!found) {
            identifyFromCard(copy, std::nullopt,
                             tr("The resident record could not be read (%1); identified from the card alone.")
                                 .arg(found.error().message));
            return;
        }
        identifyFromCard(copy, found.value(), tr("Card read and resident record found."));
    });
    number.fill(QLatin1Char('0'));
}

void VisitWorkspace::identifyFromCard(const CardIdentity& identity,
                                      const std::optional<sync::ResidentRecord>& record, const QString& note)
{
    if (!m_visit)
        return;
    Identification id;
    id.source = IdentificationSource::Card;
    id.document = IdentificationDocument::MyNumberCard;
    id.requestKind = RequestKind::Self;
    id.person = record ? IdentifiedPerson::fromRecord(*record) : personFromCard(identity);
    id.residentId = record ? record->residentId : QString();
    if (apply(m_s.store.identify(m_visit->id, actor(), id), note))
        setRecord(record);
}

void VisitWorkspace::identifyManually()
{
    if (!requireVisit())
        return;
    auto* dialog = new ManualIdentificationDialog(m_s.core, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const std::optional<sync::ResidentRecord> record = dialog->record();
        if (apply(m_s.store.identify(m_visit->id, actor(), dialog->identification()),
                  tr("Identified without the card.")))
            setRecord(record);
    });
    dialog->open();
}

void VisitWorkspace::fetchRecord(const QString& residentId)
{
    if (m_s.core.monitor().state() == sync::ConnectionMonitor::State::Offline)
        return; // the record comes back with the next identification; the visit works without it
    m_s.core.client().resident(residentId, this, [this, residentId](Result<sync::ResidentRecord> found) {
        if (found && m_visit && m_visit->identification && m_visit->identification->residentId == residentId)
            setRecord(found.value());
    });
}

void VisitWorkspace::setRecord(const std::optional<sync::ResidentRecord>& record)
{
    m_record = record;
    if (record) {
        AuditEntry entry;
        entry.actor = m_s.member.login;
        entry.role = roleName(m_s.member.role);
        entry.workstation = m_s.counterId.isNull() ? QStringLiteral("") : m_s.counterId;
        entry.action = QStringLiteral("counter.resident.read");
        entry.objectId = record->residentId;
        entry.detail =
            QStringLiteral("resident record shown for visit %1").arg(m_visit ? m_visit->id : QString());
        if (const Status written = m_s.audit.append(entry); !written) {
            m_record.reset();
            showMessage(tr("The resident record is not shown: the audit record could not be written: %1")
                            .arg(written.error().toString()));
        }
    }
    if (isRestricted()) {
        // The citizen-facing screen never shows a protected address; the decision is audited.
        guardAllows(SupportMeasureAction::CitizenViewDisplay);
        if (m_visit->identification->requestKind != RequestKind::Self)
            guardAllows(SupportMeasureAction::AddressDisclosure);
    }
    refreshOffer();
    refresh();
    Q_EMIT visitChanged();
}

QList<ConfirmationField> VisitWorkspace::confirmationFields() const
{
    QList<ConfirmationField> fields;
    if (!m_visit || !m_visit->identification)
        return fields;
    const Identification& id = *m_visit->identification;
    fields << ConfirmationField{QStringLiteral("name"),
                                {QStringLiteral("氏名"), QStringLiteral("Name")},
                                id.person.familyName + QChar(0x3000) + id.person.givenName,
                                true,
                                false};
    if (!id.person.familyKana.isEmpty())
        fields << ConfirmationField{QStringLiteral("kana"),
                                    {QStringLiteral("フリガナ"), QStringLiteral("Reading")},
                                    id.person.familyKana + QChar(0x3000) + id.person.givenKana,
                                    false,
                                    false};
    fields << ConfirmationField{QStringLiteral("birthDate"),
                                {QStringLiteral("生年月日"), QStringLiteral("Date of birth")},
                                id.person.birthDate,
                                false,
                                false};
    // A restricted resident's address is never on this screen, whoever asks: hidden, no value.
    const bool hidden = isRestricted();
    fields << ConfirmationField{QStringLiteral("address"),
                                {QStringLiteral("住所"), QStringLiteral("Address")},
                                hidden ? QString() : id.person.address,
                                true,
                                hidden};
    fields << ConfirmationField{QStringLiteral("requestKind"),
                                {QStringLiteral("請求者"), QStringLiteral("Requested by")},
                                RequestKinds::title(id.requestKind),
                                false,
                                false};
    if (!m_visit->procedures.isEmpty()) {
        QStringList titles;
        for (const VisitProcedure& line : m_visit->procedures) {
            if (const Procedure* procedure = m_s.catalog.procedure(line.procedureId))
                titles << procedure->title.ja;
        }
        fields << ConfirmationField{QStringLiteral("procedures"),
                                    {QStringLiteral("お手続き"), QStringLiteral("Procedures")},
                                    titles.join(QStringLiteral("、")),
                                    false,
                                    false};
    }
    return fields;
}

// --- support measures --------------------------------------------------------------------------

bool VisitWorkspace::guardAllows(SupportMeasureAction action)
{
    if (!m_visit || !m_visit->identification)
        return false;
    if (m_overridden.contains(int(action)))
        return true;
    SupportMeasureRequest request;
    request.residentId = m_visit->identification->residentId;
    request.restricted = isRestricted();
    request.requestKind = m_visit->identification->requestKind;
    request.action = action;
    request.visitId = m_visit->id;
    if (!request.restricted)
        return true;
    auto decision = m_s.guard.decide(request, m_s.member);
    if (!decision) {
        showMessage(decision.error().message);
        return false;
    }
    if (decision.value().isAllowed())
        return true;
    if (decision.value().verdict == SupportMeasureVerdict::NeedsSupervisor)
        m_blocked = action;
    if (action != SupportMeasureAction::CitizenViewDisplay)
        showMessage(decision.value().message + QLatin1Char(' ') +
                    (decision.value().verdict == SupportMeasureVerdict::NeedsSupervisor
                         ? tr("A supervisor may authorise it with a reason (Ctrl+Shift+O).")
                         : QString()));
    return false;
}

void VisitWorkspace::requestOverride()
{
    if (!requireVisit())
        return;
    if (!m_blocked) {
        showMessage(tr("Nothing is blocked by a support measure on this visit."));
        return;
    }
    const SupportMeasureAction action = *m_blocked;
    auto* dialog = new SupportOverrideDialog(m_s.staff,
                                             tr("The person is under a support measure. A supervisor may "
                                                "authorise this request (%1) with a reason.")
                                                 .arg(SupportMeasureGuard::actionName(action)),
                                             this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, action] {
        if (!m_visit || !m_visit->identification)
            return;
        SupportMeasureRequest request;
        request.residentId = m_visit->identification->residentId;
        request.restricted = isRestricted();
        request.requestKind = m_visit->identification->requestKind;
        request.action = action;
        request.visitId = m_visit->id;
        auto decision = m_s.guard.override(request, m_s.member, dialog->supervisorLogin(), dialog->reason());
        if (!decision) {
            showMessage(decision.error().message);
            return;
        }
        if (apply(m_s.store.recordSupportMeasureOverride(m_visit->id, actor(), decision.value(), action,
                                                         dialog->reason()),
                  tr("Authorised by supervisor %1.").arg(dialog->supervisorLogin()))) {
            m_overridden.insert(int(action));
            m_blocked.reset();
        }
    });
    dialog->open();
}

// --- procedures, forms, certificates ----------------------------------------------------------

void VisitWorkspace::addOfferedProcedures()
{
    if (!requireVisit())
        return;
    QList<VisitProcedure> procedures;
    for (const OfferedProcedure& offered : m_offer.inState(OfferState::Offered))
        procedures << VisitProcedure{offered.procedure.id, ProcedureStatus::Pending, QString()};
    if (procedures.isEmpty()) {
        showMessage(
            tr("No procedure is offered yet: choose the life events (Alt+1…9) and answer the questions."));
        return;
    }
    apply(m_s.store.chooseProcedures(m_visit->id, actor(), procedures),
          tr("%n procedure(s) on the checklist.", nullptr, int(procedures.size())));
}

void VisitWorkspace::setPrinting(bool printing)
{
    // One print run at a time: the button and Ctrl+P are off until its answer has come.
    if (QPushButton* button = findChild<QPushButton*>(QStringLiteral("printForms")))
        button->setEnabled(!printing);
    m_printShortcut->setEnabled(!printing);
}

void VisitWorkspace::printForms()
{
    if (!requireVisit())
        return;
    if (m_printer->isBusy()) {
        showMessage(tr("The forms are still being printed: wait for them to be written."));
        return;
    }
    const QStringList forms = VisitPaperwork::forms(*m_visit, m_s.catalog);
    if (forms.isEmpty()) {
        showMessage(tr("No procedure on the checklist needs a form."));
        return;
    }
    const auto action = VisitPaperwork::hasCertificateForm(forms) ? SupportMeasureAction::CertificateIssuance
                                                                  : SupportMeasureAction::AddressDisclosure;
    if (!guardAllows(action))
        return;
    FormDetailsDialog::Details details;
    details.moveDate = QDate::currentDate();
    if (m_record) {
        details.newAddress = m_record->address.fullText;
        if (m_record->previousAddress)
            details.previousAddress = m_record->previousAddress->fullText;
    } else if (m_visit->identification) {
        details.newAddress = m_visit->identification->person.address;
    }
    const bool hasMove = !VisitPaperwork::moveKind(*m_visit).isEmpty();
    auto* dialog = new FormDetailsDialog(details, hasMove, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, forms] {
        if (!m_visit)
            return;
        const FormDetailsDialog::Details values = dialog->details();
        VisitPaperwork::Extra extra;
        extra.today = QDate::currentDate();
        extra.moveDate = values.moveDate;
        extra.previousAddress = values.previousAddress;
        extra.newAddress = values.newAddress;
        extra.purpose = values.purpose;
        extra.office = FormContext::Office{m_s.wardName, m_s.counterId, m_s.member.displayName};
        const FormContext context = VisitPaperwork::context(*m_visit, m_record, m_s.catalog, extra);
        showMessage(tr("Printing %n form(s)…", nullptr, int(forms.size())));
        setPrinting(true);
        // The answer comes through the event loop (the PDFs are drawn and written on worker
        // threads); the printer is this widget's child, so it never comes to a dead workspace.
        const QString visitId = m_visit->id;
        const QString ticket = m_visit->ticket.number;
        m_printer->print(
            forms, context, m_s.member, m_s.outputDirectory, ticket,
            [this, forms, visitId, ticket](Result<QStringList> written) {
                setPrinting(false);
                if (!written) {
                    showMessage(written.error().message);
                    return;
                }
                const QString files = written.value().join(QStringLiteral(", "));
                // The visit may have been closed, handed off or cancelled meanwhile.
                if (!m_visit || m_visit->id != visitId) {
                    showMessage(tr("The forms of ticket %1 were written to %2.").arg(ticket, files));
                    return;
                }
                m_printed << written.value();
                m_formsAwaitingSignature = forms;
                showMessage(
                    tr("Forms printed to %1. When the citizen has signed, press Ctrl+Shift+S.").arg(files));
            });
    });
    dialog->open();
}

void VisitWorkspace::recordSigned()
{
    if (!requireVisit())
        return;
    if (m_formsAwaitingSignature.isEmpty()) {
        showMessage(tr("Print the forms first (Ctrl+P)."));
        return;
    }
    if (apply(m_s.store.recordFormsPrinted(m_visit->id, actor(), m_formsAwaitingSignature),
              tr("The forms are recorded as printed and signed.")))
        m_formsAwaitingSignature.clear();
}

void VisitWorkspace::recordCertificates()
{
    if (!requireVisit())
        return;
    const QList<VisitCertificate> certificates = VisitPaperwork::certificates(*m_visit, m_s.catalog);
    if (certificates.isEmpty()) {
        showMessage(tr("No procedure on the checklist asks for a certificate."));
        return;
    }
    if (!guardAllows(SupportMeasureAction::CertificateIssuance))
        return;
    qint64 total = 0;
    for (const VisitCertificate& certificate : certificates)
        total += certificate.feeYen;
    apply(m_s.store.requestCertificates(m_visit->id, actor(), certificates),
          tr("%n certificate request(s) recorded; fees due: %1 yen.", nullptr, int(certificates.size()))
              .arg(total));
}

// --- hand-off, close, cancel ------------------------------------------------------------------

void VisitWorkspace::handOff(const QString& procedureId)
{
    if (!requireVisit())
        return;
    const QString language = m_s.language ? m_s.language() : QStringLiteral("en");
    QList<QPair<QString, QString>> pending;
    for (const VisitProcedure& line : m_visit->procedures) {
        if (line.status != ProcedureStatus::Pending)
            continue;
        const Procedure* procedure = m_s.catalog.procedure(line.procedureId);
        pending << qMakePair(line.procedureId, procedure ? procedure->title.in(language) : line.procedureId);
    }
    QStringList departments;
    for (const TicketCategory& category : m_s.queue.categories().all()) {
        for (const QString& department : category.departments) {
            if (!departments.contains(department))
                departments << department;
        }
    }
    auto* dialog = new HandOffDialog(m_s.counterId, departments, pending,
                                     procedureId.isEmpty() ? QStringList() : QStringList{procedureId}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_visit &&
            apply(m_s.store.handOff(m_visit->id, actor(), dialog->handOff()), tr("Visit handed off."))) {
            clearVisit();
            Q_EMIT visitEnded();
        }
    });
    dialog->open();
}

void VisitWorkspace::closeVisit()
{
    if (!requireVisit())
        return;
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Close the visit"),
                        tr("Close the visit of ticket %1? Nothing more can be recorded on it afterwards.")
                            .arg(m_visit->ticket.number),
                        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("closeConfirmation"));
    box->setDefaultButton(QMessageBox::Yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->clickedButton() != box->button(QMessageBox::Yes) || !m_visit)
            return;
        const QString ticket = m_visit->ticket.number;
        if (apply(m_s.store.close(m_visit->id, actor()))) {
            clearVisit();
            showMessage(tr("Visit %1 closed.").arg(ticket));
            Q_EMIT visitEnded();
        }
    });
    box->open();
}

void VisitWorkspace::cancelVisit()
{
    if (!requireVisit())
        return;
    auto* dialog = new ReasonDialog(tr("Cancel the visit"), tr("Why is the visit cancelled?"),
                                    tr("Cancel the &visit"), this);
    dialog->setObjectName(QStringLiteral("cancelVisitDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_visit)
            return;
        const QString ticket = m_visit->ticket.number;
        if (apply(m_s.store.cancel(m_visit->id, actor(), dialog->reason()))) {
            clearVisit();
            showMessage(tr("Visit %1 cancelled.").arg(ticket));
            Q_EMIT visitEnded();
        }
    });
    dialog->open();
}

} // namespace madoguchi
