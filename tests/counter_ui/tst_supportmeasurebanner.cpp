#include "counter/ui/SupportMeasureBanner.h"

#include <QLabel>
#include <QTest>
#include <QVBoxLayout>

using namespace madoguchi::counter;

class TestSupportMeasureBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shownOnlyForARestrictedPerson()
    {
        QWidget page;
        auto* layout = new QVBoxLayout(&page);
        auto* banner = new SupportMeasureBanner(&page);
        layout->addWidget(banner);
        layout->addWidget(new QLabel(QStringLiteral("窓口"), &page));
        page.resize(1280, 200);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        QVERIFY(!banner->isRestricted());
        QVERIFY(!banner->isVisible());

        // (The Alert event for screen readers is not observable here: the offscreen platform
        // has no accessibility bridge, and QAccessible drops events while none is active.)
        banner->setRestricted(true);
        banner->setRestricted(true);
        QVERIFY(banner->isVisible());
        QVERIFY(banner->isRestricted());

        QVERIFY(banner->title().contains(QStringLiteral("do not disclose the address")));
        QVERIFY(!banner->details().isEmpty());
        QCOMPARE(banner->accessibleName(), banner->title());
        QCOMPARE(banner->accessibleDescription(), banner->details());
        // Prominent: larger than the page's text, and words, not colour alone.
        const auto* title = banner->findChild<QLabel*>(QStringLiteral("supportMeasureTitle"));
        QVERIFY(title->font().pointSizeF() > page.font().pointSizeF());
        QVERIFY(title->font().bold());

        banner->setRestricted(false);
        QVERIFY(!banner->isVisible());
        QVERIFY(!banner->isRestricted());
    }
};

QTEST_MAIN(TestSupportMeasureBanner)
#include "tst_supportmeasurebanner.moc"
