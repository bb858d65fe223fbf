#include "NameLineEdit.h"

#include "VariantPicker.h"
#include "common/JapaneseText.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QStyle>

#include <algorithm>

namespace madoguchi {

namespace {

// The code point ending just before `end` and its first UTF-16 index.
char32_t codePointBefore(const QString& text, int end, int* start)
{
    if (end >= 2 && text.at(end - 1).isLowSurrogate() && text.at(end - 2).isHighSurrogate()) {
        *start = end - 2;
        return QChar::surrogateToUcs4(text.at(end - 2), text.at(end - 1));
    }
    *start = end - 1;
    return text.at(end - 1).unicode();
}

} // namespace

NameLineEdit::NameLineEdit(std::shared_ptr<FontCatalog> fonts, QWidget* parent)
    : QLineEdit(parent)
    , m_fonts(std::move(fonts))
    , m_picker(new VariantPicker(m_fonts, this))
{
    setObjectName(QStringLiteral("nameLineEdit"));
    m_pick =
        addAction(style()->standardIcon(QStyle::SP_ArrowDown, nullptr, this), QLineEdit::TrailingPosition);
    m_pick->setObjectName(QStringLiteral("pickVariant"));
    connect(m_pick, &QAction::triggered, this, &NameLineEdit::pickVariant);
    connect(m_picker, &VariantPicker::variantChosen, this, &NameLineEdit::insertVariant);
    connect(m_picker, &VariantPicker::cancelled, this, [this] { setFocus(); });
    retranslate();
}

NameLineEdit::Span NameLineEdit::spanBefore(const QString& text, int cursor)
{
    Span span;
    cursor = std::clamp(cursor, 0, static_cast<int>(text.size()));
    if (cursor == 0)
        return span;
    int start = 0;
    char32_t c = codePointBefore(text, cursor, &start);
    char32_t selector = 0;
    if (JapaneseText::isVariationSelector(c)) {
        // The cursor sits after a sequence: the picker replaces base and selector together.
        selector = c;
        if (start == 0)
            return span;
        c = codePointBefore(text, start, &start);
        if (JapaneseText::isVariationSelector(c))
            return span; // two selectors in a row: nothing sensible to replace
    } else if (cursor < text.size()) {
        // Qt moves the cursor by grapheme, but a caller may set it between base and selector.
        int next = cursor;
        const char32_t after = text.at(next).isHighSurrogate() && next + 1 < text.size()
                                   ? QChar::surrogateToUcs4(text.at(next), text.at(next + 1))
                                   : text.at(next).unicode();
        if (JapaneseText::isVariationSelector(after)) {
            selector = after;
            cursor += after > 0xFFFF ? 2 : 1;
        }
    }
    span.start = start;
    span.length = cursor - start;
    span.base = c;
    span.selector = selector;
    return span;
}

void NameLineEdit::pickVariant()
{
    if (isReadOnly())
        return;
    m_span = spanBefore(text(), cursorPosition());
    if (m_span.length == 0) {
        QApplication::beep();
        return;
    }
    m_picker->setBase(m_span.base, m_span.selector);
    m_picker->popup(mapToGlobal(cursorRect().bottomLeft()));
}

void NameLineEdit::insertVariant(const QString& sequence)
{
    // The text may have changed while the picker was open (it is a popup, but be safe).
    const Span now = spanBefore(text(), m_span.start + m_span.length);
    if (now.start == m_span.start && now.base == m_span.base) {
        setSelection(now.start, now.length);
        insert(sequence); // replaces the selection, undoable with Ctrl+Z
    }
    setFocus();
}

void NameLineEdit::keyPressEvent(QKeyEvent* event)
{
    const bool downWithModifier =
        event->key() == Qt::Key_Down && (event->modifiers() & (Qt::AltModifier | Qt::ControlModifier));
    if (event->key() == Qt::Key_F4 || downWithModifier) {
        pickVariant();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void NameLineEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QLineEdit::changeEvent(event);
}

void NameLineEdit::retranslate()
{
    m_pick->setText(tr("Choose variant (F4)"));
    m_pick->setToolTip(tr("Choose a registered variant of the character before the cursor (F4)"));
}

} // namespace madoguchi
