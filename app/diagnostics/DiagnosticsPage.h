#pragma once

#include "selftest/CheckResult.h"
#include "selftest/SelfTestConfig.h"

#include "common/Result.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace madoguchi {

class DataKeyStatus;
class Database;
class SecretStore;
class SelfTest;

// The page of DiagnosticsModule: facts about this installation, a table of self-test checks
// (state as icon and word, never colour alone; detail; what to do), "Run again" (F5) and
// "Copy report". Runs the self-test each time it is shown.
class DiagnosticsPage : public QWidget
{
    Q_OBJECT

public:
    struct Inputs
    {
        std::function<SelfTestConfig()> config; // read before every run
        std::function<QString()> workstationId;
        Database* database = nullptr;
        std::optional<Error> databaseError;
        QString logDirectory;
        const DataKeyStatus* dataKeyStatus = nullptr; // shown with the facts when set
    };

    DiagnosticsPage(Inputs inputs, SecretStore& secrets, QWidget* parent = nullptr);
    ~DiagnosticsPage() override;

    // Starts the checks unless they are running.
    void runChecks();
    // The text "Copy report" puts on the clipboard: facts, then one line per check.
    QString reportText() const;
    QList<CheckResult> results() const { return m_results; }
    bool isRunning() const;

Q_SIGNALS:
    // After every run, for tests and the shell's status bar.
    void checksFinished();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildUi();
    void showResults(const QList<CheckResult>& results);
    void copyReport();
    QString factsText() const;
    QString dataKeyText() const;

    Inputs m_inputs;
    SecretStore& m_secrets;
    SelfTest* m_selfTest = nullptr;
    QList<CheckResult> m_results;
    QString m_finishedAt;

    QLabel* m_facts = nullptr;
    QLabel* m_crashNotice = nullptr;
    QLabel* m_status = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_copyButton = nullptr;
};

} // namespace madoguchi
