#include "DocumentsUiTestSupport.h"

#include "documents/ui/NameLineEdit.h"
#include "documents/ui/VariantPicker.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QListWidget>
#include <QSignalSpy>

using namespace madoguchi;
using namespace madoguchi::test;

class TestVariantPicker : public QObject
{
    Q_OBJECT

private:
    static int rowOf(const VariantPicker& picker, const QString& sequence)
    {
        for (int row = 0; row < picker.grid()->count(); ++row)
            if (picker.grid()->item(row)->data(Qt::UserRole).toString() == sequence)
                return row;
        return -1;
    }

    // A shown line edit holding `text` with the cursor at `cursor`.
    std::unique_ptr<NameLineEdit> makeEdit(const QString& text, int cursor)
    {
        auto edit = std::make_unique<NameLineEdit>(realFonts());
        edit->setText(text);
        edit->setCursorPosition(cursor);
        edit->show();
        if (!QTest::qWaitForWindowExposed(edit.get()))
            return nullptr;
        edit->setFocus();
        return edit;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Status fonts = realFonts()->verify();
        QVERIFY2(fonts, fonts ? "" : qPrintable(fonts.error().toString()));
    }

    void listsTheRegisteredVariantsOfKuzu()
    {
        VariantPicker picker(realFonts());
        const int count = picker.setBase(0x845B);
        auto checker = VariantChecker::forRole(*realFonts());
        QVERIFY(checker);
        const QList<RegisteredVariant> registered = checker.value().registeredVariants(0x845B);
        QVERIFY(!registered.isEmpty());
        QCOMPARE(count, registered.size());
        QCOMPARE(picker.grid()->count(), count + 1); // the plain form first
        QVERIFY(picker.message().isEmpty());
        QCOMPARE(picker.grid()->item(0)->data(Qt::UserRole).toString(), QStringLiteral("葛"));

        const int row = rowOf(picker, withSelector(0x845B, 0xE0102));
        QVERIFY2(row > 0, "葛+U+E0102 is registered in IPAmj Mincho");
        QListWidgetItem* item = picker.grid()->item(row);
        QCOMPARE(item->text(), QStringLiteral("U+E0102"));
        QCOMPARE(item->data(Qt::AccessibleTextRole).toString(), QStringLiteral("葛 U+E0102"));
        QVERIFY(!item->icon().isNull());
        // Every cell is named for screen readers; every registered variant is offered.
        for (const RegisteredVariant& variant : registered)
            QVERIFY(rowOf(picker, variant.text) > 0);
        for (int i = 0; i < picker.grid()->count(); ++i)
            QVERIFY(picker.grid()
                        ->item(i)
                        ->data(Qt::AccessibleTextRole)
                        .toString()
                        .startsWith(QStringLiteral("葛 U+")));
        QVERIFY(!picker.grid()->accessibleName().isEmpty());
    }

    void baseWithoutVariantsSaysSo()
    {
        VariantPicker picker(realFonts());
        QCOMPARE(picker.setBase(U'あ'), 0);
        QVERIFY(!picker.message().isEmpty());
        QVERIFY(picker.message().contains(QStringLiteral("あ")));
        QCOMPARE(picker.grid()->count(), 1);
        // A character the font lacks altogether.
        QCOMPARE(picker.setBase(0x10FFFD), 0);
        QVERIFY(!picker.message().isEmpty());
        QCOMPARE(picker.grid()->count(), 0);
    }

    void choosingByKeyboardInsertsTheExactCodePoints()
    {
        auto edit = makeEdit(QStringLiteral("葛城"), 1);
        QVERIFY(edit);
        QTest::keyClick(edit.get(), Qt::Key_F4);
        VariantPicker* picker = edit->picker();
        QVERIFY(picker->isVisible());
        QCOMPARE(picker->base(), char32_t(0x845B));
        QCOMPARE(picker->grid()->currentRow(), 0); // no selector yet: the plain form
        const int row = rowOf(*picker, withSelector(0x845B, 0xE0102));
        QVERIFY(row > 0);
        for (int i = 0; i < row; ++i)
            QTest::keyClick(picker->grid(), Qt::Key_Right);
        QCOMPARE(picker->grid()->currentRow(), row);
        QTest::keyClick(picker->grid(), Qt::Key_Return);
        QVERIFY(!picker->isVisible());
        QCOMPARE(edit->text().toUcs4(), kuzuShiro().toUcs4());
        QCOMPARE(edit->cursorPosition(), 3); // after the sequence
        // Undo brings the plain character back.
        edit->undo();
        QCOMPARE(edit->text(), QStringLiteral("葛城"));
    }

