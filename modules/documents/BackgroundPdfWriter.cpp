#include "documents/BackgroundPdfWriter.h"

#include "common/BackgroundJob.h"
#include "documents/PdfWriter.h"

namespace madoguchi {

BackgroundPdfWriter::BackgroundPdfWriter(std::shared_ptr<FontCatalog> fonts, QThreadPool* pool)
    : m_fonts(std::move(fonts))
    , m_pool(pool)
{}

void BackgroundPdfWriter::write(const Document& document, QObject* context,
                                std::function<void(Result<QByteArray>)> done) const
{
    runInBackground<Result<QByteArray>>(
        context, [fonts = m_fonts, document] { return PdfWriter(fonts).write(document); }, std::move(done),
        m_pool);
}

void BackgroundPdfWriter::writeFile(const Document& document, const QString& path, QObject* context,
                                    std::function<void(Status)> done) const
{
    runInBackground<Status>(
        context, [fonts = m_fonts, document, path] { return PdfWriter(fonts).writeFile(document, path); },
        std::move(done), m_pool);
}

} // namespace madoguchi
