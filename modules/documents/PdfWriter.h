#pragma once

#include "common/Result.h"
#include "documents/Document.h"
#include "documents/FontCatalog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <memory>

namespace madoguchi {

// Writes a Document as PDF with cairo: text is shaped by HarfBuzz and drawn with
// cairo_show_text_glyphs and its cluster map, so the PDF's text layer carries every code point
// (variation selectors, registered or not, and characters outside the BMP) while the drawn
// glyph is the font's registered variant. Not QPdfWriter: in Qt 6.4 it draws base glyphs and
// drops selectors and non-BMP characters from the text layer.
//
// This class does not ask for approval of unregistered variants: output that reaches a
// printer or leaves the counter goes through PrintGate.
class PdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::PdfWriter)

public:
    explicit PdfWriter(std::shared_ptr<FontCatalog> fonts);

    // Errors: documents.empty (no pages), a font error, documents.layout (an element that
    // cannot be laid out, e.g. a table row taller than a page), documents.pdf (cairo).
    Result<QByteArray> write(const Document& document) const;
    Status writeFile(const Document& document, const QString& path) const;
    // Writes PDF bytes to `path` whole or not at all (QSaveFile). Errors: documents.write.
    static Status save(const QByteArray& pdf, const QString& path);

    // Pages after layout (tables may continue on extra pages).
    Result<int> pageCount(const Document& document) const;
    // A page (0-based, after layout) drawn by the same code into an image on white, for a
    // preview without a PDF viewer. `dpi` e.g. 96 for the screen, 150 for checks.
    Result<QImage> renderPage(const Document& document, int page, double dpi) const;

private:
    std::shared_ptr<FontCatalog> m_fonts;
};

} // namespace madoguchi
