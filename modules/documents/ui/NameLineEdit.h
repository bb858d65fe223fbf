#pragma once

#include "documents/FontCatalog.h"

#include <QLineEdit>

#include <memory>

class QAction;

namespace madoguchi {

class VariantPicker;

// A line edit for typing a name with its registered variant: the clerk types the base
// character, presses F4 (or Alt+Down, Ctrl+Down, or the button at the right) and picks the
// variant in a VariantPicker; the choice replaces the character before the cursor (with any
// selector it already had) by base + selector, undoably. Pasted and imported text keeps its
// selectors: QLineEdit stores them untouched.
//
// Qt 6.4 draws the field's text with the base glyphs: show the result in a NameView next to
// the field when the clerk must see the variant while typing.
class NameLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit NameLineEdit(std::shared_ptr<FontCatalog> fonts, QWidget* parent = nullptr);

    // The character (with its selector, if any) the picker would replace: [start, start+length).
    // length 0 when there is no character before the cursor.
    struct Span
    {
        int start = 0;
        int length = 0;
        char32_t base = 0;
        char32_t selector = 0;
    };
    static Span spanBefore(const QString& text, int cursor);

    VariantPicker* picker() const { return m_picker; }
    QAction* pickAction() const { return m_pick; }

public Q_SLOTS:
    // Opens the picker for the character before the cursor; beeps when there is none.
    void pickVariant();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void insertVariant(const QString& sequence);
    void retranslate();

    std::shared_ptr<FontCatalog> m_fonts;
    VariantPicker* m_picker = nullptr;
    QAction* m_pick = nullptr;
    Span m_span;
};

} // namespace madoguchi
