#pragma once

#include "documents/FontCatalog.h"
#include "documents/TextImageRenderer.h"

#include <QCache>
#include <QStyledItemDelegate>

#include <memory>

namespace madoguchi {

// Draws the Qt::DisplayRole text of a table or list cell through the documents engine, like
// NameView, so that a column of names shows the registered variant glyphs (Qt 6.4's item
// drawing shows base glyphs). Background, selection and focus come from the style; the text
// colour from the palette (HighlightedText when selected). A cell whose text has a sequence the
// font does not register gets a warning icon at its right edge. Too-wide text shrinks, then is
// cut with "…" at a grapheme boundary (LineFitter). Editing uses NameLineEdit (variant picker).
class NameItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit NameItemDelegate(std::shared_ptr<FontCatalog> fonts, QObject* parent = nullptr);
    ~NameItemDelegate() override;

    FontRole role() const { return m_role; }
    void setRole(FontRole role);

    // Bytes of drawn cells kept (least recently used go first).
    static constexpr int cacheBytes = 8 * 1024 * 1024;
    int cachedLines() const { return static_cast<int>(m_cache.count()); }
    qsizetype cachedBytes() const { return m_cache.totalCost(); }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;

private:
    struct CachedLine
    {
        TextImage image;
        QString error;
        bool unregistered = false;
    };

    const CachedLine* line(const QString& text, qreal pixelSize, qreal maxWidth, const QColor& color,
                           qreal dpr) const;
    bool hasUnregistered(const QString& text) const;

    std::shared_ptr<FontCatalog> m_fonts;
    TextImageRenderer m_renderer;
    FontRole m_role = FontRole::Name;
    mutable QCache<QString, CachedLine> m_cache;
};

} // namespace madoguchi
