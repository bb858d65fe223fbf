#include "DocumentsUiTestSupport.h"

#include "documents/ui/LineFitter.h"
#include "documents/ui/NameView.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QSignalSpy>
#include <QToolButton>

using namespace madoguchi;
using namespace madoguchi::test;

class TestNameView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Status fonts = realFonts()->verify();
        QVERIFY2(fonts, fonts ? "" : qPrintable(fonts.error().toString()));
    }

    void showsTheVariantGlyph_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("葛+E0102城") << kuzuShiro();
        QTest::newRow("辻+E0102") << tsuji();
    }

    void showsTheVariantGlyph()
    {
        QFETCH(QString, text);
        checkNameViewShowsVariant(text, 1.0);
    }

    void accessibleNameIsTheExactText_data() { showsTheVariantGlyph_data(); }

    void accessibleNameIsTheExactText()
    {
        QFETCH(QString, text);
        auto view = makeView(text);
        QCOMPARE(view->accessibleName().toUcs4(), text.toUcs4());
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(view.get());
        QVERIFY(accessible);
        QCOMPARE(accessible->text(QAccessible::Name).toUcs4(), text.toUcs4());
        QCOMPARE(accessible->text(QAccessible::Value).toUcs4(), text.toUcs4());
        QVERIFY(accessible->text(QAccessible::Description).isEmpty());
    }

    void copyPutsTheExactTextOnTheClipboard()
    {
        const QString text = kuzuShiro() + QStringLiteral(" ") + tsuji() + QString::fromUcs4(U"\U00020BB7野");
        auto view = makeView(text);
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        view->setFocus();

        QGuiApplication::clipboard()->clear();
        QTest::keyClick(view.get(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text().toUcs4(), text.toUcs4());

        // The context menu offers the same action.
        QGuiApplication::clipboard()->clear();
        QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
        QAction* copy = nullptr;
        for (QAction* action : view->actions())
            if (action->shortcut() == QKeySequence(QKeySequence::Copy))
                copy = action;
        QVERIFY(copy);
        QVERIFY(!copy->text().isEmpty());
        copy->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text().toUcs4(), text.toUcs4());
    }

    void unregisteredSequenceShowsAWarning()
    {
        NameView view(realFonts());
        QSignalSpy found(&view, &NameView::unregisteredVariantsFound);
        view.setText(kuzuUnregistered());
        view.resize(view.sizeHint());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QCOMPARE(found.count(), 1);
        const auto sequences = found.at(0).at(0).value<QList<VariationSequence>>();
        QCOMPARE(sequences.size(), 1);
        QCOMPARE(sequences.at(0).base, char32_t(0x845B));
        QCOMPARE(sequences.at(0).selector, char32_t(0xE0100));
        QVERIFY(!sequences.at(0).registered);
        QCOMPARE(view.unregistered().size(), 1);

        QVERIFY(view.warningMarker()->isVisible());
        QVERIFY(!view.warningMarker()->accessibleName().isEmpty());
        QVERIFY(view.warningMarker()->toolTip().contains(QStringLiteral("U+845B U+E0100")));
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(&view);
        QVERIFY(accessible->text(QAccessible::Description).contains(QStringLiteral("U+E0100")));
        // The name itself is still the exact text.
        QCOMPARE(accessible->text(QAccessible::Name).toUcs4(), kuzuUnregistered().toUcs4());
        // The line leaves room for the marker.
        QVERIFY(view.lineRect().right() < view.warningMarker()->geometry().left());

        QSignalSpy activated(&view, &NameView::warningActivated);
        QTest::mouseClick(view.warningMarker(), Qt::LeftButton);
        QCOMPARE(activated.count(), 1);

        // Back to a plain name: no marker, no signal.
        found.clear();
        view.setText(QStringLiteral("葛城"));
        QVERIFY(!view.warningMarker()->isVisible());
        QVERIFY(view.warningText().isEmpty());
        QVERIFY(accessible->text(QAccessible::Description).isEmpty());
        QCOMPARE(found.count(), 0);
        // A registered variant is no reason to warn either.
        view.setText(kuzuShiro());
        QVERIFY(!view.warningMarker()->isVisible());
        QCOMPARE(found.count(), 0);
    }

    void missingFontShowsAnError()
    {
        FontFamilies families;
        families.name = {QStringLiteral("No Such Mincho")};
        auto view = makeView(kuzuShiro(), FontCatalog::create(families));
        view->show();
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        (void)view->grab();
        QVERIFY(!view->errorText().isEmpty());
        QVERIFY2(view->errorText().contains(QStringLiteral("No Such Mincho")), qPrintable(view->errorText()));
        QVERIFY(!view->lineRect().isValid()); // nothing drawn in a fallback font
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(view.get());
        QCOMPARE(accessible->text(QAccessible::Description), view->errorText());
        QCOMPARE(accessible->text(QAccessible::Name).toUcs4(), kuzuShiro().toUcs4());
        QVERIFY(view->sizeHint().isValid());
    }

    void sizeHintFollowsTheEngineAndTheFont()
    {
        TextImageRenderer renderer(realFonts());
        auto view = makeView(kuzuShiro());
        auto measured = renderer.measureLine(kuzuShiro(), FontRole::Name, 64);
        QVERIFY(measured);
        QVERIFY(view->sizeHint().width() >= measured.value().logicalSize.width());
        QVERIFY(view->sizeHint().height() >= measured.value().logicalSize.height());
        QVERIFY(view->minimumSizeHint().width() < view->sizeHint().width());
        const QSize small = view->sizeHint();
        view->setStyleSheet(QStringLiteral("font-size: 96px;"));
        QCOMPARE(view->pixelSize(), 96.0);
        QVERIFY(view->sizeHint().width() > small.width());
        QVERIFY(view->sizeHint().height() > small.height());
        // Point sizes count at the screen's dpi.
        NameView points(realFonts());
        QFont font = points.font();
        font.setPointSizeF(12);
        points.setFont(font);
        QCOMPARE(points.pixelSize(), 12.0 * points.logicalDpiY() / 72.0);
    }

    void tooWideShrinksThenCutsAtAGrapheme()
    {
        const QString text = kuzuShiro() + tsuji() + QStringLiteral("町一丁目");
        auto view = makeView(text);
        const int natural = view->sizeHint().width();
        view->resize(natural * 3 / 4, view->height());
        (void)view->grab();
        QVERIFY(view->drawnPixelSize() < 64);
        QVERIFY(view->drawnPixelSize() >= 64 * LineFitter::minimumScale);
        QVERIFY(!view->isElided());
        QVERIFY(view->lineRect().width() <= view->width());

        view->resize(natural / 4, view->height());
        (void)view->grab();
        QVERIFY(view->isElided());
        QCOMPARE(view->drawnPixelSize(), 64 * LineFitter::minimumScale);
        QVERIFY(view->lineRect().right() < view->width());
        // Cut or not, the name read out and copied is whole.
        QCOMPARE(view->accessibleName().toUcs4(), text.toUcs4());
    }

    void cutsNeverSplitASequence()
    {
        // 葛 E0102 (surrogate pair) 城: the only cut is after the sequence.
        QCOMPARE(LineFitter::cutPositions(kuzuShiro()), QList<int>({3}));
        // 𠮷 (a surrogate pair) 野
        QCOMPARE(LineFitter::cutPositions(QString::fromUcs4(U"\U00020BB7野")), QList<int>({2}));
        // 辻 FE00 (a one-unit selector) 辻
        QCOMPARE(LineFitter::cutPositions(QString::fromUcs4(U"\u8FBB\uFE00\u8FBB")), QList<int>({2}));
        QVERIFY(LineFitter::cutPositions(QString()).isEmpty());
    }

    void rendersAgainWhenThePaletteChanges()
    {
        auto view = makeView(QStringLiteral("葛城"));
        QPalette palette = view->palette();
        palette.setColor(QPalette::WindowText, Qt::black);
        view->setPalette(palette);
        const QImage black = view->grab().toImage();
        palette.setColor(QPalette::WindowText, QColor(0, 0, 200));
        view->setPalette(palette);
        const QImage blue = view->grab().toImage();
        bool bluePixel = false;
        for (int y = 0; y < blue.height() && !bluePixel; ++y)
            for (int x = 0; x < blue.width() && !bluePixel; ++x)
                bluePixel = qBlue(blue.pixel(x, y)) > 150 && qRed(blue.pixel(x, y)) < 60;
        QVERIFY(bluePixel);
        QVERIFY(black != blue);
    }

    void emptyTextDrawsNothing()
    {
        NameView view(realFonts());
        view.resize(200, 40);
        (void)view.grab();
        QVERIFY(!view.lineRect().isValid());
        QVERIFY(view.errorText().isEmpty());
        QVERIFY(view.sizeHint().height() > 0);
    }
};

QTEST_MAIN(TestNameView)
#include "tst_nameview.moc"
