#pragma once

#include "documents/FontCatalog.h"
#include "documents/TextImageRenderer.h"
#include "documents/VariationSequence.h"

#include <QList>
#include <QWidget>

#include <memory>

class QGridLayout;
class QLabel;

namespace madoguchi {

// Shows each unregistered variation sequence "both ways": the code points that were asked for
// (葛 U+845B + U+E0100), the glyph that will actually print (the base glyph, drawn by the
// engine) and the variants the font does register for that base, so the clerk or supervisor
// can see whether one of those was meant. Used by VariantWarningDialog and
// SupervisorApprovalDialog.
class VariantComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit VariantComparisonView(std::shared_ptr<FontCatalog> fonts, QWidget* parent = nullptr);

    void setSequences(const QList<VariationSequence>& sequences);
    QList<VariationSequence> sequences() const { return m_sequences; }

    // "葛 U+845B + U+E0100"
    static QString describe(const VariationSequence& sequence);

    static constexpr int glyphPixels = 48;
    // IPAmj registers up to a few dozen variants of one character: wrap them in rows.
    static constexpr int variantsPerRow = 4;

private:
    // A glyph image drawn by the engine with a caption under it.
    QWidget* glyphCell(QWidget* parent, std::uint32_t glyph, const QString& accessibleName,
                       const QString& caption) const;
    void clear();

    std::shared_ptr<FontCatalog> m_fonts;
    TextImageRenderer m_renderer;
    QGridLayout* m_grid = nullptr;
    QList<VariationSequence> m_sequences;
};

} // namespace madoguchi
