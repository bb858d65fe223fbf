#include "counter/ui/ChecklistModel.h"
#include "counter/ui/ChecklistView.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace madoguchi::counter;

namespace {

QList<ChecklistItem> movingIn()
{
    return {
        {QStringLiteral("jumin-tennyu"),
         QStringLiteral("住民異動届（転入）"),
         QStringLiteral("市民課"),
         ProcedureStatus::Pending,
         QStringLiteral("転入"),
         {QStringLiteral("転出証明書"), QStringLiteral("本人確認書類")},
         {}},
        {QStringLiteral("kokuho-kanyu"),
         QStringLiteral("国民健康保険 加入"),
         QStringLiteral("保険年金課"),
         ProcedureStatus::Pending,
         QStringLiteral("勤務先の健康保険がない"),
         {QStringLiteral("本人確認書類")},
         {}},
        {QStringLiteral("jidou-teate"),
         QStringLiteral("児童手当 認定請求"),
         QStringLiteral("子育て支援課"),
         ProcedureStatus::Pending,
         QStringLiteral("中学生以下の子がいる世帯"),
         {QStringLiteral("振込先口座")},
         {}},
        {QStringLiteral("nenkin-jusho"),
         QStringLiteral("国民年金 住所変更"),
         QStringLiteral("保険年金課"),
         ProcedureStatus::Pending,
         QStringLiteral("第1号被保険者"),
         {},
         {}},
    };
}

} // namespace

class TestChecklistView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ChecklistView> m_view;

    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(m_view->table(), key, modifiers);
    }

