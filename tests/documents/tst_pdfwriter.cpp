#include "DocumentsTestSupport.h"

#include "documents/GlyphPainter.h"
#include "documents/LaidOutPage.h"
#include "documents/PdfWriter.h"
#include "documents/VariantChecker.h"

#include <QBuffer>
#include <QPdfDocument>
#include <QPdfSelection>

#include <cairo-pdf.h>
#include <cairo.h>

using namespace madoguchi;
using namespace madoguchi::test;

namespace {

constexpr double nameSizePt = 36;
constexpr double leftMm = 20;
constexpr int dpi = 150;

double rowTopMm(int row)
{
    return 20 + row * 22;
}

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length)
{
    static_cast<QByteArray*>(closure)->append(reinterpret_cast<const char*>(data), qsizetype(length));
    return CAIRO_STATUS_SUCCESS;
}

} // namespace

// The PDF as poppler (pdftotext, pdftoppm) and QtPdf read it: every code point in the text
// layer, the registered variant glyph on the page.
class TestPdfWriter : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<FontCatalog> m_fonts = FontCatalog::create();
    QTemporaryDir m_dir;

    const FontFace& nameFont()
    {
        auto font = m_fonts->font(FontRole::Name);
        if (!font)
            qFatal("%s", qPrintable(font.error().toString()));
        return *font.value();
    }

    double baselinePt(int row)
    {
        return mmToPt(rowTopMm(row)) + nameFont().ascender() * nameSizePt / nameFont().unitsPerEm();
    }

    Document namesDocument(const QStringList& names)
    {
        Document document;
        document.id = QStringLiteral("test/names");
        document.title = QStringLiteral("names");
        Page page;
        for (int i = 0; i < names.size(); ++i) {
            TextElement text;
            text.box = QRectF(leftMm, rowTopMm(i), 170, 20);
            text.text = names.at(i);
            text.style.role = FontRole::Name;
            text.style.sizePt = nameSizePt;
            page.elements.append(text);
        }
        document.pages.append(page);
        return document;
    }

    QString writePdf(const Document& document, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        Status written = PdfWriter(m_fonts).writeFile(document, path);
        if (!written)
            qWarning("%s", qPrintable(written.error().toString()));
        return written ? path : QString();
    }

    // A PDF with only the given glyph ids, one per row where the names document has its first
    // character: drawn by cairo_show_glyphs, rendered by the same pdftoppm.
    QString referencePdf(const QList<std::uint32_t>& glyphs, const QString& name)
    {
        QByteArray pdf;
        const QSizeF a4(mmToPt(210), mmToPt(297));
        cairo_surface_t* surface =
            cairo_pdf_surface_create_for_stream(&append, &pdf, a4.width(), a4.height());
        cairo_t* cr = cairo_create(surface);
        GlyphPainter painter(cr, nameFont(), nameSizePt, false);
        for (int i = 0; i < glyphs.size(); ++i)
            painter.drawGlyph(glyphs.at(i), mmToPt(leftMm), baselinePt(i), Qt::black);
        cairo_show_page(cr);
        cairo_destroy(cr);
        cairo_surface_finish(surface);
        cairo_surface_destroy(surface);
        const QString path = m_dir.filePath(name);
        return writeFile(path, pdf) ? path : QString();
    }

    // The first character's cell of a row, in pixels of a `dpi` rendering.
    QRect firstCell(int row)
    {
        const double scale = dpi / 72.0;
        const double ascent = nameFont().ascender() * nameSizePt / nameFont().unitsPerEm();
        const double descent = nameFont().descender() * nameSizePt / nameFont().unitsPerEm();
        return QRect(int(mmToPt(leftMm) * scale) - 2, int((baselinePt(row) - ascent) * scale) - 2,
                     int(nameSizePt * scale) + 4, int((ascent + descent) * scale) + 4);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void textLayerHasEveryCodePoint()
    {
        const QStringList names = registeredNames();
        const QString path = writePdf(namesDocument(names), QStringLiteral("names.pdf"));
        QVERIFY(!path.isEmpty());
        bool ok = false;
        const QString text = pdfToText(path, &ok);
        QVERIFY(ok);
        QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        lines.removeAll(QStringLiteral("\f"));
        QCOMPARE(lines.size(), names.size());
        for (int i = 0; i < names.size(); ++i) {
            QVERIFY2(
                codePoints(lines.at(i)) == codePoints(names.at(i)),
                qPrintable(hexCodePoints(lines.at(i)) + QStringLiteral(" != ") + hexCodePoints(names.at(i))));
        }
        // The two that QPdfWriter gets wrong, spelled out.
        QVERIFY(codePoints(text).contains(0xE0102u));
        QVERIFY(codePoints(text).contains(0x20BB7u));
    }

    void unregisteredSelectorStaysInTheTextLayer()
    {
        const QString path =
            writePdf(namesDocument({unregisteredName()}), QStringLiteral("unregistered.pdf"));
        QVERIFY(!path.isEmpty());
        bool ok = false;
        const QString text = pdfToText(path, &ok).trimmed();
        QVERIFY(ok);
        QCOMPARE(codePoints(text), codePoints(unregisteredName()));
    }

    void qtPdfAgrees()
    {
        const QStringList names = registeredNames();
        const QString path = writePdf(namesDocument(names), QStringLiteral("qtpdf.pdf"));
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QCOMPARE(pdf.pageCount(), 1);
        QString text = pdf.getAllText(0).text();
        text.remove(u'\n').remove(u'\r').remove(u' ');
        QVERIFY2(
            codePoints(text) == codePoints(names.join(QString())),
            qPrintable(hexCodePoints(text) + QStringLiteral(" != ") + hexCodePoints(names.join(QString()))));

        // Its rendering (transparent: composited onto white) shows the same glyphs as poppler's.
        const QSize size(int(210 / 25.4 * dpi), int(297 / 25.4 * dpi));
        const QImage rendered = onWhite(pdf.render(0, size));
        bool ok = false;
        const QImage poppler = pdfToGray(path, dpi, m_dir.filePath(QStringLiteral("qtpdf")), &ok);
        QVERIFY(ok);
        const QRect cell = firstCell(0);
        const double difference = meanDifference(rendered.copy(cell), poppler.copy(cell));
        qInfo("QtPdf vs pdftoppm, first cell: %.2f", difference);
        QVERIFY2(difference < 8, qPrintable(QString::number(difference)));
    }

    void variantGlyphsAreDrawn()
    {
        const QStringList names = registeredNames();
        const QString path = writePdf(namesDocument(names), QStringLiteral("glyphs.pdf"));
        auto checker = VariantChecker::forRole(*m_fonts);
        QVERIFY(checker);

        // For each row the glyph its first character must show, and its base form.
        QList<std::uint32_t> expected;
        QList<std::uint32_t> base;
        QList<bool> isVariant;
        for (const QString& name : names) {
            const QList<VariationSequence> sequences = checker.value().check(name);
            const char32_t first = name.toUcs4().first();
            const std::uint32_t nominal = nameFont().glyph(first).value_or(0);
            QVERIFY(nominal != 0);
            const bool variant = !sequences.isEmpty() && sequences.first().position == 0;
            if (variant) {
                QVERIFY(sequences.first().registered);
                QCOMPARE(sequences.first().baseGlyph, nominal);
            }
            expected << (variant ? sequences.first().variantGlyph : nominal);
            base << nominal;
            isVariant << variant;
        }
        QCOMPARE(isVariant.count(true), 2);

        bool ok = false;
        const QImage page = pdfToGray(path, dpi, m_dir.filePath(QStringLiteral("page")), &ok);
        QVERIFY(ok);
        const QImage wanted = pdfToGray(referencePdf(expected, QStringLiteral("expected.pdf")), dpi,
                                        m_dir.filePath(QStringLiteral("expected")), &ok);
        QVERIFY(ok);
        const QImage baseForms = pdfToGray(referencePdf(base, QStringLiteral("base.pdf")), dpi,
                                           m_dir.filePath(QStringLiteral("base")), &ok);
        QVERIFY(ok);

        // Thresholds: the same glyph at the same place differs by rounding only (< 1 of 255);
        // 葛/辻 against their variants differ by > 4 (measured 14 and 21 at 36 pt, 150 dpi).
        for (int row = 0; row < names.size(); ++row) {
            const QRect cell = firstCell(row);
            const QImage drawn = page.copy(cell);
            QVERIFY2(inkShare(drawn) > 0.05, qPrintable(names.at(row)));
            const double toExpected = meanDifference(drawn, wanted.copy(cell));
            const double toBase = meanDifference(drawn, baseForms.copy(cell));
            qInfo("%s: difference to expected glyph %.2f, to base glyph %.2f",
                  qPrintable(hexCodePoints(names.at(row))), toExpected, toBase);
            QVERIFY2(toExpected < 1.0, qPrintable(names.at(row)));
            if (isVariant.at(row))
                QVERIFY2(toBase > 4.0, qPrintable(names.at(row)));
            else
                QVERIFY2(toBase < 1.0, qPrintable(names.at(row)));
        }
    }

    void tableContinuesWithPageNumbers()
    {
        Document document;
        document.id = QStringLiteral("test/table");
        Page page;
        TableElement table;
        table.topLeft = QPointF(20, 30);
        table.maxBottomMm = 270;
        table.columns = {TableColumn{15, QStringLiteral("No."), Qt::AlignRight, FontRole::Body},
                         TableColumn{50, QStringLiteral("氏名"), Qt::AlignLeft, FontRole::Name},
                         TableColumn{100, QStringLiteral("住所"), Qt::AlignLeft, FontRole::Name}};
        const QStringList names = registeredNames();
        for (int i = 0; i < 60; ++i) {
            table.rows << QStringList{QString::number(i + 1), names.at(i % names.size()),
                                      ucs(U"東京都葛\U000E0102飾区辻\U000E0102町") + QString::number(i + 1)};
        }
        page.elements.append(table);
        PageNumberElement number;
        number.box = QRectF(20, 280, 170, 8);
        page.elements.append(number);
        document.pages.append(page);

        auto count = PdfWriter(m_fonts).pageCount(document);
        QVERIFY(count);
        QVERIFY2(count.value() >= 2, qPrintable(QString::number(count.value())));
        const QString path = writePdf(document, QStringLiteral("table.pdf"));
        QVERIFY(!path.isEmpty());
        bool ok = false;
        const QString text = pdfToText(path, &ok);
        QVERIFY(ok);
        for (int p = 1; p <= count.value(); ++p)
            QVERIFY2(text.contains(QStringLiteral("%1 / %2").arg(p).arg(count.value())),
                     qPrintable(text.left(500)));
        QCOMPARE(text.count(QStringLiteral("氏名")), count.value()); // header on every page
        for (int i = 0; i < 60; ++i) {
            const QString address = ucs(U"東京都葛\U000E0102飾区辻\U000E0102町") + QString::number(i + 1);
            QVERIFY2(text.contains(address + u'\n'), qPrintable(hexCodePoints(address)));
        }
        QPdfDocument pdf;
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        QCOMPARE(pdf.pageCount(), count.value());
    }

    void bytesFileAndPreview()
    {
        const Document document = namesDocument(registeredNames());
        auto bytes = PdfWriter(m_fonts).write(document);
        QVERIFY(bytes);
        QVERIFY(bytes.value().startsWith("%PDF-1.5"));
        auto preview = PdfWriter(m_fonts).renderPage(document, 0, 72);
        QVERIFY(preview);
        QCOMPARE(preview.value().size(), QSize(596, 842));
        QVERIFY(inkShare(preview.value()) > 0.005);
        QVERIFY(!PdfWriter(m_fonts).renderPage(document, 1, 72));
        QVERIFY(!PdfWriter(m_fonts).renderPage(document, 0, 0));
    }

    void imagesArePlaced()
    {
        QImage seal(40, 40, QImage::Format_ARGB32);
        seal.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(seal.save(&buffer, "PNG"));
        ImageElement image;
        image.rect = QRectF(150, 20, 20, 20);
        QVERIFY(image.image.loadFromData(png));
        Document document;
        document.pages.append(
            Page{false, {image, BoxElement{QRectF(10, 10, 50, 20), 1, Qt::black, Qt::blue}}});
        auto preview = PdfWriter(m_fonts).renderPage(document, 0, 72);
        QVERIFY(preview);
        QCOMPARE(preview.value().pixelColor(int(mmToPt(160)), int(mmToPt(30))), QColor(Qt::red));
        QCOMPARE(preview.value().pixelColor(int(mmToPt(30)), int(mmToPt(20))), QColor(Qt::blue));
        const QString path = writePdf(document, QStringLiteral("image.pdf"));
        bool ok = false;
        const QImage page = pdfToGray(path, 72, m_dir.filePath(QStringLiteral("image")), &ok);
        QVERIFY(ok);
        QVERIFY(qGray(page.pixel(int(mmToPt(160)), int(mmToPt(30)))) < 120); // red as grey
    }

    void errorsWriteNothing()
    {
        FontFamilies wrong;
        wrong.name = {QStringLiteral("IPAmjMincho-Typo")};
        const QString path = m_dir.filePath(QStringLiteral("never.pdf"));
        Status written =
            PdfWriter(FontCatalog::create(wrong)).writeFile(namesDocument(registeredNames()), path);
        QVERIFY(!written);
        QCOMPARE(written.error().code, QStringLiteral("documents.fontMissing"));
        QVERIFY(written.error().message.contains(QStringLiteral("IPAmjMincho-Typo")));
        QVERIFY(!QFile::exists(path));

        auto empty = PdfWriter(m_fonts).write(Document{});
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, QStringLiteral("documents.empty"));

        Document tall;
        TableElement table;
        table.topLeft = QPointF(20, 270);
        table.maxBottomMm = 280;
        table.columns = {TableColumn{10, QStringLiteral("x"), Qt::AlignLeft, FontRole::Body}};
        table.rows << QStringList{
            QStringLiteral("とても長い文章が一行に収まらないので何行にも折り返されます")};
        tall.pages.append(Page{false, {table}});
        auto layout = PdfWriter(m_fonts).write(tall);
        QVERIFY(!layout);
        QCOMPARE(layout.error().code, QStringLiteral("documents.layout"));
    }
};

QTEST_MAIN(TestPdfWriter)
#include "tst_pdfwriter.moc"
