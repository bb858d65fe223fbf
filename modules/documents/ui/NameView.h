#pragma once

#include "documents/FontCatalog.h"
#include "documents/TextImageRenderer.h"
#include "documents/VariantChecker.h"
#include "documents/VariationSequence.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <memory>
#include <optional>

class QAction;
class QToolButton;

namespace madoguchi {

// One line of a resident's name or address, drawn by the documents engine (HarfBuzz + cairo,
// IPAmj Mincho for FontRole::Name) so that the clerk sees the glyph that will print: Qt 6.4's
// own text drawing ignores variation selectors and shows the base glyph of 葛+U+E0102.
//
// - Size: the widget's font decides the pixel size (stylesheets and large-type settings apply);
//   drawn again when the text, role, font, palette or device pixel ratio change, else cached.
// - Too wide: shrunk down to half size, then cut at a grapheme boundary with "…" (LineFitter);
//   the accessible name and Copy always carry the whole text.
// - Sequences the font does not register (they print as the base glyph): a warning button
//   with a tooltip and an accessible description, and unregisteredVariantsFound().
// - A missing font: an error text in place of the name, never a silent fallback font.
// - Ctrl+C and the context menu's Copy put the exact text (selectors included) on the clipboard.
class NameView : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)

public:
    explicit NameView(std::shared_ptr<FontCatalog> fonts, QWidget* parent = nullptr);
    ~NameView() override;

    QString text() const { return m_text; }
    void setText(const QString& text);
    FontRole role() const { return m_role; }
    void setRole(FontRole role);
    Qt::Alignment alignment() const { return m_alignment; }
    void setAlignment(Qt::Alignment alignment);

    // What the clerk is told: the font error shown instead of the name (empty when none), and
    // the sequences that will print as their base glyph.
    QString errorText() const { return m_error; }
    QList<VariationSequence> unregistered() const { return m_unregistered; }
    // The warning description (tooltip and accessible description); empty without a warning.
    QString warningText() const;
    QToolButton* warningMarker() const { return m_marker; }

    // Where the line image was drawn last (logical pixels), its size and whether it was cut.
    QRectF lineRect() const { return m_lineRect; }
    qreal drawnPixelSize() const { return m_drawnPixelSize; }
    bool isElided() const { return m_elided; }
    // The pixel size the widget's font asks for.
    qreal pixelSize() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void copy() const;

Q_SIGNALS:
    void textChanged(const QString& text);
    // After a text or role change, when the font lacks some of the text's sequences.
    void unregisteredVariantsFound(const QList<madoguchi::VariationSequence>& sequences);
    // The warning button was pressed: the host may open a VariantWarningDialog.
    void warningActivated(const QList<madoguchi::VariationSequence>& sequences);

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void check();
    void invalidate();
    void ensureRendered();
    void placeMarker();
    void updateAccessibility();
    void retranslate();
    QRect lineArea() const;
    QColor textColor() const;

    std::shared_ptr<FontCatalog> m_fonts;
    TextImageRenderer m_renderer;
    QString m_text;
    FontRole m_role = FontRole::Name;
    Qt::Alignment m_alignment = Qt::AlignLeft | Qt::AlignVCenter;
    QList<VariationSequence> m_unregistered;
    QString m_checkError;
    QString m_error;
    QToolButton* m_marker = nullptr;
    QAction* m_copy = nullptr;

    // The cached drawing and what it was drawn for.
    bool m_dirty = true;
    TextImage m_image;
    QRectF m_lineRect;
    qreal m_drawnPixelSize = 0;
    bool m_elided = false;
    qreal m_cachedDpr = 0;
    QColor m_cachedColor;
    int m_cachedWidth = -1;
};

} // namespace madoguchi
