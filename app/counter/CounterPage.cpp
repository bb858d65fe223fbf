#include "counter/CounterPage.h"

#include "counter/VisitWorkspace.h"

#include "counter/QueueService.h"
#include "counter/TicketSlip.h"
#include "counter/VisitStore.h"
#include "counter/ui/CallDisplayWindow.h"
#include "counter/ui/CitizenConfirmationWindow.h"
#include "counter/ui/QueuePanel.h"
#include "sync/CoreLink.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace madoguchi {

using namespace counter;

namespace {

VisitActor actorOf(const CounterServices& s)
{
    return VisitActor{s.member.login, s.counterId};
}

} // namespace

CounterPage::CounterPage(CounterServices services, QWidget* parent)
    : QWidget(parent)
    , m_s(std::move(services))
    , m_slips(m_s.fonts)
{
    setObjectName(QStringLiteral("counterPage"));
    setAccessibleName(tr("Counter"));
    buildUi();
    refreshQueue();
    restoreOpenVisits();
}

CounterPage::~CounterPage()
{
    // The second-screen windows are top-level: they go with the page.
    delete m_callDisplay;
    delete m_citizen;
}

void CounterPage::buildUi()
{
    auto* layout = new QVBoxLayout(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("counterMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(m_message);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* issueRow = new QHBoxLayout;
    m_category = new QComboBox(left);
    m_category->setObjectName(QStringLiteral("ticketCategory"));
    m_category->setAccessibleName(tr("Ticket category"));
    const QString language = m_s.language ? m_s.language() : QStringLiteral("en");
    QList<QueuePanelCategory> panelCategories;
    for (const TicketCategory& category : m_s.queue.categories().all()) {
        m_category->addItem(QStringLiteral("%1 — %2").arg(category.prefix, category.title(language)),
                            category.id);
        panelCategories << QueuePanelCategory{category.id, category.prefix, category.title(language)};
    }
    m_issue = new QPushButton(tr("&Issue ticket (Ctrl+T)"), left);
    m_issue->setObjectName(QStringLiteral("issueTicket"));
    m_issue->setToolTip(
        tr("Issues a ticket of the chosen category and writes its slip as a PDF. Shortcut: Ctrl+T."));
    m_issue->setAccessibleName(tr("Issue ticket"));
    issueRow->addWidget(m_category, 1);
    issueRow->addWidget(m_issue);
    leftLayout->addLayout(issueRow);
    m_queue = new QueuePanel(left);
    m_queue->setObjectName(QStringLiteral("queuePanel"));
    m_queue->setCategories(panelCategories);
    leftLayout->addWidget(m_queue, 1);
    auto* screens = new QHBoxLayout;
    m_callDisplayButton = new QPushButton(tr("Call &display (Ctrl+Shift+D)"), left);
    m_callDisplayButton->setObjectName(QStringLiteral("openCallDisplay"));
    m_callDisplayButton->setToolTip(
        tr("Opens or closes the call display on the second screen. Shortcut: Ctrl+Shift+D."));
    m_citizenButton = new QPushButton(tr("Citizen &view (Ctrl+Shift+K)"), left);
    m_citizenButton->setObjectName(QStringLiteral("openCitizenView"));
    m_citizenButton->setToolTip(tr("Opens or closes the confirmation view for the citizen on the second "
                                   "screen. Shortcut: Ctrl+Shift+K."));
    screens->addWidget(m_callDisplayButton);
    screens->addWidget(m_citizenButton);
    leftLayout->addLayout(screens);
    m_folderButton = new QPushButton(tr("Output &folder…"), left);
    m_folderButton->setObjectName(QStringLiteral("chooseOutputFolder"));
    m_folderButton->setToolTip(tr("Chooses the folder where ticket slips and forms are written as PDF."));
    leftLayout->addWidget(m_folderButton);
    m_workspace = new VisitWorkspace(m_s, splitter);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    connect(m_issue, &QPushButton::clicked, this, &CounterPage::issueTicket);
    connect(m_queue, &QueuePanel::callNextRequested, this, &CounterPage::callNext);
    connect(m_queue, &QueuePanel::recallRequested, this, &CounterPage::recall);
    connect(m_queue, &QueuePanel::skipRequested, this, &CounterPage::skip);
    connect(m_callDisplayButton, &QPushButton::clicked, this, &CounterPage::toggleCallDisplay);
    connect(m_citizenButton, &QPushButton::clicked, this, &CounterPage::toggleCitizenView);
    connect(m_folderButton, &QPushButton::clicked, this, &CounterPage::chooseOutputDirectory);
    connect(m_workspace, &VisitWorkspace::visitEnded, this, [this] {
        m_queue->setCurrentTicket({});
        refreshQueue();
    });
    connect(m_workspace, &VisitWorkspace::visitChanged, this, &CounterPage::updateCitizenView);
    const std::pair<QKeySequence, void (CounterPage::*)()> keys[] = {
        {QKeySequence(Qt::CTRL | Qt::Key_T), &CounterPage::issueTicket},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), &CounterPage::toggleCallDisplay},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), &CounterPage::toggleCitizenView},
    };
    // F2, F3 and F6 are the queue panel's own shortcuts (its signals come here): a second
    // QShortcut on the same keys would make both ambiguous and neither would fire.
    for (const auto& [sequence, slot] : keys) {
        auto* shortcut = new QShortcut(sequence, this);
        connect(shortcut, &QShortcut::activated, this, slot);
    }
}

