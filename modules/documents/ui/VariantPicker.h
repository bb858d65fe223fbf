#pragma once

#include "documents/FontCatalog.h"
#include "documents/TextImageRenderer.h"

#include <QFrame>
#include <QString>

#include <memory>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace madoguchi {

// A popup grid of the glyphs the font registers for one base character, drawn by the engine
// (renderGlyph) with their code points under them: the plain base first, then every registered
// variation sequence. Keyboard first: arrows move, Enter chooses, Esc closes. Each cell's
// accessible name is "葛 U+E0102". NameLineEdit opens it for the character before the cursor.
class VariantPicker : public QFrame
{
    Q_OBJECT

public:
    explicit VariantPicker(std::shared_ptr<FontCatalog> fonts, QWidget* parent = nullptr);

    // Fills the grid for `base`, with `current` (a selector, 0 for none) preselected. Returns
    // the number of registered variants (0: the grid holds the base alone and says so).
    int setBase(char32_t base, char32_t current = 0);
    char32_t base() const { return m_base; }
    int variantCount() const { return m_variantCount; }
    // The line under the grid ("no registered variants", a font error); empty when none.
    QString message() const;
    QListWidget* grid() const { return m_grid; }

    // Shows the picker as a popup at `globalPos` with the keyboard in the grid.
    void popup(const QPoint& globalPos);

    // "U+845B"
    static QString codePoint(char32_t c);

Q_SIGNALS:
    // The sequence chosen: base + selector, or the base alone for the plain form.
    void variantChosen(const QString& sequence);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void choose(QListWidgetItem* item);
    void addCell(const QString& sequence, std::uint32_t glyph, const QString& caption, bool current);

    std::shared_ptr<FontCatalog> m_fonts;
    TextImageRenderer m_renderer;
    QLabel* m_heading = nullptr;
    QListWidget* m_grid = nullptr;
    QLabel* m_message = nullptr;
    char32_t m_base = 0;
    int m_variantCount = 0;
    bool m_chosen = false;
};

} // namespace madoguchi