private Q_SLOTS:
    void init()
    {
        m_view = std::make_unique<ChecklistView>();
        m_view->setItems(movingIn());
        m_view->resize(1000, 500);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->table()->setFocus();
    }

    void cleanup() { m_view.reset(); }

    void showsTheItems()
    {
        ChecklistModel* model = m_view->model();
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->columnCount(), int(ChecklistModel::ColumnCount));
        QCOMPARE(model->index(0, ChecklistModel::TitleColumn).data().toString(),
                 QStringLiteral("住民異動届（転入）"));
        QCOMPARE(model->index(1, ChecklistModel::DepartmentColumn).data().toString(),
                 QStringLiteral("保険年金課"));
        QCOMPARE(model->index(2, ChecklistModel::ReasonColumn).data().toString(),
                 QStringLiteral("中学生以下の子がいる世帯"));
        QVERIFY(model->index(0, ChecklistModel::DocumentsColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("転出証明書")));
        QCOMPARE(model->index(0, ChecklistModel::StatusColumn).data().toString(),
                 ProcedureStatuses::title(ProcedureStatus::Pending));
        QCOMPARE(model->index(1, 0).data(ChecklistModel::ProcedureIdRole).toString(),
                 QStringLiteral("kokuho-kanyu"));
        const QString spoken =
            model->index(0, ChecklistModel::TitleColumn).data(Qt::AccessibleTextRole).toString();
        QVERIFY(spoken.contains(QStringLiteral("住民異動届（転入）")) &&
                spoken.contains(QStringLiteral("市民課")));
        QVERIFY(!model->headerData(ChecklistModel::ReasonColumn, Qt::Horizontal).toString().isEmpty());

        QCOMPARE(m_view->currentProcedureId(), QStringLiteral("jumin-tennyu"));
        QVERIFY(m_view->summaryText().contains(QLatin1Char('4')));
        QVERIFY(m_view->detailsText().contains(QStringLiteral("転入")));
        QVERIFY(m_view->detailsText().contains(QStringLiteral("本人確認書類")));
        QVERIFY(!m_view->table()->accessibleName().isEmpty());
        QVERIFY(!m_view->table()->accessibleDescription().isEmpty());
        for (const char* name : {"checklistDone", "checklistNotNeeded", "checklistHandOff"})
            QVERIFY(!m_view->findChild<QPushButton*>(QLatin1String(name))->accessibleName().isEmpty());
    }

    void keysEmitTheActions()
    {
        QSignalSpy done(m_view.get(), &ChecklistView::doneRequested);
        QSignalSpy notNeeded(m_view.get(), &ChecklistView::notNeededRequested);
        QSignalSpy handOff(m_view.get(), &ChecklistView::handOffRequested);

        key(Qt::Key_Space); // row 0 done, then on to row 1
        QCOMPARE(done.count(), 1);
        QCOMPARE(done.at(0).at(0).toString(), QStringLiteral("jumin-tennyu"));
        QCOMPARE(m_view->currentProcedureId(), QStringLiteral("kokuho-kanyu"));

        key(Qt::Key_N); // row 1 not needed, on to row 2
        QCOMPARE(notNeeded.count(), 1);
        QCOMPARE(notNeeded.at(0).at(0).toString(), QStringLiteral("kokuho-kanyu"));
        QCOMPARE(m_view->currentProcedureId(), QStringLiteral("jidou-teate"));

        key(Qt::Key_H); // row 2 handed off: the cursor stays for the host's dialog
        QCOMPARE(handOff.count(), 1);
        QCOMPARE(handOff.at(0).at(0).toString(), QStringLiteral("jidou-teate"));
        QCOMPARE(m_view->currentProcedureId(), QStringLiteral("jidou-teate"));

        key(Qt::Key_Down);
        QCOMPARE(m_view->currentProcedureId(), QStringLiteral("nenkin-jusho"));
        key(Qt::Key_D);
        QCOMPARE(done.count(), 2);
        QCOMPARE(done.at(1).at(0).toString(), QStringLiteral("nenkin-jusho"));
        QCOMPARE(m_view->currentProcedureId(), QStringLiteral("nenkin-jusho")); // the last row

        key(Qt::Key_Up);
        key(Qt::Key_Up);
        QCOMPARE(m_view->currentProcedureId(), QStringLiteral("kokuho-kanyu"));
        // With a modifier the letters are not the checklist's.
        key(Qt::Key_D, Qt::ControlModifier);
        key(Qt::Key_N, Qt::AltModifier);
        QCOMPARE(done.count(), 2);
        QCOMPARE(notNeeded.count(), 1);
    }

    void buttonsEmitTheSame()
    {
        QSignalSpy done(m_view.get(), &ChecklistView::doneRequested);
        QSignalSpy notNeeded(m_view.get(), &ChecklistView::notNeededRequested);
        QSignalSpy handOff(m_view.get(), &ChecklistView::handOffRequested);
        QVERIFY(m_view->setCurrentProcedure(QStringLiteral("jidou-teate")));
        QTest::mouseClick(m_view->findChild<QPushButton*>(QStringLiteral("checklistHandOff")),
                          Qt::LeftButton);
        QCOMPARE(handOff.count(), 1);
        QCOMPARE(handOff.at(0).at(0).toString(), QStringLiteral("jidou-teate"));
        QTest::mouseClick(m_view->findChild<QPushButton*>(QStringLiteral("checklistNotNeeded")),
                          Qt::LeftButton);
        QCOMPARE(notNeeded.at(0).at(0).toString(), QStringLiteral("jidou-teate"));
        QTest::mouseClick(m_view->findChild<QPushButton*>(QStringLiteral("checklistDone")), Qt::LeftButton);
        QCOMPARE(done.at(0).at(0).toString(), QStringLiteral("nenkin-jusho"));
    }

    void statusComesFromTheHost()
    {
        QSignalSpy done(m_view.get(), &ChecklistView::doneRequested);
        QVERIFY(m_view->setStatus(QStringLiteral("jumin-tennyu"), ProcedureStatus::Done));
        QVERIFY(m_view->setStatus(QStringLiteral("jidou-teate"), ProcedureStatus::HandedOff,
                                  QStringLiteral("子育て支援課 2番窓口へ")));
        QVERIFY(!m_view->setStatus(QStringLiteral("no-such-procedure"), ProcedureStatus::Done));
        QCOMPARE(m_view->model()->settledCount(), 2);
        QCOMPARE(m_view->items().at(0).status, ProcedureStatus::Done);
        QCOMPARE(m_view->model()->index(0, ChecklistModel::StatusColumn).data().toString(),
                 ProcedureStatuses::title(ProcedureStatus::Done));
        QCOMPARE(m_view->model()->index(2, ChecklistModel::StatusColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("子育て支援課 2番窓口へ"));
        QVERIFY(m_view->summaryText().contains(QLatin1Char('2')));

        // Already done: D asks nothing again, but still moves on.
        QVERIFY(m_view->setCurrentProcedure(QStringLiteral("jumin-tennyu")));
        key(Qt::Key_D);
        QCOMPARE(done.count(), 0);
        QCOMPARE(m_view->currentProcedureId(), QStringLiteral("kokuho-kanyu"));

        // New items keep the cursor on the same procedure.
        QVERIFY(m_view->setCurrentProcedure(QStringLiteral("nenkin-jusho")));
        m_view->setItems(movingIn());
        QCOMPARE(m_view->currentProcedureId(), QStringLiteral("nenkin-jusho"));
    }

    void departmentFilter()
    {
        QComboBox* box = m_view->departmentBox();
        QCOMPARE(box->count(), 4); // all + 3 departments, in first-seen order
        QCOMPARE(box->itemText(1), QStringLiteral("市民課"));
        QCOMPARE(box->itemText(2), QStringLiteral("保険年金課"));

        m_view->setDepartmentFilter(QStringLiteral("保険年金課"));
        QCOMPARE(m_view->departmentFilter(), QStringLiteral("保険年金課"));
        QCOMPARE(m_view->table()->model()->rowCount(), 2);
        QVERIFY(!m_view->setCurrentProcedure(QStringLiteral("jumin-tennyu"))); // filtered out
        QVERIFY(m_view->setCurrentProcedure(QStringLiteral("kokuho-kanyu")));
        QSignalSpy done(m_view.get(), &ChecklistView::doneRequested);
        key(Qt::Key_Space);
        QCOMPARE(done.at(0).at(0).toString(), QStringLiteral("kokuho-kanyu"));
        QCOMPARE(m_view->currentProcedureId(), QStringLiteral("nenkin-jusho")); // next visible row

        // The filter survives new items; a department that went away falls back to all.
        m_view->setItems(movingIn());
        QCOMPARE(m_view->table()->model()->rowCount(), 2);
        m_view->setItems(movingIn().mid(0, 1));
        QCOMPARE(m_view->departmentFilter(), QString());
        QCOMPARE(m_view->table()->model()->rowCount(), 1);
        m_view->setDepartmentFilter(QStringLiteral("no such department"));
        QCOMPARE(m_view->departmentFilter(), QString());
    }

    // The workspace hands the whole list back after each step: the same procedures change in
    // place (the current row and the department filter stay); other procedures reset the list.
    void sameProceduresChangeInPlace()
    {
        ChecklistModel* model = m_view->model();
        QSignalSpy reset(model, &ChecklistModel::modelReset);
        QSignalSpy changed(model, &ChecklistModel::dataChanged);
        m_view->setCurrentProcedure(QStringLiteral("jidou-teate"));
        QList<ChecklistItem> items = movingIn();
        items[2].status = ProcedureStatus::Done;
        m_view->setItems(items);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 2);
        QCOMPARE(model->items().at(2).status, ProcedureStatus::Done);
        QCOMPARE(m_view->currentProcedureId(), QStringLiteral("jidou-teate"));
        m_view->setItems(items); // nothing changed
        QCOMPARE(changed.size(), 1);
        items.removeLast();
        m_view->setItems(items);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model->rowCount(), 3);
    }

    void emptyChecklist()
    {
        QSignalSpy done(m_view.get(), &ChecklistView::doneRequested);
        m_view->setItems({});
        QVERIFY(m_view->currentProcedureId().isEmpty());
        key(Qt::Key_Space);
        key(Qt::Key_H);
        QCOMPARE(done.count(), 0);
        QVERIFY(!m_view->findChild<QPushButton*>(QStringLiteral("checklistDone"))->isEnabled());
        QVERIFY(!m_view->detailsText().isEmpty());
    }
};

QTEST_MAIN(TestChecklistView)
#include "tst_checklistview.moc"
