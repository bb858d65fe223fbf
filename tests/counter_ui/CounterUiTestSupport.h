#pragma once

// Shared by the counter widget tests: a Japanese catalogue for the citizen-facing phrases (the
// real one is filled by the translators later), the real font catalogue, and the collection of
// every text a widget tree holds or tells a screen reader.

#include "documents/FontCatalog.h"
#include "documents/ui/NameView.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QHash>
#include <QLabel>
#include <QLayout>
#include <QTest>
#include <QTranslator>
#include <QWidget>

#include <memory>

namespace madoguchi::test {

// A QTranslator answering from a table (source text → translation), whatever the context.
class TableTranslator : public QTranslator
{
public:
    explicit TableTranslator(QHash<QString, QString> table)
        : m_table(std::move(table))
    {}

    QString translate(const char*, const char* sourceText, const char* = nullptr, int = -1) const override
    {
        return m_table.value(QString::fromUtf8(sourceText));
    }
    bool isEmpty() const override { return m_table.isEmpty(); }

private:
    QHash<QString, QString> m_table;
};

// The Japanese of the second-screen phrases, as the screens are meant to read.
inline std::shared_ptr<const QTranslator> japaneseCatalogue()
{
    static const auto catalogue = std::make_shared<const TableTranslator>(QHash<QString, QString>{
        {QStringLiteral("Call display"), QStringLiteral("呼出表示")},
        {QStringLiteral("Now calling"), QStringLiteral("お呼び出し中の番号")},
        {QStringLiteral("Please go to %1"), QStringLiteral("%1へお越しください")},
        {QStringLiteral("Please wait until your number is called"),
         QStringLiteral("番号をお呼びするまでお待ちください")},
        {QStringLiteral("Called before"), QStringLiteral("これまでにお呼びした番号")},
        {QStringLiteral("None yet"), QStringLiteral("まだありません")},
        {QStringLiteral("People waiting"), QStringLiteral("お待ちの人数")},
        {QStringLiteral("%1: %2 waiting"), QStringLiteral("%1　%2人")},
        {QStringLiteral("No one is waiting"), QStringLiteral("お待ちの方はいません")},
        {QStringLiteral("Please check the details"), QStringLiteral("内容をご確認ください")},
        {QStringLiteral("If anything is wrong, please tell the staff member"),
         QStringLiteral("違っているところがあれば、職員にお知らせください")},
        {QStringLiteral("Nothing has been entered yet"), QStringLiteral("まだ入力されていません")},
        {QStringLiteral("(not shown)"), QStringLiteral("（表示しません）")},
    });
    return catalogue;
}

inline std::shared_ptr<FontCatalog> realFonts()
{
    static std::shared_ptr<FontCatalog> fonts = FontCatalog::create();
    return fonts;
}

// 葛+U+E0102城: a registered variant of IPAmj Mincho.
inline QString kuzuShiro()
{
    const char32_t text[3] = {0x845B, 0xE0102, 0x57CE};
    return QString::fromUcs4(text, 3);
}

inline void collectAccessible(QAccessibleInterface* node, QStringList& texts, int depth = 0)
{
    if (!node || depth > 64)
        return;
    for (const QAccessible::Text role :
         {QAccessible::Name, QAccessible::Description, QAccessible::Value, QAccessible::Help}) {
        texts.append(node->text(role));
    }
    if (QAccessibleTextInterface* text = node->textInterface())
        texts.append(text->text(0, text->characterCount()));
    for (int i = 0; i < node->childCount(); ++i)
        collectAccessible(node->child(i), texts, depth + 1);
}

// Every text of `root` and its children: shown text, titles, tooltips, accessible names and
// descriptions, and what the accessibility tree reports.
inline QStringList allTexts(QWidget* root)
{
    QStringList texts;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : widgets) {
        texts << widget->windowTitle() << widget->accessibleName() << widget->accessibleDescription()
              << widget->toolTip() << widget->whatsThis() << widget->statusTip();
        if (const auto* label = qobject_cast<QLabel*>(widget))
            texts << label->text();
        if (const auto* button = qobject_cast<QAbstractButton*>(widget))
            texts << button->text();
        if (const auto* name = qobject_cast<NameView*>(widget))
            texts << name->text() << name->warningText() << name->errorText();
    }
    collectAccessible(QAccessible::queryAccessibleInterface(root), texts);
    texts.removeAll(QString());
    return texts;
}

inline bool anyContains(const QStringList& texts, const QString& needle)
{
    for (const QString& text : texts)
        if (text.contains(needle))
            return true;
    return false;
}

// Shows `window` at `size` and checks that everything fits: the layout needs no more height
// than the window has, every visible child lies inside it, and no single-line label is cut.
inline void showAndCheckFits(QWidget& window, QSize size)
{
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), size);
    QVERIFY2(window.layout()->minimumSize().height() <= size.height(),
             qPrintable(QString::number(window.layout()->minimumSize().height())));
    const QRect inside(QPoint(0, 0), size);
    for (const QWidget* child : window.findChildren<QWidget*>()) {
        if (!child->isVisibleTo(&window))
            continue;
        QVERIFY2(inside.contains(QRect(child->mapTo(&window, QPoint(0, 0)), child->size())),
                 qPrintable(child->objectName()));
        const auto* label = qobject_cast<const QLabel*>(child);
        if (label && !label->wordWrap() && !label->text().isEmpty()) {
            QVERIFY2(label->sizeHint().width() <= label->width(),
                     qPrintable(QStringLiteral("%1: %2 > %3")
                                    .arg(label->text())
                                    .arg(label->sizeHint().width())
                                    .arg(label->width())));
        }
    }
}

} // namespace madoguchi::test