    void replacingAVariantKeepsOneSelector()
    {
        // The cursor after 葛+U+E0102: the picker preselects it and replaces base and selector.
        auto edit = makeEdit(kuzuShiro(), 3);
        QVERIFY(edit);
        QTest::keyClick(edit.get(), Qt::Key_Down, Qt::AltModifier);
        VariantPicker* picker = edit->picker();
        QVERIFY(picker->isVisible());
        QCOMPARE(picker->grid()->currentRow(), rowOf(*picker, withSelector(0x845B, 0xE0102)));
        QTest::keyClick(picker->grid(), Qt::Key_Home);
        QTest::keyClick(picker->grid(), Qt::Key_Enter);
        QCOMPARE(edit->text(), QStringLiteral("葛城"));
        QCOMPARE(edit->cursorPosition(), 1);
    }

    void escapeLeavesTheTextAlone()
    {
        auto edit = makeEdit(QStringLiteral("葛城"), 1);
        QVERIFY(edit);
        QSignalSpy cancelled(edit->picker(), &VariantPicker::cancelled);
        edit->pickAction()->trigger(); // the button at the right does the same as F4
        QVERIFY(edit->picker()->isVisible());
        QTest::keyClick(edit->picker()->grid(), Qt::Key_Escape);
        QVERIFY(!edit->picker()->isVisible());
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(edit->text(), QStringLiteral("葛城"));
        QVERIFY(!edit->pickAction()->text().isEmpty());
    }

    void nothingBeforeTheCursorOpensNothing()
    {
        auto edit = makeEdit(QStringLiteral("葛城"), 0);
        QVERIFY(edit);
        QTest::keyClick(edit.get(), Qt::Key_Down, Qt::ControlModifier);
        QVERIFY(!edit->picker()->isVisible());
        QCOMPARE(edit->text(), QStringLiteral("葛城"));
    }

    void spanBeforeTheCursor()
    {
        using Span = NameLineEdit::Span;
        const QString yoshino = QString::fromUcs4(U"\U00020BB7\U000E0100野");
        const Span surrogateBase = NameLineEdit::spanBefore(yoshino, 4);
        QCOMPARE(surrogateBase.start, 0);
        QCOMPARE(surrogateBase.length, 4);
        QCOMPARE(surrogateBase.base, char32_t(0x20BB7));
        QCOMPARE(surrogateBase.selector, char32_t(0xE0100));
        // Between base and selector (set by a program): the whole sequence still.
        const Span inside = NameLineEdit::spanBefore(kuzuShiro(), 1);
        QCOMPARE(inside.start, 0);
        QCOMPARE(inside.length, 3);
        QCOMPARE(inside.selector, char32_t(0xE0102));
        const Span plain = NameLineEdit::spanBefore(QStringLiteral("葛城"), 2);
        QCOMPARE(plain.start, 1);
        QCOMPARE(plain.length, 1);
        QCOMPARE(plain.base, char32_t(U'城'));
        QCOMPARE(plain.selector, char32_t(0));
        QCOMPARE(NameLineEdit::spanBefore(QString(), 0).length, 0);
        // A selector with no base: nothing to replace.
        QCOMPARE(NameLineEdit::spanBefore(QString::fromUcs4(U"\U000E0100"), 2).length, 0);
    }

    void pastedAndInsertedTextKeepsItsSelectors()
    {
        const QString text = kuzuShiro() + QStringLiteral(" ") + tsuji() + QString::fromUcs4(U"\U00020BB7野");
        auto edit = makeEdit(QString(), 0);
        QVERIFY(edit);
        QGuiApplication::clipboard()->setText(text);
        edit->paste();
        QCOMPARE(edit->text().toUcs4(), text.toUcs4());
        edit->clear();
        QTest::keyClick(edit.get(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(edit->text().toUcs4(), text.toUcs4());
        edit->clear();
        edit->insert(kuzuUnregistered());
        QCOMPARE(edit->text().toUcs4(), kuzuUnregistered().toUcs4());
        // Copying it out again keeps them too.
        edit->selectAll();
        edit->copy();
        QCOMPARE(QGuiApplication::clipboard()->text().toUcs4(), kuzuUnregistered().toUcs4());
    }
};

QTEST_MAIN(TestVariantPicker)
#include "tst_variantpicker.moc"
