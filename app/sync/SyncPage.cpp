#include "sync/SyncPage.h"

#include "InlineError.h"
#include "common/AuditLog.h"
#include "common/Role.h"
#include "common/SecretStore.h"
#include "sync/ConnectionMonitor.h"
#include "sync/CoreConfigLoader.h"
#include "sync/CoreLink.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace madoguchi {

using sync::OutboxItem;
using sync::OutboxState;

namespace {

enum Column { Created, Visit, Sequence, State, Attempts, NextAttempt, Reason, ColumnCount };

QString stateText(const OutboxItem& item)
{
    switch (item.state) {
    case OutboxState::Queued:
        return SyncPage::tr("Waiting");
    case OutboxState::Sending:
        return SyncPage::tr("Sending");
    case OutboxState::Delivered:
        return SyncPage::tr("Delivered");
    case OutboxState::Failed:
        return item.blocked ? SyncPage::tr("Refused — needs a retry")
                            : SyncPage::tr("Failed — retried automatically");
    }
    return {};
}

QString timeText(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

} // namespace

SyncPage::SyncPage(sync::CoreLink& link, AuditLog& audit, SecretStore& secrets, StaffMember actor,
                   QString workstation, std::function<void()> reconfigure, QWidget* parent)
    : QWidget(parent)
    , m_link(link)
    , m_audit(audit)
    , m_secrets(secrets)
    , m_actor(std::move(actor))
    , m_workstation(std::move(workstation))
    , m_reconfigure(std::move(reconfigure))
{
    setObjectName(QStringLiteral("syncPage"));
    auto* layout = new QVBoxLayout(this);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("syncState"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("syncSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_state);
    layout->addWidget(m_summary);

    auto* filterRow = new QHBoxLayout;
    m_filterLabel = new QLabel(this);
    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("syncFilter"));
    m_filterLabel->setBuddy(m_filter);
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addStretch();
    layout->addLayout(filterRow);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("syncTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);

    m_message = new InlineError(this);
    layout->addWidget(m_message);

    auto* buttons = new QHBoxLayout;
    m_refresh = new QPushButton(this);
    m_check = new QPushButton(this);
    m_retry = new QPushButton(this);
    m_retry->setObjectName(QStringLiteral("syncRetry"));
    m_passphrase = new QPushButton(this);
    m_passphrase->setVisible(m_actor.role == Role::Admin);
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_check);
    buttons->addWidget(m_retry);
    buttons->addStretch();
    buttons->addWidget(m_passphrase);
    layout->addLayout(buttons);

    auto* refreshKey = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(refreshKey, &QShortcut::activated, this, &SyncPage::refresh);
    // A QShortcut, not QPushButton::setShortcut: the button's translated text may carry its own
    // mnemonic, which would replace a button shortcut on every retranslation.
    auto* retryKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    connect(retryKey, &QShortcut::activated, this, &SyncPage::retrySelected);
    connect(m_refresh, &QPushButton::clicked, this, &SyncPage::refresh);
    connect(m_check, &QPushButton::clicked, this, [this] { m_link.monitor().checkNow(); });
    connect(m_retry, &QPushButton::clicked, this, &SyncPage::retrySelected);
    connect(m_passphrase, &QPushButton::clicked, this, &SyncPage::setPassphrase);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &SyncPage::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SyncPage::updateButtons);
    connect(&m_link.sender(), &sync::OutboxSender::queueChanged, this, &SyncPage::refresh);
    connect(&m_link.monitor(), &sync::ConnectionMonitor::bannerChanged, this, &SyncPage::refresh);
    connect(&m_link.monitor(), &sync::ConnectionMonitor::stateChanged, this, &SyncPage::refresh);

    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_retry);
    setTabOrder(m_retry, m_refresh);
    setTabOrder(m_refresh, m_check);
    retranslate();
}

QString SyncPage::message() const
{
    return m_message->text();
}

void SyncPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SyncPage::retranslate()
{
    const int filter = m_filter->currentIndex();
    const QSignalBlocker block(m_filter);
    m_filter->clear();
    m_filter->addItems({tr("Not yet sent"), tr("Failed"), tr("All (latest 200)")});
    m_filter->setCurrentIndex(filter < 0 ? 0 : filter);
    m_filter->setAccessibleName(tr("Show"));
    m_filterLabel->setText(tr("&Show:"));
    m_table->setHorizontalHeaderLabels({tr("Created"), tr("Visit"), tr("No."), tr("State"), tr("Attempts"),
                                        tr("Next attempt"), tr("Reason")});
    m_table->setAccessibleName(tr("Transactions for the core system"));
    m_refresh->setText(tr("Refresh (F5)"));
    m_check->setText(tr("Check the connection now"));
    m_retry->setText(tr("Retry the selected transaction (Ctrl+R)"));
    m_retry->setToolTip(
        tr("Sends a refused transaction again, and after it the visit's later ones (Ctrl+R)."));
    m_passphrase->setText(tr("Client certificate passphrase…"));
    refresh();
}

