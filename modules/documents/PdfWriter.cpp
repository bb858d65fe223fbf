#include "documents/PdfWriter.h"

#include "documents/PageLayout.h"
#include "documents/PagePainter.h"

#include <QSaveFile>

#include <cairo-pdf.h>
#include <cairo.h>

#include <cmath>

namespace madoguchi {

namespace {

cairo_status_t appendToByteArray(void* closure, const unsigned char* data, unsigned int length)
{
    static_cast<QByteArray*>(closure)->append(reinterpret_cast<const char*>(data), qsizetype(length));
    return CAIRO_STATUS_SUCCESS;
}

} // namespace

PdfWriter::PdfWriter(std::shared_ptr<FontCatalog> fonts)
    : m_fonts(std::move(fonts))
{}

Result<QByteArray> PdfWriter::write(const Document& document) const
{
    auto pages = PageLayout(*m_fonts).layout(document);
    if (!pages)
        return pages.error();

    QByteArray pdf;
    const QSizeF first = pages.value().front().sizePt;
    cairo_surface_t* surface =
        cairo_pdf_surface_create_for_stream(&appendToByteArray, &pdf, first.width(), first.height());
    cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_5);
    if (!document.title.isEmpty())
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE,
                                       document.title.toUtf8().constData());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Madoguchi " MADOGUCHI_VERSION);
    cairo_t* cr = cairo_create(surface);
    for (const LaidOutPage& page : pages.value()) {
        cairo_pdf_surface_set_size(surface, page.sizePt.width(), page.sizePt.height());
        PagePainter::paint(cr, page);
        cairo_show_page(cr);
    }
    const cairo_status_t drawn = cairo_status(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t finished = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (drawn != CAIRO_STATUS_SUCCESS || finished != CAIRO_STATUS_SUCCESS) {
        return makeError(QStringLiteral("documents.pdf"),
                         tr("The PDF could not be written: %1")
                             .arg(QString::fromUtf8(
                                 cairo_status_to_string(drawn != CAIRO_STATUS_SUCCESS ? drawn : finished))),
                         document.id);
    }
    return pdf;
}

Status PdfWriter::writeFile(const Document& document, const QString& path) const
{
    auto pdf = write(document);
    if (!pdf)
        return pdf.error();
    return save(pdf.value(), path);
}

Status PdfWriter::save(const QByteArray& pdf, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        return makeError(QStringLiteral("documents.write"),
                         tr("The PDF could not be saved: %1").arg(file.errorString()), path);
    }
    return {};
}

Result<int> PdfWriter::pageCount(const Document& document) const
{
    auto pages = PageLayout(*m_fonts).layout(document);
    if (!pages)
        return pages.error();
    return int(pages.value().size());
}

Result<QImage> PdfWriter::renderPage(const Document& document, int page, double dpi) const
{
    auto pages = PageLayout(*m_fonts).layout(document);
    if (!pages)
        return pages.error();
    if (page < 0 || page >= int(pages.value().size()) || dpi <= 0 || dpi > 1200) {
        return makeError(QStringLiteral("documents.page"),
                         tr("There is no page %1 to show (the document has %2) or the resolution %3 dpi is "
                            "not usable.")
                             .arg(page + 1)
                             .arg(pages.value().size())
                             .arg(dpi),
                         document.id);
    }
    const LaidOutPage& laidOut = pages.value().at(static_cast<std::size_t>(page));
    const double scale = dpi / 72.0;
    QImage image(int(std::ceil(laidOut.sizePt.width() * scale)),
                 int(std::ceil(laidOut.sizePt.height() * scale)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    cairo_surface_t* surface = cairo_image_surface_create_for_data(
        image.bits(), CAIRO_FORMAT_ARGB32, image.width(), image.height(), int(image.bytesPerLine()));
    cairo_t* cr = cairo_create(surface);
    cairo_scale(cr, scale, scale);
    PagePainter::paint(cr, laidOut);
    cairo_destroy(cr);
    cairo_surface_flush(surface);
    cairo_surface_destroy(surface);
    return image;
}

} // namespace madoguchi
