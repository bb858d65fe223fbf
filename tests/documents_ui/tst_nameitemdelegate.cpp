#include "DocumentsUiTestSupport.h"

#include "documents/ui/NameItemDelegate.h"
#include "documents/ui/NameLineEdit.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>

using namespace madoguchi;
using namespace madoguchi::test;

class TestNameItemDelegate : public QObject
{
    Q_OBJECT

private:
    struct Table
    {
        QStandardItemModel model;
        QTableView view;
        NameItemDelegate* delegate = nullptr;
    };

    // A table of names at 48 px whose first column is drawn by the delegate.
    std::unique_ptr<Table> makeTable(const QStringList& names)
    {
        auto table = std::make_unique<Table>();
        table->model.setColumnCount(2);
        for (const QString& name : names)
            table->model.appendRow(
                {new QStandardItem(name), new QStandardItem(QStringLiteral("1980-01-01"))});
        table->view.setModel(&table->model);
        table->delegate = new NameItemDelegate(realFonts(), &table->view);
        table->view.setItemDelegateForColumn(0, table->delegate);
        QFont font = table->view.font();
        font.setPixelSize(48);
        table->view.setFont(font);
        table->view.resizeColumnsToContents();
        table->view.resizeRowsToContents();
        table->view.resize(800, 400);
        return table;
    }

    // The first glyph drawn in a cell, compared with the variant and base glyph of its first
    // sequence: returns {difference to variant, difference to base}.
    std::pair<double, double> compareCell(Table& table, int row, QRgb background)
    {
        const QString text = table.model.item(row, 0)->text();
        const VariationSequence sequence = firstSequence(text);
        const QImage screen = table.view.viewport()->grab().toImage();
        const QRect cell = table.view.visualRect(table.model.index(row, 0));
        const QImage variant = glyphImage(sequence.variantGlyph, 48);
        const QImage base = glyphImage(sequence.baseGlyph, 48);
        // The glyph starts within the cell's left padding and is centred vertically.
        const QRect positions(cell.left(), cell.top(), 12, std::max(1, cell.height() - variant.height() + 1));
        return {bestMatch(screen, positions, variant, background),
                bestMatch(screen, positions, base, background)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        Status fonts = realFonts()->verify();
        QVERIFY2(fonts, fonts ? "" : qPrintable(fonts.error().toString()));
    }

    void drawsTheVariantInACell()
    {
        auto table = makeTable({kuzuShiro(), tsuji(), QStringLiteral("葛城")});
        table->view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table->view));
        table->view.setCurrentIndex({}); // no focus frame over the glyph
        const QRgb background = table->view.palette().color(QPalette::Base).rgba();
        for (int row : {0, 1}) {
            const auto [toVariant, toBase] = compareCell(*table, row, background);
            qInfo("row %d: difference to the variant glyph %.4f, to the base glyph %.4f", row, toVariant,
                  toBase);
            QVERIFY2(toVariant < 0.03, qPrintable(QString::number(toVariant)));
            QVERIFY2(toVariant * 3 < toBase,
                     qPrintable(QStringLiteral("%1 vs %2").arg(toVariant).arg(toBase)));
        }
        QVERIFY(table->delegate->cachedLines() >= 3);
    }

    void drawsTheVariantInASelectedCell()
    {
        auto table = makeTable({kuzuShiro()});
        table->view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table->view));
        table->view.selectRow(0);
        table->view.setCurrentIndex({}); // no focus frame over the glyph
        const QImage screen = table->view.viewport()->grab().toImage();
        const QRect cell = table->view.visualRect(table->model.index(0, 0));
        // Whatever the colour group, the selection background is the cell's corner colour.
        const QRgb background = screen.pixel(cell.right() - 2, cell.top() + 2);
        const auto [toVariant, toBase] = compareCell(*table, 0, background);
        qInfo("selected: difference to the variant glyph %.4f, to the base glyph %.4f", toVariant, toBase);
        QVERIFY2(toVariant * 3 < toBase, qPrintable(QStringLiteral("%1 vs %2").arg(toVariant).arg(toBase)));
    }

    void sizeHintComesFromTheEngine()
    {
        auto table = makeTable({kuzuShiro() + tsuji() + QStringLiteral("町一丁目")});
        TextImageRenderer renderer(realFonts());
        auto measured = renderer.measureLine(table->model.item(0, 0)->text(), FontRole::Name, 48);
        QVERIFY(measured);
        QStyleOptionViewItem option;
        option.initFrom(&table->view);
        option.font = table->view.font();
        option.fontMetrics = QFontMetrics(option.font);
        const QSize hint = table->delegate->sizeHint(option, table->model.index(0, 0));
        QVERIFY(hint.width() >= measured.value().logicalSize.width());
        QVERIFY(hint.width() <= measured.value().logicalSize.width() + 40);
        QVERIFY(hint.height() >= measured.value().logicalSize.height());
        // resizeColumnsToContents used it: the whole name fits.
        QVERIFY(table->view.columnWidth(0) >= measured.value().logicalSize.width());
    }

    void unregisteredSequenceWidensTheCellForAWarning()
    {
        auto table = makeTable({kuzuShiro(), kuzuUnregistered()});
        QStyleOptionViewItem option;
        option.initFrom(&table->view);
        option.font = table->view.font();
        option.fontMetrics = QFontMetrics(option.font);
        const QSize registered = table->delegate->sizeHint(option, table->model.index(0, 0));
        const QSize unregistered = table->delegate->sizeHint(option, table->model.index(1, 0));
        QVERIFY(unregistered.width() > registered.width());
    }

    void cacheIsBounded()
    {
        auto table = makeTable({});
        for (int i = 0; i < 300; ++i)
            table->model.appendRow(new QStandardItem(kuzuShiro() + QStringLiteral("町一丁目%1番").arg(i)));
        table->view.setColumnWidth(0, 700);
        table->view.resizeRowsToContents();
        table->view.resize(800, table->view.verticalHeader()->length() + 40);
        table->view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table->view));
        (void)table->view.viewport()->grab();
        QVERIFY(table->delegate->cachedLines() > 0);
        QVERIFY(table->delegate->cachedBytes() <= NameItemDelegate::cacheBytes);
        // Each of these lines is about 100 kB: 300 of them do not all fit in the cache.
        QVERIFY2(table->delegate->cachedLines() < 300,
                 qPrintable(QString::number(table->delegate->cachedLines())));
    }

    void editingUsesTheVariantAwareEditor()
    {
        auto table = makeTable({kuzuShiro()});
        table->view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table->view));
        const QModelIndex index = table->model.index(0, 0);
        table->view.setCurrentIndex(index);
        table->view.edit(index);
        auto* editor = table->view.findChild<NameLineEdit*>();
        QVERIFY(editor);
        QCOMPARE(editor->text().toUcs4(), kuzuShiro().toUcs4());
        editor->setText(tsuji() + QStringLiteral("本"));
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits through a queued call.
        QTRY_COMPARE(table->model.item(0, 0)->text().toUcs4(),
                     QString(tsuji() + QStringLiteral("本")).toUcs4());
    }
};

QTEST_MAIN(TestNameItemDelegate)
#include "tst_nameitemdelegate.moc"