QString CounterPage::messageText() const
{
    return m_message->text();
}

void CounterPage::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setAccessibleName(text);
}

void CounterPage::showProblem(const QString& text)
{
    showMessage(tr("The counter data could not be loaded: %1").arg(text));
}

void CounterPage::issueTicket()
{
    const QString categoryId = m_category->currentData().toString();
    const TicketCategory* category = m_s.queue.categories().find(categoryId);
    if (!category) {
        showMessage(tr("Choose a ticket category first."));
        return;
    }
    const int waitingBefore = m_queue->waitingCount(categoryId);
    auto issued = m_s.queue.issueTicket(categoryId, actorOf(m_s));
    if (!issued) {
        showMessage(issued.error().message);
        return;
    }
    m_s.core.transactionQueued();
    const Visit& visit = issued.value();
    TicketSlip::Content content{m_s.wardName,        category->titleJa, category->titleEn,
                                visit.ticket.number, visit.issuedAt,    waitingBefore};
    // Whole sentences per case: a translation cannot be assembled from fragments.
    const QString number = visit.ticket.number;
    const QString path = QDir(m_s.outputDirectory).filePath(QStringLiteral("ticket-%1.pdf").arg(number));
    auto slip = m_s.tickets.document(content);
    if (!slip) {
        showMessage(tr("Ticket %1 issued. The slip could not be made: %2").arg(number, slip.error().message));
    } else if (!QDir().mkpath(m_s.outputDirectory)) {
        showMessage(tr("Ticket %1 issued. The slip could not be written to %2.").arg(number, path));
    } else {
        // Drawn and written on a worker thread: the next citizen's Ctrl+T works meanwhile (each
        // slip is a job of its own), and the file is complete even if the page closes first.
        showMessage(tr("Ticket %1 issued. Printing the slip…").arg(number));
        m_slips.writeFile(slip.value(), path, this, [this, number, path](Status written) {
            if (written) {
                m_ticketFiles << path;
                showMessage(tr("Ticket %1 issued. Slip: %2").arg(number, path));
            } else if (written.error().code == QLatin1String("documents.write")) {
                showMessage(tr("Ticket %1 issued. The slip could not be written to %2.").arg(number, path));
            } else {
                showMessage(tr("Ticket %1 issued. The slip could not be made: %2")
                                .arg(number, written.error().message));
            }
        });
    }
    refreshQueue();
}

void CounterPage::callNext()
{
    if (m_workspace->visit()) {
        showMessage(tr("Ticket %1 is being served: close, hand off or cancel it before calling the next one.")
                        .arg(m_workspace->visit()->ticket.number));
        return;
    }
    auto called = m_s.queue.callNext(actorOf(m_s));
    if (!called) {
        showMessage(called.error().message);
        return;
    }
    if (!called.value()) {
        showMessage(tr("Nobody is waiting for this counter."));
        return;
    }
    m_s.core.transactionQueued();
    const Visit& visit = *called.value();
    m_workspace->setVisit(visit);
    m_queue->setCurrentTicket(visit.ticket.number);
    announce(visit);
    showMessage(tr("Ticket %1 called.").arg(visit.ticket.number));
    refreshQueue();
}

