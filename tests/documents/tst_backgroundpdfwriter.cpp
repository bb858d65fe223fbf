#include "DocumentsTestSupport.h"

#include "documents/BackgroundPdfWriter.h"
#include "documents/PdfWriter.h"

#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

using namespace madoguchi;
using namespace madoguchi::test;

namespace {

constexpr int kAnswerMs = 60000;

Document namesDocument(const QString& id, const QStringList& names)
{
    Document document;
    document.id = id;
    document.title = QStringLiteral("names");
    Page page;
    for (int row = 0; row < names.size(); ++row) {
        TextElement text;
        text.box = QRectF(20, 20 + row * 15, 170, 12);
        text.text = names.at(row);
        text.style.role = FontRole::Name;
        text.style.sizePt = 18;
        page.elements.append(text);
    }
    document.pages.append(page);
    return document;
}

} // namespace

// PDFs drawn on worker threads for the GUI thread: the answer comes later, on the thread that
// asked, and never to a receiver that is gone; the same bytes as PdfWriter on its own.
class TestBackgroundPdfWriter : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<FontCatalog> m_fonts = FontCatalog::create();
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void writeAnswersLaterOnTheCallersThread()
    {
        QSemaphore release;
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        pool.start([&release] { (void)release.tryAcquire(1, kAnswerMs); }); // the worker is busy
        QObject receiver;
        std::optional<Result<QByteArray>> result;
        QThread* answeredOn = nullptr;
        BackgroundPdfWriter(m_fonts, &pool)
            .write(namesDocument(QStringLiteral("names/1"), registeredNames()), &receiver,
                   [&](Result<QByteArray> pdf) {
                       answeredOn = QThread::currentThread();
                       result = std::move(pdf);
                   });
        QVERIFY(!result); // returned before anything was drawn
        QCoreApplication::processEvents();
        QVERIFY(!result);
        release.release();
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), kAnswerMs);
        QCOMPARE(answeredOn, QThread::currentThread());
        QVERIFY2(*result, *result ? "" : qPrintable(result->error().toString()));

        // What the worker drew reads back as what this thread draws.
        const QString background = m_dir.filePath(QStringLiteral("background.pdf"));
        const QString here = m_dir.filePath(QStringLiteral("here.pdf"));
        QVERIFY(PdfWriter::save(result->value(), background));
        QVERIFY(
            PdfWriter(m_fonts).writeFile(namesDocument(QStringLiteral("names/1"), registeredNames()), here));
        bool ok = false;
        const QString backgroundText = pdfToText(background, &ok);
        QVERIFY(ok);
        const QString hereText = pdfToText(here, &ok);
        QVERIFY(ok);
        QCOMPARE(codePoints(backgroundText), codePoints(hereText));
        QVERIFY(codePoints(backgroundText.split(u'\n').first()) == codePoints(registeredNames().first()));
    }

    void writeFileWritesTheFileBeforeAnswering()
    {
        QObject receiver;
        const QString path = m_dir.filePath(QStringLiteral("slip.pdf"));
        std::optional<Status> status;
        BackgroundPdfWriter(m_fonts).writeFile(
            namesDocument(QStringLiteral("names/2"), {QStringLiteral("髙橋")}), path, &receiver,
            [&](Status s) {
                // Complete when the answer comes.
                QVERIFY(QFile::exists(path));
                status = s;
            });
        QVERIFY(!status);
        QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), kAnswerMs);
        QVERIFY2(*status, *status ? "" : qPrintable(status->error().toString()));
        bool ok = false;
        QVERIFY(pdfToText(path, &ok).contains(QStringLiteral("髙橋")));
        QVERIFY(ok);
    }

    void errorsArriveAsValues()
    {
        QObject receiver;
        std::optional<Result<QByteArray>> empty;
        BackgroundPdfWriter(m_fonts).write(Document{}, &receiver,
                                           [&](Result<QByteArray> pdf) { empty = pdf; });
        std::optional<Status> unwritable;
        const QString path = m_dir.filePath(QStringLiteral("no-such-folder/slip.pdf"));
        BackgroundPdfWriter(m_fonts).writeFile(
            namesDocument(QStringLiteral("names/3"), {QStringLiteral("辻")}), path, &receiver,
            [&](Status s) { unwritable = s; });
        QTRY_VERIFY_WITH_TIMEOUT(empty.has_value() && unwritable.has_value(), kAnswerMs);
        QVERIFY(!*empty);
        QCOMPARE(empty->error().code, QStringLiteral("documents.empty"));
        QVERIFY(!*unwritable);
        QCOMPARE(unwritable->error().code, QStringLiteral("documents.write"));
        QCOMPARE(unwritable->error().where, path);
        QVERIFY(!QFile::exists(path));
    }

    // The receiver (a page that was closed) goes while the PDF is drawn: no answer, no crash;
    // the file of writeFile() is still complete.
    void receiverDestroyedMidRender()
    {
        QSemaphore release;
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        pool.start([&release] { (void)release.tryAcquire(1, kAnswerMs); });
        const QString path = m_dir.filePath(QStringLiteral("orphan.pdf"));
        bool answered = false;
        {
            auto receiver = std::make_unique<QObject>();
            const BackgroundPdfWriter writer(m_fonts, &pool);
            writer.write(namesDocument(QStringLiteral("names/4"), registeredNames()), receiver.get(),
                         [&answered](Result<QByteArray>) { answered = true; });
            writer.writeFile(namesDocument(QStringLiteral("names/5"), registeredNames()), path,
                             receiver.get(), [&answered](Status) { answered = true; });
        }
        release.release();
        QVERIFY(pool.waitForDone(kAnswerMs));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::processEvents();
        QVERIFY(!answered);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("%PDF"));
    }

    // Many at once on several workers, while this thread draws with the same fonts too (as a
    // NameView does): every PDF comes out whole. Run under the sanitizers, this is the check
    // that the shared fonts hold up.
    void manyInParallelWithTheGuiThreadDrawing()
    {
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        QObject receiver;
        constexpr int jobs = 12;
        // A fresh catalog: the fonts are loaded by whichever thread comes first.
        auto fonts = FontCatalog::create();
        const BackgroundPdfWriter writer(fonts, &pool);
        int good = 0;
        QStringList errors;
        for (int i = 0; i < jobs; ++i) {
            writer.write(namesDocument(QStringLiteral("names/p%1").arg(i), registeredNames()), &receiver,
                         [&](Result<QByteArray> pdf) {
                             if (pdf && pdf.value().startsWith("%PDF"))
                                 ++good;
                             else
                                 errors << (pdf ? QStringLiteral("not a PDF") : pdf.error().toString());
                         });
        }
        for (int i = 0; i < 4; ++i)
            QVERIFY(PdfWriter(fonts).write(namesDocument(QStringLiteral("names/here"), registeredNames())));
        QTRY_COMPARE_WITH_TIMEOUT(good + int(errors.size()), jobs, kAnswerMs);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestBackgroundPdfWriter)
#include "tst_backgroundpdfwriter.moc"
