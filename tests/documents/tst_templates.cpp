#include "DocumentsTestSupport.h"

#include "documents/PdfWriter.h"
#include "documents/TemplateFiller.h"
#include "documents/TemplateLibrary.h"
#include "documents/TemplateLoader.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>

using namespace madoguchi;
using namespace madoguchi::test;

namespace {

QVariantMap nameListData(int residents)
{
    QVariantList rows;
    const QStringList names = registeredNames();
    for (int i = 0; i < residents; ++i) {
        rows << QVariantMap{{QStringLiteral("number"), i + 1},
                            {QStringLiteral("name"), names.at(i % names.size())},
                            {QStringLiteral("address"),
                             QString(ucs(U"東京都北区王子本町一丁目15番22号　葛\U000E0102城ハイツ") +
                                     QString::number(i + 1))},
                            {QStringLiteral("born"), QDate(1980, 1, 1).addDays(i)}};
    }
    return QVariantMap{{QStringLiteral("list"),
                        QVariantMap{{QStringLiteral("title"), QStringLiteral("住民一覧")},
                                    {QStringLiteral("office"), QStringLiteral("北区役所 戸籍住民課")},
                                    {QStringLiteral("date"), QStringLiteral("令和6年4月1日")}}},
                       {QStringLiteral("residents"), rows}};
}

// A template with one mistake per line that matters; the tests look for file, line and path.
QByteArray badTemplate()
{
    return QByteArrayLiteral(
        "{\n"                                                                                       // 1
        "  \"format\": \"madoguchi-document-template\",\n"                                          // 2
        "  \"version\": 1,\n"                                                                       // 3
        "  \"elements\": [\n"                                                                       // 4
        "    { \"type\": \"text\", \"box\": [10, 10, 50, 10],\n"                                    // 5
        "      \"text\": \"{{a}}\" },\n"                                                            // 6
        "    { \"type\": \"text\", \"box\": [10, 30, 50, 10],\n"                                    // 7
        "      \"text\": \"x\",\n"                                                                  // 8
        "      \"font\": \"Gothik\" },\n"                                                           // 9
        "    { \"type\": \"line\", \"from\": [0, 0], \"to\": [300, 0] },\n"                         // 10
        "    { \"type\": \"txet\" },\n"                                                             // 11
        "    { \"type\": \"text\", \"box\": [1, 1, 1, 1], \"text\": \"{{row.x}}\", \"fnot\": 1 }\n" // 12
        "  ]\n"
        "}\n");
}

} // namespace

// Templates as data: the built-in ones load and fill; every mistake names file, line and field.
class TestTemplates : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<FontCatalog> m_fonts = FontCatalog::create();
    QTemporaryDir m_dir;

    static DocumentTemplate builtIn(const QString& name)
    {
        auto loaded = TemplateLibrary().load(name);
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error().toString()));
        return loaded.value();
    }