void CounterPage::recall()
{
    const auto& visit = m_workspace->visit();
    if (!visit)
        return;
    auto recalled = m_s.queue.recall(visit->id, actorOf(m_s));
    if (!recalled) {
        showMessage(recalled.error().message);
        return;
    }
    m_s.core.transactionQueued();
    announce(recalled.value());
    showMessage(tr("Ticket %1 called again.").arg(visit->ticket.number));
}

void CounterPage::skip()
{
    const auto& visit = m_workspace->visit();
    if (!visit)
        return;
    const QString ticket = visit->ticket.number;
    auto skipped = m_s.queue.skip(visit->id, actorOf(m_s));
    if (!skipped) {
        showMessage(skipped.error().message);
        return;
    }
    m_s.core.transactionQueued();
    m_workspace->clearVisit();
    m_queue->setCurrentTicket({});
    showMessage(tr("Ticket %1 skipped.").arg(ticket));
    refreshQueue();
}

void CounterPage::refreshQueue()
{
    auto waiting = m_s.queue.waiting(m_s.counterId);
    if (!waiting) {
        showMessage(waiting.error().message);
        return;
    }
    QList<QueuePanelTicket> tickets;
    QHash<QString, int> counts;
    for (const Visit& visit : waiting.value()) {
        tickets << QueuePanelTicket{visit.ticket.number, visit.ticket.categoryId,
                                    visit.queuedAt.toLocalTime()};
        counts[visit.ticket.categoryId] += 1;
    }
    m_queue->setWaiting(tickets);
    if (m_callDisplay) {
        QList<CallDisplayWaiting> rows;
        for (const TicketCategory& category : m_s.queue.categories().all())
            rows << CallDisplayWaiting{BilingualText{category.titleJa, category.titleEn},
                                       counts.value(category.id)};
        m_callDisplay->setWaiting(rows);
    }
}

void CounterPage::announce(const Visit& visit)
{
    if (!m_callDisplay)
        return;
    // The counter as the citizen reads it, in both languages (their language is unknown).
    m_callDisplay->call(CallDisplayEntry{visit.ticket.number,
                                         BilingualText{QStringLiteral("%1 窓口").arg(m_s.counterId),
                                                       QStringLiteral("counter %1").arg(m_s.counterId)},
                                         QDateTime::currentDateTimeUtc()});
}

void CounterPage::restoreOpenVisits()
{
    auto open = m_s.store.openVisits(m_s.counterId);
    if (!open) {
        showMessage(open.error().message);
        return;
    }
    if (open.value().isEmpty())
        return;
    const Visit& visit = open.value().first();
    m_workspace->setVisit(visit, true);
    m_queue->setCurrentTicket(visit.ticket.number);
    showMessage(open.value().size() > 1
                    ? tr("%n visit(s) of this counter were reopened after a restart; serving %1 first.",
                         nullptr, int(open.value().size()))
                          .arg(visit.ticket.number)
                    : tr("Ticket %1 was reopened after a restart.").arg(visit.ticket.number));
}

void CounterPage::toggleCallDisplay()
{
    if (m_callDisplay) {
        delete m_callDisplay;
        return;
    }
    m_callDisplay = new CallDisplayWindow(m_s.japanese);
    m_callDisplay->setObjectName(QStringLiteral("counterCallDisplay"));
    m_callDisplay->setAttribute(Qt::WA_DeleteOnClose);
    m_callDisplay->showFullScreenOn();
    if (m_workspace->visit())
        announce(*m_workspace->visit());
    refreshQueue();
}

void CounterPage::toggleCitizenView()
{
    if (m_citizen) {
        delete m_citizen;
        return;
    }
    m_citizen = new CitizenConfirmationWindow(m_s.fonts, m_s.japanese);
    m_citizen->setObjectName(QStringLiteral("counterCitizenView"));
    m_citizen->setAttribute(Qt::WA_DeleteOnClose);
    m_citizen->showFullScreenOn();
    updateCitizenView();
}

void CounterPage::updateCitizenView()
{
    if (m_citizen)
        m_citizen->setFields(m_workspace->confirmationFields());
}

void CounterPage::chooseOutputDirectory()
{
    auto* dialog = new QFileDialog(this, tr("Folder for ticket slips and forms"), m_s.outputDirectory);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& directory) {
        m_s.outputDirectory = directory;
        showMessage(tr("Ticket slips and forms are written to %1.").arg(directory));
    });
    dialog->open();
}

} // namespace madoguchi
