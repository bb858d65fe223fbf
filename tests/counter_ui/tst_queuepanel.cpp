#include "counter/ui/QueuePanel.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace madoguchi::counter;

namespace {

const QDateTime kNow(QDate(2025, 4, 1), QTime(10, 0), Qt::UTC);

QList<QueuePanelCategory> categories()
{
    return {{QStringLiteral("certificates"), QStringLiteral("A"), QStringLiteral("証明書")},
            {QStringLiteral("moving"), QStringLiteral("B"), QStringLiteral("転入・転出")},
            {QStringLiteral("childcare"), QStringLiteral("C"), QStringLiteral("子育て")}};
}

QList<QueuePanelTicket> tickets()
{
    return {{QStringLiteral("A-002"), QStringLiteral("certificates"), kNow.addSecs(-5 * 60)},
            {QStringLiteral("A-001"), QStringLiteral("certificates"), kNow.addSecs(-12 * 60 - 30)},
            {QStringLiteral("B-001"), QStringLiteral("moving"), kNow.addSecs(-61)},
            {QStringLiteral("X-001"), QStringLiteral("retired-category"), kNow.addSecs(-3 * 60)}};
}

} // namespace

class TestQueuePanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QueuePanel> m_panel;

private Q_SLOTS:
    void init()
    {
        m_panel = std::make_unique<QueuePanel>();
        m_panel->setClock([] { return kNow; });
        m_panel->setCategories(categories());
        m_panel->setWaiting(tickets());
        m_panel->resize(700, 500);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    }

    void cleanup() { m_panel.reset(); }

    void listsTicketsPerCategoryWithWaitTimes()
    {
        QTreeWidget* tree = m_panel->tree();
        QCOMPARE(tree->topLevelItemCount(), 4); // three categories + "Other" for the unknown one
        const QTreeWidgetItem* certificates = tree->topLevelItem(0);
        QCOMPARE(certificates->text(0), QStringLiteral("証明書 (A)"));
        QCOMPARE(certificates->childCount(), 2);
        // First in line first, whatever order they came in.
        QCOMPARE(certificates->child(0)->text(0), QStringLiteral("A-001"));
        QCOMPARE(certificates->child(0)->text(1), QStringLiteral("12 min"));
        QCOMPARE(certificates->child(1)->text(1), QStringLiteral("5 min"));
        QVERIFY2(m_panel->categoryText(QStringLiteral("certificates")).contains(QStringLiteral("2 waiting")),
                 qPrintable(m_panel->categoryText(QStringLiteral("certificates"))));
        QVERIFY(
            m_panel->categoryText(QStringLiteral("certificates")).contains(QStringLiteral("longest 12 min")));
        QVERIFY(m_panel->categoryText(QStringLiteral("childcare")).contains(QStringLiteral("0 waiting")));
        QCOMPARE(tree->topLevelItem(3)->child(0)->text(0), QStringLiteral("X-001"));
        QCOMPARE(m_panel->waitingCount(), 4);
        QCOMPARE(m_panel->waitingCount(QStringLiteral("certificates")), 2);
        QCOMPARE(m_panel->waitingCount(QStringLiteral("childcare")), 0);
        QCOMPARE(m_panel->waitingCount(QStringLiteral("no-such")), 0);
        QVERIFY(certificates->child(0)
                    ->data(0, Qt::AccessibleTextRole)
                    .toString()
                    .contains(QStringLiteral("A-001")));

        // Time passes: a refresh counts again.
        m_panel->setClock([] { return kNow.addSecs(10 * 60); });
        QCOMPARE(m_panel->tree()->topLevelItem(0)->child(0)->text(1), QStringLiteral("22 min"));
    }

    void callNextWithF2()
    {
        QSignalSpy next(m_panel.get(), &QueuePanel::callNextRequested);
        QTest::keyClick(m_panel.get(), Qt::Key_F2);
        QCOMPARE(next.count(), 1);
        QCOMPARE(next.at(0).at(0).toString(), QString()); // nothing selected: the host's order

        QVERIFY(m_panel->selectCategory(QStringLiteral("moving")));
        QTest::keyClick(m_panel->tree(), Qt::Key_F2);
        QCOMPARE(next.at(1).at(0).toString(), QStringLiteral("moving"));

        // A ticket row stands for its category; the selection survives a refresh.
        m_panel->tree()->setCurrentItem(m_panel->tree()->topLevelItem(0)->child(1));
        m_panel->setWaiting(tickets());
        QCOMPARE(m_panel->selectedCategory(), QStringLiteral("certificates"));
        QCOMPARE(m_panel->tree()->currentItem()->text(0), QStringLiteral("A-002"));
        QTest::mouseClick(m_panel->callNextButton(), Qt::LeftButton);
        QCOMPARE(next.at(2).at(0).toString(), QStringLiteral("certificates"));

        // No selection: any category again.
        m_panel->tree()->clearSelection();
        QTest::keyClick(m_panel->tree(), Qt::Key_F2);
        QCOMPARE(next.at(3).at(0).toString(), QString());
        m_panel->tree()->setCurrentItem(m_panel->tree()->topLevelItem(0)->child(1));

        // The ticket was called: the cursor stays on its category.
        m_panel->setWaiting(tickets().mid(2));
        QCOMPARE(m_panel->selectedCategory(), QStringLiteral("certificates"));
        // "Other" is no category of the host's.
        m_panel->tree()->setCurrentItem(m_panel->tree()->topLevelItem(3));
        QCOMPARE(m_panel->selectedCategory(), QString());

        // Nobody waiting: nothing to call.
        m_panel->setWaiting({});
        QVERIFY(!m_panel->callNextButton()->isEnabled());
        QTest::keyClick(m_panel.get(), Qt::Key_F2);
        QCOMPARE(next.count(), 4);
    }

    void recallAndSkipNeedACurrentTicket()
    {
        QSignalSpy recall(m_panel.get(), &QueuePanel::recallRequested);
        QSignalSpy skip(m_panel.get(), &QueuePanel::skipRequested);
        QVERIFY(!m_panel->recallButton()->isEnabled());
        QTest::keyClick(m_panel.get(), Qt::Key_F3);
        QTest::keyClick(m_panel.get(), Qt::Key_F6);
        QCOMPARE(recall.count() + skip.count(), 0);

        m_panel->setCurrentTicket(QStringLiteral("A-001"));
        QVERIFY(m_panel->currentLabel()->text().contains(QStringLiteral("A-001")));
        QCOMPARE(m_panel->currentLabel()->accessibleName(), m_panel->currentLabel()->text());
        QTest::keyClick(m_panel.get(), Qt::Key_F3);
        QCOMPARE(recall.count(), 1);
        QCOMPARE(recall.at(0).at(0).toString(), QStringLiteral("A-001"));
        QTest::keyClick(m_panel.get(), Qt::Key_F6);
        QCOMPARE(skip.count(), 1);
        QCOMPARE(skip.at(0).at(0).toString(), QStringLiteral("A-001"));
        QTest::mouseClick(m_panel->skipButton(), Qt::LeftButton);
        QCOMPARE(skip.count(), 2);

        // F4 is left to the name fields' variant picker.
        QTest::keyClick(m_panel.get(), Qt::Key_F4);
        QCOMPARE(skip.count(), 2);

        // A disabled panel (behind the lock screen) does nothing.
        m_panel->setEnabled(false);
        m_panel->recall();
        m_panel->skip();
        m_panel->callNext();
        QCOMPARE(recall.count(), 1);
        QCOMPARE(skip.count(), 2);
    }

    void buttonsSayTheirKeys()
    {
        QVERIFY(m_panel->callNextButton()->text().contains(QStringLiteral("F2")));
        QVERIFY(m_panel->recallButton()->text().contains(QStringLiteral("F3")));
        QVERIFY(m_panel->skipButton()->text().contains(QStringLiteral("F6")));
        for (const QPushButton* button :
             {m_panel->callNextButton(), m_panel->recallButton(), m_panel->skipButton()}) {
            QVERIFY(!button->accessibleName().isEmpty());
            QVERIFY(!button->toolTip().isEmpty());
        }
        QVERIFY(!m_panel->tree()->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestQueuePanel)
#include "tst_queuepanel.moc"
