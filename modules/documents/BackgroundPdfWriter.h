#pragma once

#include "common/Result.h"
#include "documents/Document.h"
#include "documents/FontCatalog.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

class QObject;
class QThreadPool;

namespace madoguchi {

// PdfWriter on a worker thread, for callers on the GUI thread: laying out, shaping and drawing
// a page take tens of milliseconds (more the first time a font is loaded), which the GUI thread
// must not spend. The answer comes on the thread of `context`, through its event loop, never
// before write() returns, and not at all when `context` is destroyed first.
//
// Why rendering off the GUI thread is safe: the job owns a copy of the Document (implicitly
// shared QString/QImage/QList values, copied with atomic reference counts) and of the
// FontCatalog's shared_ptr, so neither can go away under it. FontCatalog locks its cache.
// FontFace is immutable after loading: its hb_font_t is made immutable (HarfBuzz allows shaping
// with one font from several threads, each with its own hb_buffer_t, as ShapedText does) and its
// cairo font faces are reference counted by cairo, which locks its font caches and the FreeType
// face it draws from (cairo-ft's per-face mutex). fontconfig (>= 2.13) is thread-safe for the
// lookups FontCatalog makes. Each job makes its own cairo surface and context. No QFont,
// QRawFont, QPainter or QPdfWriter is involved (see PdfWriter); QTextBoundaryFinder is
// reentrant. NameView draws with the same FontFace on the GUI thread meanwhile, under the same
// rules.
//
// It writes no audit record and asks for no approval: output with residents' data goes through
// PrintGate, which renders through the same worker path.
class BackgroundPdfWriter
{
public:
    // `pool`: where the work runs; Qt's global pool when null. Must outlive the writes.
    explicit BackgroundPdfWriter(std::shared_ptr<FontCatalog> fonts, QThreadPool* pool = nullptr);

    // PdfWriter::write() in the background.
    void write(const Document& document, QObject* context,
               std::function<void(Result<QByteArray>)> done) const;
    // PdfWriter::writeFile() in the background: the file is written by the worker too, so it
    // is complete even when `context` is gone before the answer.
    void writeFile(const Document& document, const QString& path, QObject* context,
                   std::function<void(Status)> done) const;

private:
    std::shared_ptr<FontCatalog> m_fonts;
    QThreadPool* m_pool;
};

} // namespace madoguchi
