#include "DiagnosticsPage.h"

#include "selftest/SelfTest.h"
#include "selftest/SelfTestReport.h"

#include "common/DataKeyStatus.h"
#include "common/LogSink.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QSysInfo>
#include <QTableWidget>
#include <QVBoxLayout>

namespace madoguchi {

namespace {

enum Column { StateColumn, CheckColumn, DetailColumn, RemedyColumn, ColumnCount };

QIcon stateIcon(const QStyle* style, CheckResult::State state)
{
    switch (state) {
    case CheckResult::State::Ok:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case CheckResult::State::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case CheckResult::State::Problem:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxCritical);
}

QTableWidgetItem* readOnlyItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

DiagnosticsPage::DiagnosticsPage(Inputs inputs, SecretStore& secrets, QWidget* parent)
    : QWidget(parent)
    , m_inputs(std::move(inputs))
    , m_secrets(secrets)
{
    buildUi();
}

DiagnosticsPage::~DiagnosticsPage() = default;

void DiagnosticsPage::buildUi()
{
    setAccessibleName(tr("Diagnostics"));
    auto* layout = new QVBoxLayout(this);

    auto* heading = new QLabel(tr("Diagnostics"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    heading->setFont(headingFont);
    heading->setAccessibleName(tr("Diagnostics"));
    layout->addWidget(heading);

    m_facts = new QLabel(this);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setAccessibleName(tr("Installation facts"));
    layout->addWidget(m_facts);

    m_crashNotice = new QLabel(this);
    m_crashNotice->setWordWrap(true);
    m_crashNotice->setTextFormat(Qt::PlainText);
    m_crashNotice->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_crashNotice->setAccessibleName(tr("Last crash report"));
    m_crashNotice->hide();
    layout->addWidget(m_crashNotice);

    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Self-test status"));
    layout->addWidget(m_status);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("State"), tr("Check"), tr("Detail"), tr("What to do")});
    m_table->setAccessibleName(tr("Self-test results"));
    m_table->setAccessibleDescription(tr("One row per check: state, check, what was found and what to do."));
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Keyboard users leave the table with Tab instead of moving between cells.
    m_table->setTabKeyNavigation(false);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CheckColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(RemedyColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    m_runButton = new QPushButton(tr("&Run again (F5)"), this);
    m_runButton->setShortcut(QKeySequence(Qt::Key_F5));
    m_runButton->setAccessibleName(tr("Run the self-test again"));
    connect(m_runButton, &QPushButton::clicked, this, &DiagnosticsPage::runChecks);
    m_copyButton = new QPushButton(tr("&Copy report"), this);
    m_copyButton->setAccessibleName(tr("Copy the report for the help desk"));
    m_copyButton->setEnabled(false);
    connect(m_copyButton, &QPushButton::clicked, this, &DiagnosticsPage::copyReport);
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_copyButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_facts->setText(factsText());
    if (m_inputs.dataKeyStatus) {
        connect(m_inputs.dataKeyStatus, &DataKeyStatus::changed, this,
                [this]() { m_facts->setText(factsText()); });
    }
}

QString DiagnosticsPage::factsText() const
{
    const QString workstation = m_inputs.workstationId ? m_inputs.workstationId() : QString();
    return tr("Madoguchi %1 · Qt %2 (built with %3)")
               .arg(QStringLiteral(MADOGUCHI_VERSION), qVersion(), QStringLiteral(QT_VERSION_STR)) +
           u'\n' +
           tr("System: %1 (%2 %3, %4)")
               .arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(), QSysInfo::kernelVersion(),
                    QSysInfo::currentCpuArchitecture()) +
           u'\n' + tr("Workstation: %1").arg(workstation) + u'\n' +
           tr("Log folder: %1").arg(QDir::toNativeSeparators(m_inputs.logDirectory)) + dataKeyText();
}

QString DiagnosticsPage::dataKeyText() const
{
    if (!m_inputs.dataKeyStatus)
        return {};
    const QString details = m_inputs.dataKeyStatus->details();
    return u'\n' + m_inputs.dataKeyStatus->summary() + (details.isEmpty() ? QString() : u'\n' + details);
}

bool DiagnosticsPage::isRunning() const
{
    return m_selfTest && m_selfTest->isRunning();
}

void DiagnosticsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    runChecks();
}

void DiagnosticsPage::runChecks()
{
    if (isRunning())
        return;
    m_facts->setText(factsText());
    const QString crash =
        m_inputs.logDirectory.isEmpty() ? QString() : LogSink::lastCrashReport(m_inputs.logDirectory);
    m_crashNotice->setText(tr("The last run of Madoguchi ended in a crash. The report is %1: send it to the "
                              "help desk with this page's report.")
                               .arg(QDir::toNativeSeparators(crash)));
    m_crashNotice->setVisible(!crash.isEmpty());

    // A fresh SelfTest per run so that changed settings (reader, printer, TLS paths) count.
    if (m_selfTest)
        m_selfTest->deleteLater();
    m_selfTest = new SelfTest(m_inputs.config ? m_inputs.config() : SelfTestConfig{}, m_inputs.database,
                              m_inputs.databaseError, m_secrets, this);
    connect(m_selfTest, &SelfTest::finished, this, &DiagnosticsPage::showResults);
    m_runButton->setEnabled(false);
    m_status->setText(tr("Running the checks…"));
    m_selfTest->run();
}

void DiagnosticsPage::showResults(const QList<CheckResult>& results)
{
    m_results = results;
    m_finishedAt = QDateTime::currentDateTime().toString(Qt::ISODate);
    m_table->setRowCount(int(results.size()));
    for (int row = 0; row < results.size(); ++row) {
        const CheckResult& result = results.at(row);
        // The state is a word with an icon: colour alone would fail colour-blind users.
        auto* state = readOnlyItem(checkStateLabel(result.state));
        state->setIcon(stateIcon(style(), result.state));
        m_table->setItem(row, StateColumn, state);
        m_table->setItem(row, CheckColumn, readOnlyItem(result.title));
        m_table->setItem(row, DetailColumn, readOnlyItem(result.detail));
        m_table->setItem(row, RemedyColumn, readOnlyItem(result.remedy));
    }

    int problems = 0;
    int warnings = 0;
    for (const CheckResult& result : results) {
        problems += result.state == CheckResult::State::Problem ? 1 : 0;
        warnings += result.state == CheckResult::State::Warning ? 1 : 0;
    }
    m_status->setText(tr("Checked at %1: %2, %3.")
                          .arg(m_finishedAt, tr("%n problem(s)", nullptr, problems),
                               tr("%n warning(s)", nullptr, warnings)));
    m_runButton->setEnabled(true);
    m_copyButton->setEnabled(true);
    Q_EMIT checksFinished();
}

QString DiagnosticsPage::reportText() const
{
    return tr("Madoguchi diagnostics report (%1)").arg(m_finishedAt) + u'\n' + factsText() + u'\n' +
           formatReport(m_results);
}

void DiagnosticsPage::copyReport()
{
    if (QClipboard* clipboard = QApplication::clipboard())
        clipboard->setText(reportText());
    m_status->setText(tr("The report is on the clipboard."));
}

} // namespace madoguchi