QList<OutboxState> SyncPage::filterStates() const
{
    switch (m_filter->currentIndex()) {
    case 0:
        return {OutboxState::Queued, OutboxState::Sending, OutboxState::Failed};
    case 1:
        return {OutboxState::Failed};
    default:
        return {};
    }
}

void SyncPage::refresh()
{
    const sync::ConnectionMonitor& monitor = m_link.monitor();
    QString state = tr("Connection: %1").arg(sync::ConnectionMonitor::stateName(monitor.state()));
    if (!monitor.isOnline() && !monitor.lastError().message.isEmpty())
        state += QLatin1Char('\n') + monitor.lastError().toString();
    m_state->setText(state);

    const auto counts = m_link.outbox().counts();
    if (!counts) {
        m_summary->setText(QString());
        m_message->showMessage(counts.error().toString());
        return;
    }
    const sync::OutboxCounts& c = counts.value();
    m_summary->setText(
        tr("Waiting: %1 · Sending: %2 · Failed: %3 (of which need a retry: %4) · Delivered: %5")
            .arg(c.queued)
            .arg(c.sending + m_link.sender().itemsInFlight())
            .arg(c.failed)
            .arg(c.blocked)
            .arg(c.delivered));
    m_summary->setAccessibleName(m_summary->text());

    const qint64 selected = m_table->currentRow() >= 0 && m_table->currentRow() < m_items.size()
                                ? m_items.at(m_table->currentRow()).id
                                : 0;
    const auto items = m_link.outbox().items(filterStates());
    if (!items) {
        m_message->showMessage(items.error().toString());
        return;
    }
    m_items = items.value();
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const OutboxItem& item = m_items.at(row);
        const QStringList cells = {timeText(item.createdAt),
                                   item.visitId.left(8),
                                   QString::number(item.sequence),
                                   stateText(item),
                                   QString::number(item.attempts),
                                   timeText(item.nextAttemptAt),
                                   item.lastError};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* cell = new QTableWidgetItem(cells.at(column));
            if (column == Visit)
                cell->setToolTip(item.visitId);
            m_table->setItem(row, column, cell);
        }
        if (item.id == selected)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

void SyncPage::updateButtons()
{
    const int row = m_table->currentRow();
    const bool failed = row >= 0 && row < m_items.size() && m_table->selectionModel()->hasSelection() &&
                        m_items.at(row).state == OutboxState::Failed;
    m_retry->setEnabled(failed);
}

void SyncPage::retrySelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_items.size() || m_items.at(row).state != OutboxState::Failed)
        return;
    const OutboxItem item = m_items.at(row);
    // The supervisor's decision is recorded first: no retry that the audit log does not know.
    AuditEntry entry;
    entry.actor = m_actor.login;
    entry.role = roleName(m_actor.role);
    entry.workstation = m_workstation;
    entry.action = QStringLiteral("sync.retry");
    entry.objectId = QStringLiteral("outbox:") + QString::number(item.id);
    entry.detail = QStringLiteral("visit %1 sequence %2, last error %3")
                       .arg(item.visitId)
                       .arg(item.sequence)
                       .arg(item.lastErrorCode);
    if (const Status logged = m_audit.append(entry); !logged) {
        m_message->showMessage(tr("The retry was not started because the audit log could not record it: %1")
                                   .arg(logged.error().toString()));
        return;
    }
    if (const Status retried = m_link.outbox().retry(item.id); !retried) {
        m_message->showMessage(retried.error().toString());
        return;
    }
    m_message->clear();
    m_link.transactionQueued();
    refresh();
}

void SyncPage::setPassphrase()
{
    bool ok = false;
    const QString passphrase =
        QInputDialog::getText(this, tr("Client certificate passphrase"),
                              tr("Passphrase of this PC's client certificate (PKCS#12). It is stored in the "
                                 "system keychain, never in a settings file."),
                              QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    QByteArray bytes = passphrase.toUtf8();
    m_secrets.write(sync::CoreConfigLoader::passphraseKey(), bytes, this, [this](const Status& written) {
        if (!written) {
            m_message->showMessage(written.error().toString());
            return;
        }
        m_message->clear();
        if (m_reconfigure)
            m_reconfigure();
    });
    bytes.fill('\0');
}

} // namespace madoguchi
