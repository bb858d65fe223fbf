#include "counter/ui/TimelineModel.h"
#include "counter/ui/VisitTimelineView.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace madoguchi::counter;

namespace {

QDateTime at(int hour, int minute, int second = 0)
{
    return QDateTime(QDate(2025, 4, 1), QTime(hour, minute, second));
}

QList<TimelineEntry> steps()
{
    // Out of order on purpose: the view puts them in time order.
    return {
        {at(9, 20),
         QStringLiteral("佐藤"),
         QStringLiteral("3番窓口"),
         QStringLiteral("本人確認（カード）"),
         {}},
        {at(9, 5), QStringLiteral("受付"), QStringLiteral("案内"), QStringLiteral("整理券発行"),
         QStringLiteral("A-012")},
        {at(9, 18), QStringLiteral("佐藤"), QStringLiteral("3番窓口"), QStringLiteral("呼出"), {}},
        {at(9, 41), QStringLiteral("佐藤"), QStringLiteral("3番窓口"), QStringLiteral("引継ぎ"),
         QStringLiteral("児童手当は\n子育て支援課で")},
    };
}

} // namespace

class TestVisitTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newestLast()
    {
        VisitTimelineView view;
        view.setEntries(steps());
        const TimelineModel* model = view.model();
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->index(0, TimelineModel::WhatColumn).data().toString(), QStringLiteral("整理券発行"));
        QCOMPARE(model->index(3, TimelineModel::WhatColumn).data().toString(), QStringLiteral("引継ぎ"));
        QCOMPARE(model->index(0, TimelineModel::TimeColumn).data().toString(), QStringLiteral("09:05:00"));
        QCOMPARE(model->index(0, TimelineModel::TimeColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("2025-04-01 09:05:00"));
        QCOMPARE(model->index(1, TimelineModel::StaffColumn).data().toString(), QStringLiteral("佐藤"));
        QCOMPARE(model->index(1, TimelineModel::CounterColumn).data().toString(), QStringLiteral("3番窓口"));

        // A new step goes at the end; one stamped earlier (a clock a little behind) in its place.
        view.append(
            {at(9, 50), QStringLiteral("鈴木"), QStringLiteral("子育て支援課"), QStringLiteral("受付"), {}});
        QCOMPARE(model->index(4, TimelineModel::StaffColumn).data().toString(), QStringLiteral("鈴木"));
        view.append(
            {at(9, 19), QStringLiteral("佐藤"), QStringLiteral("3番窓口"), QStringLiteral("着席"), {}});
        QCOMPARE(model->index(2, TimelineModel::WhatColumn).data().toString(), QStringLiteral("着席"));
        // Same time: in the order they came.
        view.append(
            {at(9, 50), QStringLiteral("鈴木"), QStringLiteral("子育て支援課"), QStringLiteral("完了"), {}});
        QCOMPARE(model->index(6, TimelineModel::WhatColumn).data().toString(), QStringLiteral("完了"));
        QCOMPARE(view.entries().size(), 7);
        QVERIFY(!view.table()->accessibleName().isEmpty());
        QVERIFY(!view.copyButton()->accessibleName().isEmpty());
    }

    // Reloading the timeline after a step (the workspace reads it back from the store) inserts
    // the new rows only; a different visit's timeline resets the model.
    void reloadedTimelineInsertsOnlyTheNewRows()
    {
        VisitTimelineView view;
        view.setEntries(steps());
        QSignalSpy inserted(view.model(), &TimelineModel::rowsInserted);
        QSignalSpy reset(view.model(), &TimelineModel::modelReset);
        QList<TimelineEntry> grown = steps();
        grown << TimelineEntry{
            at(9, 55), QStringLiteral("鈴木"), QStringLiteral("子育て支援課"), QStringLiteral("完了"), {}};
        view.setEntries(grown);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 4); // first new row
        QCOMPARE(inserted.at(0).at(2).toInt(), 4); // last new row
        QCOMPARE(view.model()->index(4, TimelineModel::WhatColumn).data().toString(), QStringLiteral("完了"));
        view.setEntries(grown); // nothing new
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(reset.size(), 0);
        // An earlier row changed (another visit, or a corrected note): everything again.
        grown[1].note = QStringLiteral("訂正");
        view.setEntries(grown);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(view.model()->rowCount(), 5);
        view.setEntries({});
        QCOMPARE(reset.size(), 2);
        QCOMPARE(view.model()->rowCount(), 0);
    }

    void plainTextHasEveryFieldOnOneLine()
    {
        VisitTimelineView view;
        view.setEntries(steps());
        const QStringList lines = view.plainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5); // header + 4
        QCOMPARE(lines.at(0).count(QLatin1Char('\t')), 4);
        QCOMPARE(lines.at(1), QStringLiteral("2025-04-01 09:05:00\t受付\t案内\t整理券発行\tA-012"));
        // A line break inside a note does not split the step.
        QCOMPARE(lines.at(4),
                 QStringLiteral("2025-04-01 09:41:00\t佐藤\t3番窓口\t引継ぎ\t児童手当は 子育て支援課で"));
        VisitTimelineView empty;
        QCOMPARE(empty.plainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);
    }

    void copyWithTheKeyboard()
    {
        VisitTimelineView view;
        view.setEntries(steps());
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QSignalSpy copied(&view, &VisitTimelineView::copied);
        QClipboard* clipboard = QGuiApplication::clipboard();

        clipboard->clear();
        QTest::keyClick(view.table(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(clipboard->text(), view.plainText());
        QCOMPARE(copied.count(), 1);
        QCOMPARE(copied.at(0).at(0).toInt(), 4);

        clipboard->clear();
        view.table()->setFocus();
        view.table()->selectRow(1);
        QTest::keyClick(view.table(), Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = clipboard->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(1).endsWith(QStringLiteral("呼出\t")));
        QCOMPARE(copied.count(), 2);
        QCOMPARE(copied.at(1).at(0).toInt(), 1);

        clipboard->clear();
        QTest::mouseClick(view.copyButton(), Qt::LeftButton);
        QCOMPARE(clipboard->text(), view.plainText());
    }
};

QTEST_MAIN(TestVisitTimeline)
#include "tst_visittimeline.moc"
