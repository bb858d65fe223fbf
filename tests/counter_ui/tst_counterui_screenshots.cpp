#include "CounterUiTestSupport.h"

#include "counter/ui/CallDisplayWindow.h"
#include "counter/ui/ChecklistView.h"
#include "counter/ui/CitizenConfirmationWindow.h"
#include "counter/ui/QueuePanel.h"
#include "counter/ui/SupportMeasureBanner.h"
#include "counter/ui/VisitTimelineView.h"

#include <QApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QImage>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace madoguchi;
using namespace madoguchi::counter;
using namespace madoguchi::test;

// The pictures of docs/counter-widgets.md. Run with
//   MADOGUCHI_SCREENSHOT_DIR=$PWD/docs/images tests/scripts/isolated.sh
//   build/<dir>/bin/tst_counterui_screenshots
// to refresh them; without the variable they go to a temporary directory and are only checked.
// MADOGUCHI_TRANSLATION_QM=<path of madoguchi_ja.qm> draws them with the real Japanese
// catalogue (also the clerk's widgets); without it the second screens use the test's table.
class TestCounterUiScreenshots : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_dir;
    std::shared_ptr<const QTranslator> m_japanese;

    void save(QWidget* widget, const QString& name)
    {
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget));
        const QString path = m_dir + u'/' + name;
        QVERIFY2(widget->grab().save(path, "PNG"), qPrintable(path));
        const QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), widget->size());
        // Not a blank canvas.
        const QRgb corner = image.pixel(0, 0);
        int different = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                different += image.pixel(x, y) != corner ? 1 : 0;
        QVERIFY(different > 500);
        qInfo("wrote %s (%dx%d)", qPrintable(path), image.width(), image.height());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_dir = qEnvironmentVariable("MADOGUCHI_SCREENSHOT_DIR", m_tmp.path());
        const Status fonts = realFonts()->verify();
        QVERIFY2(fonts, fonts ? "" : qPrintable(fonts.error().toString()));
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        // The IPA Gothic family for the interface, as on a counter PC set up by the installer.
        for (const QString& family : {QStringLiteral("IPAPGothic"), QStringLiteral("IPAGothic")}) {
            if (QFontDatabase::families().contains(family)) {
                QApplication::setFont(QFont(family, 10));
                break;
            }
        }
        const QString qm = qEnvironmentVariable("MADOGUCHI_TRANSLATION_QM");
        if (qm.isEmpty()) {
            m_japanese = japaneseCatalogue();
            return;
        }
        auto real = std::make_shared<QTranslator>();
        QVERIFY2(real->load(qm), qPrintable(qm));
        QCoreApplication::installTranslator(real.get());
        m_japanese = real;
    }

    void callDisplay()
    {
        CallDisplayWindow window(m_japanese);
        const auto call = [&window](const QString& ticket, int counter) {
            window.call({ticket,
                         {QStringLiteral("%1番窓口").arg(counter), QStringLiteral("counter %1").arg(counter)},
                         {}});
        };
        call(QStringLiteral("A-008"), 1);
        call(QStringLiteral("B-003"), 5);
        call(QStringLiteral("A-009"), 2);
        call(QStringLiteral("C-001"), 6);
        call(QStringLiteral("A-010"), 1);
        call(QStringLiteral("B-004"), 4);
        call(QStringLiteral("A-012"), 3);
        window.setWaiting({{{QStringLiteral("証明書"), QStringLiteral("Certificates")}, 4},
                           {{QStringLiteral("転入・転出・転居"), QStringLiteral("Moving")}, 7},
                           {{QStringLiteral("子育て・福祉"), QStringLiteral("Child care and welfare")}, 2}});
        window.resize(1280, 800);
        save(&window, QStringLiteral("counter-call-display.png"));
    }

    void citizenView()
    {
        CitizenConfirmationWindow window(realFonts(), m_japanese);
        window.setFields({
            {QStringLiteral("kind"),
             {QStringLiteral("届出の種類"), QStringLiteral("Notification")},
             QStringLiteral("転入届"),
             false,
             false},
            {QStringLiteral("name"),
             {QStringLiteral("氏名"), QStringLiteral("Name")},
             kuzuShiro() + QStringLiteral(" 花子"),
             true,
             false},
            {QStringLiteral("kana"),
             {QStringLiteral("ふりがな"), QStringLiteral("Reading")},
             QStringLiteral("かつらぎ はなこ"),
             false,
             false},
            {QStringLiteral("birthDate"),
             {QStringLiteral("生年月日"), QStringLiteral("Date of birth")},
             QStringLiteral("昭和60年4月1日"),
             false,
             false},
            {QStringLiteral("address"),
             {QStringLiteral("新しい住所"), QStringLiteral("New address")},
             QString(),
             true,
             true},
            {QStringLiteral("previousAddress"),
             {QStringLiteral("前の住所"), QStringLiteral("Previous address")},
             QStringLiteral("大阪府大阪市北区中之島一丁目3番20号"),
             true,
             false},
            {QStringLiteral("movingDate"),
             {QStringLiteral("異動日"), QStringLiteral("Date of moving")},
             QStringLiteral("令和7年3月28日"),
             false,
             false},
        });
        window.resize(1280, 800);
        save(&window, QStringLiteral("counter-citizen-view.png"));
    }

    void clerkWidgets()
    {
        const QDateTime now(QDate(2025, 4, 1), QTime(10, 0));
        QWidget window;
        window.setWindowTitle(QStringLiteral("Madoguchi"));
        auto* layout = new QVBoxLayout(&window);
        auto* banner = new SupportMeasureBanner(&window);
        banner->setRestricted(true);
        layout->addWidget(banner);
        auto* row = new QHBoxLayout;
        auto* queue = new QueuePanel(&window);
        queue->setClock([now] { return now; });
        queue->setCategories(
            {{QStringLiteral("certificates"), QStringLiteral("A"), QStringLiteral("証明書")},
             {QStringLiteral("moving"), QStringLiteral("B"), QStringLiteral("転入・転出・転居")},
             {QStringLiteral("welfare"), QStringLiteral("C"), QStringLiteral("子育て・福祉")}});
        queue->setWaiting({{QStringLiteral("A-013"), QStringLiteral("certificates"), now.addSecs(-14 * 60)},
                           {QStringLiteral("A-014"), QStringLiteral("certificates"), now.addSecs(-9 * 60)},
                           {QStringLiteral("B-005"), QStringLiteral("moving"), now.addSecs(-21 * 60)},
                           {QStringLiteral("C-002"), QStringLiteral("welfare"), now.addSecs(-3 * 60)}});
        queue->setCurrentTicket(QStringLiteral("A-012"));
        row->addWidget(queue, 3);
        auto* checklist = new ChecklistView(&window);
        checklist->setItems({
            {QStringLiteral("jumin-tennyu"),
             QStringLiteral("住民異動届（転入）"),
             QStringLiteral("市民課"),
             ProcedureStatus::Done,
             QStringLiteral("転入"),
             {QStringLiteral("転出証明書")},
             {}},
            {QStringLiteral("mynumber-card"),
             QStringLiteral("マイナンバーカード 住所変更"),
             QStringLiteral("市民課"),
             ProcedureStatus::Pending,
             QStringLiteral("カードを持っている"),
             {QStringLiteral("マイナンバーカード")},
             {}},
            {QStringLiteral("kokuho-kanyu"),
             QStringLiteral("国民健康保険 加入"),
             QStringLiteral("保険年金課"),
             ProcedureStatus::NotNeeded,
             QStringLiteral("勤務先の健康保険がない"),
             {},
             {}},
            {QStringLiteral("jidou-teate"),
             QStringLiteral("児童手当 認定請求"),
             QStringLiteral("子育て支援課"),
             ProcedureStatus::HandedOff,
             QStringLiteral("中学生以下の子がいる世帯"),
             {QStringLiteral("振込先口座")},
             QStringLiteral("子育て支援課 2番窓口")},
        });
        checklist->setCurrentProcedure(QStringLiteral("mynumber-card"));
        row->addWidget(checklist, 5);
        layout->addLayout(row, 3);
        auto* timeline = new VisitTimelineView(&window);
        timeline->setEntries({
            {now.addSecs(-40 * 60), QStringLiteral("受付"), QStringLiteral("案内"),
             QStringLiteral("整理券発行"), QStringLiteral("A-012")},
            {now.addSecs(-12 * 60),
             QStringLiteral("佐藤 一郎"),
             QStringLiteral("3番窓口"),
             QStringLiteral("呼出"),
             {}},
            {now.addSecs(-10 * 60),
             QStringLiteral("佐藤 一郎"),
             QStringLiteral("3番窓口"),
             QStringLiteral("本人確認（カード）"),
             {}},
            {now.addSecs(-2 * 60), QStringLiteral("佐藤 一郎"), QStringLiteral("3番窓口"),
             QStringLiteral("引継ぎ"), QStringLiteral("児童手当は子育て支援課へ")},
        });
        layout->addWidget(timeline, 2);
        window.resize(1280, 800);
        save(&window, QStringLiteral("counter-clerk-widgets.png"));
    }
};

QTEST_MAIN(TestCounterUiScreenshots)
#include "tst_counterui_screenshots.moc"
