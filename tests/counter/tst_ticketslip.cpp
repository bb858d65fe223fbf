#include "FormTestSupport.h"

#include "counter/TicketSlip.h"
#include "documents/TemplateLibrary.h"
#include "documents/TemplateLoader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;
using namespace madoguchi::counter;
using namespace madoguchi::test;

namespace {

TicketSlip::Content sampleTicket()
{
    TicketSlip::Content content;
    content.wardName = QStringLiteral("北区役所");
    content.categoryTitle = QStringLiteral("住所の変更");
    content.categoryTitleEn = QStringLiteral("Change of address");
    content.number = QStringLiteral("A-012");
    content.issuedAt = QDateTime(QDate(2024, 5, 1), QTime(10, 23));
    content.waitingCount = 3;
    return content;
}

} // namespace

// The queue ticket slip: its number big and readable by pdftotext, the wait message in both
// languages, and errors for a slip without its number.
class TestTicketSlip : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<FontCatalog> m_fonts = FontCatalog::create();
    QTemporaryDir m_dir;

    QString slipPdf(const TicketSlip& slip, const TicketSlip::Content& content)
    {
        auto pdf = slip.pdf(content);
        if (!pdf) {
            qWarning("%s", qPrintable(pdf.error().toString()));
            return {};
        }
        const QString path = m_dir.filePath(content.number + QStringLiteral(".pdf"));
        return writeFile(path, pdf.value()) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Status fonts = m_fonts->verify();
        if (!fonts)
            QFAIL(qPrintable(fonts.error().toString()));
    }

    void templateIsBuiltIn()
    {
        const TemplateLibrary library;
        QVERIFY(library.names().contains(TicketSlip::templateName.toString()));
        QFile file(library.pathOf(TicketSlip::templateName.toString()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<Error> problems =
            TemplateLoader::problems(file.readAll(), QStringLiteral("queue-ticket.json"));
        for (const Error& problem : problems)
            qWarning("%s", qPrintable(problem.toString()));
        QVERIFY(problems.isEmpty());
    }

    void slipShowsTheTicket()
    {
        const QString pdf = slipPdf(TicketSlip(m_fonts), sampleTicket());
        QVERIFY(!pdf.isEmpty());
        bool ok = false;
        const QString text = pdfToText(pdf, &ok);
        QVERIFY(ok);
        for (const QString& expected :
             {QStringLiteral("北区役所"), QStringLiteral("住所の変更"), QStringLiteral("Change of address"),
              QStringLiteral("A-012"), QStringLiteral("令和6年5月1日"), QStringLiteral("10:23 発行"),
              QStringLiteral("3人"), QStringLiteral("Waiting: 3"),
              QStringLiteral("お呼びするまでお待ちください"),
              QStringLiteral("Please wait until your number is called")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in: ") + text));

        // The number sits in its own big box, alone.
        auto slipTemplate = TemplateLibrary().load(TicketSlip::templateName.toString());
        QVERIFY(slipTemplate);
        const auto box = boxOfPlaceholder(slipTemplate.value(), QStringLiteral("{{ticket.number}}"));
        QVERIFY(box);
        QCOMPARE(pdfTextIn(pdf, *box, &ok), QStringLiteral("A-012"));
        QVERIFY(ok);
        // Small enough for a slip printer: everything in the top-left 80 x 100 mm.
        QCOMPARE(pdfTextIn(pdf, QRectF(80, 0, 130, 297), &ok), QString());
        QCOMPARE(pdfTextIn(pdf, QRectF(0, 100, 210, 197), &ok), QString());
    }

    void documentIsNamedForTheAudit()
    {
        auto document = TicketSlip(m_fonts).document(sampleTicket());
        QVERIFY(document);
        QCOMPARE(document.value().id, QStringLiteral("queue-ticket/A-012"));
        QCOMPARE(document.value().title, QStringLiteral("受付番号 A-012"));
        QCOMPARE(document.value().pages.size(), 1);
    }

    void withoutEnglishTitleOrWaitingPeople()
    {
        TicketSlip::Content content = sampleTicket();
        content.categoryTitleEn.clear();
        content.waitingCount = 0;
        content.number = QStringLiteral("B-100");
        const QString pdf = slipPdf(TicketSlip(m_fonts), content);
        QVERIFY(!pdf.isEmpty());
        bool ok = false;
        const QString text = pdfToText(pdf, &ok);
        QVERIFY(text.contains(QStringLiteral("B-100")));
        QVERIFY(text.contains(QStringLiteral("0人")));
    }

    void missingFieldsAreErrors()
    {
        TicketSlip::Content content = sampleTicket();
        content.number = QStringLiteral(" ");
        content.issuedAt = QDateTime();
        auto document = TicketSlip(m_fonts).document(content);
        QVERIFY(!document);
        QCOMPARE(document.error().code, QStringLiteral("ticket.missingField"));
        QVERIFY(document.error().message.contains(QStringLiteral("number")));
        QVERIFY(document.error().message.contains(QStringLiteral("issuedAt")));
        QVERIFY(!document.error().message.contains(QStringLiteral("categoryTitle")));

        auto pdf = TicketSlip(m_fonts).pdf(content);
        QVERIFY(!pdf);
        QCOMPARE(pdf.error().code, QStringLiteral("ticket.missingField"));

        content = sampleTicket();
        content.waitingCount = -1;
        document = TicketSlip(m_fonts).document(content);
        QVERIFY(!document);
        QCOMPARE(document.error().code, QStringLiteral("ticket.invalid"));
    }

    void wardTemplateReplacesTheSlip()
    {
        QTemporaryDir ward;
        QVERIFY(writeFile(ward.filePath(QStringLiteral("queue-ticket.json")),
                          QStringLiteral(R"({ "format": "madoguchi-document-template", "version": 1,
  "elements": [ { "type": "text", "box": [5, 5, 70, 20], "text": "番号 {{ticket.number}}", "size": 30 } ] })")
                              .toUtf8()));
        auto document = TicketSlip(m_fonts, ward.path()).document(sampleTicket());
        QVERIFY2(document, document ? "" : qPrintable(document.error().toString()));
        const QList<DocumentText> texts = document.value().texts();
        QCOMPARE(texts.size(), 1);
        QCOMPARE(texts.first().text, QStringLiteral("番号 A-012"));

        QVERIFY(
            writeFile(ward.filePath(QStringLiteral("queue-ticket.json")), QByteArrayLiteral("{ not json")));
        document = TicketSlip(m_fonts, ward.path()).document(sampleTicket());
        QVERIFY(!document);
        QCOMPARE(document.error().code, QStringLiteral("template.syntax"));
    }
};

QTEST_GUILESS_MAIN(TestTicketSlip)
#include "tst_ticketslip.moc"