private Q_SLOTS:
    void builtInTemplatesLoad()
    {
        const TemplateLibrary library;
        const QStringList names = library.names();
        QVERIFY2(names.contains(QStringLiteral("name-list")) && names.contains(QStringLiteral("notice")),
                 qPrintable(names.join(u',')));
        for (const QString& name : names) {
            auto loaded = library.load(name);
            QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
        }
        const DocumentTemplate list = builtIn(QStringLiteral("name-list"));
        QCOMPARE(list.fileName, QStringLiteral("name-list.json"));
        QVERIFY(list.fields().contains(QStringLiteral("residents[].name")));
        QVERIFY(list.fields().contains(QStringLiteral("list.title")));
    }

    void nameListFillsAndPrints()
    {
        auto document = TemplateFiller::fill(builtIn(QStringLiteral("name-list")), nameListData(40),
                                             QStringLiteral("name-list/test"));
        QVERIFY2(document, document ? "" : qPrintable(document.error().toString()));
        QCOMPARE(document.value().id, QStringLiteral("name-list/test"));
        QCOMPARE(document.value().title, QStringLiteral("住民一覧"));
        const QString path = m_dir.filePath(QStringLiteral("list.pdf"));
        Status written = PdfWriter(m_fonts).writeFile(document.value(), path);
        QVERIFY2(written, written ? "" : qPrintable(written.error().toString()));
        auto pages = PdfWriter(m_fonts).pageCount(document.value());
        QVERIFY(pages && pages.value() >= 2);
        bool ok = false;
        const QString text = pdfToText(path, &ok);
        QVERIFY(ok);
        for (int p = 1; p <= pages.value(); ++p)
            QVERIFY(text.contains(QStringLiteral("%1 / %2").arg(p).arg(pages.value())));
        for (const QString& name : registeredNames())
            QVERIFY2(text.contains(name), qPrintable(hexCodePoints(name)));
        QVERIFY(text.contains(QStringLiteral("1980-01-01")));
    }

    void noticeFillsFromJson()
    {
        const QJsonObject data{
            {QStringLiteral("resident"),
             QJsonObject{{QStringLiteral("name"), ucs(U"辻\U000E0102　𠮷野")},
                         {QStringLiteral("address"), QStringLiteral("東京都北区王子本町1丁目15番22号")}}},
            {QStringLiteral("notice"),
             QJsonObject{{QStringLiteral("subject"), QStringLiteral("住民票の写しの交付について")},
                         {QStringLiteral("date"), QStringLiteral("令和6年4月1日")},
                         {QStringLiteral("office"), QStringLiteral("北区役所")},
                         {QStringLiteral("body"),
                          QString(QStringLiteral("ご請求の住民票の写しを交付します。")).repeated(12)}}}};
        auto document = TemplateFiller::fill(builtIn(QStringLiteral("notice")), data);
        QVERIFY2(document, document ? "" : qPrintable(document.error().toString()));
        QCOMPARE(document.value().id, QStringLiteral("notice"));
        auto pdf = PdfWriter(m_fonts).write(document.value());
        QVERIFY(pdf);
        const QString path = m_dir.filePath(QStringLiteral("notice.pdf"));
        QVERIFY(writeFile(path, pdf.value()));
        bool ok = false;
        const QString text = pdfToText(path, &ok);
        QVERIFY(ok);
        // pdftotext takes the wide ideographic space for a column gap: look at both halves.
        QVERIFY2(text.contains(ucs(U"辻\U000E0102")) && text.contains(ucs(U"𠮷野")),
                 qPrintable(hexCodePoints(text.left(40))));
        // The paragraph wrapped: more lines than sentences fit in one.
        QVERIFY(text.count(QStringLiteral("ご請求")) >= 10);
    }

    void mistakesNameFileLineAndField()
    {
        const QList<Error> problems = TemplateLoader::problems(badTemplate(), QStringLiteral("bad.json"));
        QStringList wheres;
        for (const Error& problem : problems) {
            QCOMPARE(problem.code, QStringLiteral("template.invalid"));
            wheres << problem.where + QStringLiteral(" | ") + problem.message;
        }
        const QString all = wheres.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("bad.json:9: elements[1].font | unknown font role \"Gothik\"")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("bad.json:10: elements[2].to | the point [300, 0]")),
                 qPrintable(all));
        QVERIFY2(
            all.contains(QStringLiteral("bad.json:11: elements[3].type | unknown element type \"txet\"")),
            qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("bad.json:12: elements[4].fnot | unknown key \"fnot\"")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("bad.json:12: elements[4].text | \"{{row.x}}\"")),
                 qPrintable(all));
        QCOMPARE(problems.size(), 5);

        auto parsed = TemplateLoader::parse(badTemplate(), QStringLiteral("bad.json"));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().where, problems.first().where);
    }

    void badJsonNamesTheLine()
    {
        auto parsed = TemplateLoader::parse(QByteArrayLiteral("{\n  \"format\": 1,\n  \"elements\": [,]\n}"),
                                            QStringLiteral("broken.json"));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, QStringLiteral("template.syntax"));
        QCOMPARE(parsed.error().where, QStringLiteral("broken.json:3"));

        for (const QByteArray& json :
             {QByteArrayLiteral("[]"), QByteArrayLiteral("{}"), QByteArray(),
              QByteArrayLiteral("{\"format\": \"madoguchi-document-template\", \"version\": 2, "
                                "\"elements\": []}")}) {
            auto rejected = TemplateLoader::parse(json, QStringLiteral("x.json"));
            QVERIFY2(!rejected, json.constData());
            QVERIFY(rejected.error().where.startsWith(QLatin1String("x.json:")));
        }
    }

    void unknownPlaceholderAtFillTime()
    {
        QVariantMap data = nameListData(3);
        QVariantMap list = data.value(QStringLiteral("list")).toMap();
        list.remove(QStringLiteral("office"));
        data.insert(QStringLiteral("list"), list);
        auto document = TemplateFiller::fill(builtIn(QStringLiteral("name-list")), data);
        QVERIFY(!document);
        QCOMPARE(document.error().code, QStringLiteral("template.field"));
        QVERIFY2(document.error().message.contains(QStringLiteral("\"list.office\"")),
                 qPrintable(document.error().message));
        // The line of the "text" key in resources/templates/name-list.json.
        QCOMPARE(document.error().where, QStringLiteral("name-list.json:20: elements[1].text"));

        QVariantMap noRows = nameListData(1);
        noRows.insert(QStringLiteral("residents"), QStringLiteral("not a list"));
        auto rows = TemplateFiller::fill(builtIn(QStringLiteral("name-list")), noRows);
        QVERIFY(!rows);
        QCOMPARE(rows.error().where, QStringLiteral("name-list.json:30: elements[3].rows"));

        QVariantMap badRow = nameListData(2);
        QVariantList residents = badRow.value(QStringLiteral("residents")).toList();
        QVariantMap second = residents.at(1).toMap();
        second.remove(QStringLiteral("address"));
        residents[1] = second;
        badRow.insert(QStringLiteral("residents"), residents);
        auto cell = TemplateFiller::fill(builtIn(QStringLiteral("name-list")), badRow);
        QVERIFY(!cell);
        QVERIFY2(cell.error().message.contains(QStringLiteral("\"row.address\"")),
                 qPrintable(cell.error().message));
        QCOMPARE(cell.error().where,
                 QStringLiteral("name-list.json:39: elements[3].columns[2].cell (row 2)"));
    }

    void imagesComeFromFields()
    {
        const QByteArray json = QByteArrayLiteral(
            "{\"format\": \"madoguchi-document-template\", \"version\": 1, \"elements\": [\n"
            "{\"type\": \"image\", \"rect\": [150, 20, 20, 20], \"field\": \"seal\"}]}");
        auto parsed = TemplateLoader::parse(json, QStringLiteral("seal.json"));
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().toString()));
        QImage seal(10, 10, QImage::Format_RGB32);
        seal.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        seal.save(&buffer, "PNG");
        auto filled = TemplateFiller::fill(parsed.value(), QVariantMap{{QStringLiteral("seal"), png}});
        QVERIFY(filled);
        QCOMPARE(std::get<ImageElement>(filled.value().pages.first().elements.first()).image.size(),
                 QSize(10, 10));
        auto broken =
            TemplateFiller::fill(parsed.value(), QVariantMap{{QStringLiteral("seal"), QByteArray("no png")}});
        QVERIFY(!broken);
        QCOMPARE(broken.error().where, QStringLiteral("seal.json:2: elements[0].field"));
    }

    void wardDirectoryComesFirst()
    {
        QVERIFY(m_dir.isValid());
        const QString dir = m_dir.filePath(QStringLiteral("ward"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(writeFile(dir + QStringLiteral("/name-list.json"),
                          QByteArrayLiteral("{\"format\": \"madoguchi-document-template\", \"version\": 1, "
                                            "\"title\": \"ward\", \"elements\": []}")));
        QVERIFY(writeFile(dir + QStringLiteral("/extra.json"),
                          QByteArrayLiteral("{\"format\": \"madoguchi-document-template\", \"version\": 1, "
                                            "\"elements\": [{\"type\": \"text\"}]}")));
        const TemplateLibrary library(dir);
        QVERIFY(library.names().contains(QStringLiteral("extra")));
        QVERIFY(library.names().contains(QStringLiteral("notice")));
        auto list = library.load(QStringLiteral("name-list"));
        QVERIFY(list);
        QCOMPARE(list.value().title, QStringLiteral("ward"));
        auto extra = library.load(QStringLiteral("extra"));
        QVERIFY(!extra);
        QVERIFY2(extra.error().where.startsWith(QLatin1String("extra.json:1: elements[0]")),
                 qPrintable(extra.error().where));
        QVERIFY2(extra.error().message.contains(QStringLiteral("\"box\"")),
                 qPrintable(extra.error().message));

        auto missing = library.load(QStringLiteral("../name-list"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, QStringLiteral("template.notFound"));

        // One folder level: a ward's forms/x replaces the built-in forms/x; deeper or upward
        // names are not names.
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/forms/deeper")));
        QVERIFY(writeFile(dir + QStringLiteral("/forms/ward-form.json"),
                          QByteArrayLiteral("{\"format\": \"madoguchi-document-template\", \"version\": 1, "
                                            "\"title\": \"ward form\", \"elements\": []}")));
        QVERIFY(writeFile(dir + QStringLiteral("/forms/deeper/x.json"), QByteArrayLiteral("{}")));
        QVERIFY(library.names().contains(QStringLiteral("forms/ward-form")));
        QCOMPARE(library.load(QStringLiteral("forms/ward-form")).value().title, QStringLiteral("ward form"));
        QVERIFY(library.pathOf(QStringLiteral("forms/deeper/x")).isEmpty());
        QVERIFY(library.pathOf(QStringLiteral("forms/../name-list")).isEmpty());
        QVERIFY(library.pathOf(QStringLiteral("/forms/ward-form")).isEmpty());
        QVERIFY(library.pathOf(QStringLiteral("nothing")).isEmpty());
        auto unreadable = TemplateLoader::loadFile(m_dir.filePath(QStringLiteral("nope.json")));
        QCOMPARE(unreadable.error().code, QStringLiteral("template.read"));
    }
};

QTEST_GUILESS_MAIN(TestTemplates)
#include "tst_templates.moc"
