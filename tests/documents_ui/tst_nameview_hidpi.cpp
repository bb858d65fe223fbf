#include "DocumentsUiTestSupport.h"

#include <QApplication>

using namespace madoguchi;
using namespace madoguchi::test;

// NameView on a screen with two device pixels per logical pixel: the line is drawn at the
// device resolution (not scaled up from a 1x image), so it still matches the variant glyph.
class TestNameViewHiDpi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsAtTheDevicePixelRatio()
    {
        auto view = makeView(kuzuShiro());
        QCOMPARE(view->devicePixelRatioF(), 2.0);
        checkNameViewShowsVariant(kuzuShiro(), 2.0);
        checkNameViewShowsVariant(tsuji(), 2.0);
    }
};

int main(int argc, char** argv)
{
    // Must be set before the application reads the screens.
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    TestNameViewHiDpi test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_nameview_hidpi.moc"
