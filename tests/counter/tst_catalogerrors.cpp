// Every kind of mistake a ward can make in a procedure file gives one exact message naming the
// file, the line and the field: a table of small broken catalogs, each one edit away from a
// valid one.
#include "counter/ProcedureCatalog.h"

#include <QTest>

using namespace madoguchi;
using namespace madoguchi::counter;

namespace {

// Line numbers matter: the expected messages below name them.
const QByteArray questionsJson = QByteArrayLiteral(
    "{\n"                                                                                           // 1
    "  \"format\": \"madoguchi-procedures\",\n"                                                     // 2
    "  \"version\": 1,\n"                                                                           // 3
    "  \"questions\": [\n"                                                                          // 4
    "    {\n"                                                                                       // 5
    "      \"id\": \"insuranceType\",\n"                                                            // 6
    "      \"label\": {\"ja\": \"健康保険\", \"en\": \"Health insurance\"},\n"                      // 7
    "      \"type\": \"choice\",\n"                                                                 // 8
    "      \"choices\": [\n"                                                                        // 9
    "        {\"id\": \"nhi\", \"label\": {\"ja\": \"国民健康保険\", \"en\": \"NHI\"}},\n"          // 10
    "        {\"id\": \"employee\", \"label\": {\"ja\": \"社会保険\", \"en\": \"Employee\"}}\n"     // 11
    "      ]\n"                                                                                     // 12
    "    },\n"                                                                                      // 13
    "    {\"id\": \"ownsDog\", \"label\": {\"ja\": \"犬\", \"en\": \"Dog\"}, \"type\": \"bool\"}\n" // 14
    "  ]\n"                                                                                         // 15
    "}\n");                                                                                         // 16

const QByteArray proceduresJson = QByteArrayLiteral(
    "{\n"                                                                                   // 1
    "  \"format\": \"madoguchi-procedures\",\n"                                             // 2
    "  \"version\": 1,\n"                                                                   // 3
    "  \"procedures\": [\n"                                                                 // 4
    "    {\n"                                                                               // 5
    "      \"id\": \"juminhyo-copy\",\n"                                                    // 6
    "      \"title\": {\"ja\": \"住民票の写し\", \"en\": \"Residence record\"},\n"          // 7
    "      \"department\": {\"ja\": \"戸籍住民課\", \"en\": \"Resident Records\"},\n"       // 8
    "      \"documents\": [{\"ja\": \"本人確認書類\", \"en\": \"Photo ID\"}],\n"            // 9
    "      \"forms\": [\"forms/shomeisho-kofu-seikyu\"],\n"                                 // 10
    "      \"certificates\": [{\"type\": \"juminhyo\", \"copies\": 1, \"feeYen\": 300}],\n" // 11
    "      \"notes\": {\"ja\": \"1通300円\", \"en\": \"300 yen a copy\"}\n"                 // 12
    "    },\n"                                                                              // 13
    "    {\n"                                                                               // 14
    "      \"id\": \"nhi-sosaihi\",\n"                                                      // 15
    "      \"title\": {\"ja\": \"葬祭費\", \"en\": \"Funeral grant\"},\n"                   // 16
    "      \"department\": {\"ja\": \"国保年金課\", \"en\": \"NHI Division\"},\n"           // 17
    "      \"documents\": [],\n"                                                            // 18
    "      \"condition\": {\"all\": [{\"fact\": \"age\", \"gte\": 20}, {\"fact\": \"insuranceType\", "
    "\"eq\": \"nhi\"}]}\n" // 19
    "    }\n"              // 20
    "  ]\n"                // 21
    "}\n");                // 22

const QByteArray lifeEventsJson =
    QByteArrayLiteral("{\n"                                                       // 1
                      "  \"format\": \"madoguchi-procedures\",\n"                 // 2
                      "  \"version\": 1,\n"                                       // 3
                      "  \"lifeEvents\": [\n"                                     // 4
                      "    {\n"                                                   // 5
                      "      \"id\": \"death\",\n"                                // 6
                      "      \"title\": {\"ja\": \"死亡\", \"en\": \"Death\"},\n" // 7
                      "      \"procedures\": [\n"                                 // 8
                      "        \"nhi-sosaihi\",\n"                                // 9
                      "        {\"procedure\": \"juminhyo-copy\", \"condition\": {\"fact\": \"ownsDog\", "
                      "\"eq\": false}}\n" // 10
                      "      ]\n"         // 11
                      "    }\n"           // 12
                      "  ]\n"             // 13
                      "}\n");             // 14

QList<CatalogSource> baseSources()
{
    return {{QStringLiteral("life-events.json"), lifeEventsJson},
            {QStringLiteral("procedures.json"), proceduresJson},
            {QStringLiteral("questions.json"), questionsJson}};
}

QString fullText(const Error& error)
{
    return error.where + QStringLiteral(": ") + error.message;
}

} // namespace

class TestCatalogErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseIsValid()
    {
        const auto catalog = ProcedureCatalog::fromSources(baseSources());
        QVERIFY2(catalog.ok(), qPrintable(catalog ? QString() : catalog.error().toString()));
        QCOMPARE(catalog.value().procedures().size(), 2);
        QCOMPARE(catalog.value().lifeEvents().size(), 1);
        QCOMPARE(catalog.value().questions().size(), 2);
        QVERIFY(ProcedureCatalog::problems(baseSources()).isEmpty());
    }

    void mistakeNamesFileLineAndField_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("from"); // empty: replace the whole file
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("expected");

        const QString p = QStringLiteral("procedures.json");
        const QString q = QStringLiteral("questions.json");
        const QString e = QStringLiteral("life-events.json");

        // Fees and copies.
        QTest::newRow("negative fee")
            << p << "\"feeYen\": 300"
            << "\"feeYen\": -300"
            << "procedures.json:11: procedures[0].certificates[0].feeYen: must be a whole number of yen ≥ 0";
        QTest::newRow("fractional fee")
            << p << "\"feeYen\": 300"
            << "\"feeYen\": 300.5"
            << "procedures.json:11: procedures[0].certificates[0].feeYen: must be a whole number of yen ≥ 0";
        QTest::newRow("fee as text")
            << p << "\"feeYen\": 300"
            << "\"feeYen\": \"300\""
            << "procedures.json:11: procedures[0].certificates[0].feeYen: must be a whole number of yen ≥ 0";
        QTest::newRow("fee too large")
            << p << "\"feeYen\": 300"
            << "\"feeYen\": 30000000"
            << "procedures.json:11: procedures[0].certificates[0].feeYen: must be at most 1000000 yen";
        QTest::newRow("fee missing")
            << p << ", \"feeYen\": 300"
            << ""
            << "procedures.json:11: procedures[0].certificates[0].feeYen: is missing";
        QTest::newRow("no copies")
            << p << "\"copies\": 1"
            << "\"copies\": 0"
            << "procedures.json:11: procedures[0].certificates[0].copies: must be a whole number of copies "
               "from 1 to 99";
        QTest::newRow("certificate type not an id")
            << p << "\"type\": \"juminhyo\""
            << "\"type\": 5"
            << "procedures.json:11: procedures[0].certificates[0].type: must be an id: a letter, then "
               "letters, "
               "digits, \"-\" or \"_\" (64 at most)";
        // Keys, fields, types, texts.
        QTest::newRow("unknown key")
            << p << "\"notes\":"
            << "\"note\":"
            << "procedures.json:12: procedures[0].note: unknown key (allowed here: id, title, department, "
               "documents, forms, certificates, condition, notes)";
        QTest::newRow("English missing") << p << ", \"en\": \"Funeral grant\""
                                         << ""
                                         << "procedures.json:16: procedures[1].title.en: is missing";
        QTest::newRow("Japanese blank") << p << "\"ja\": \"葬祭費\""
                                        << "\"ja\": \" \""
                                        << "procedures.json:16: procedures[1].title.ja: must not be empty";
        QTest::newRow("title not in two languages")
            << p << "\"title\": {\"ja\": \"葬祭費\", \"en\": \"Funeral grant\"}"
            << "\"title\": \"葬祭費\""
            << "procedures.json:16: procedures[1].title: must be a text in both languages: {\"ja\": \"...\", "
               "\"en\": \"...\"}";
        QTest::newRow("department missing")
            << p << "\"department\": {\"ja\": \"国保年金課\", \"en\": \"NHI Division\"},"
            << ""
            << "procedures.json:14: procedures[1].department: is missing";
        QTest::newRow("documents not a list")
            << p << "\"documents\": []"
            << "\"documents\": {}"
            << "procedures.json:18: procedures[1].documents: must be a list";
        QTest::newRow("form name with a path")
            << p << "\"forms/shomeisho-kofu-seikyu\""
            << "\"../etc/passwd\""
            << "procedures.json:10: procedures[0].forms[0]: must be a document template name such as "
               "\"forms/jumin-ido-todoke\"";
        QTest::newRow("text with an unknown language")
            << e << "{\"ja\": \"死亡\", \"en\": \"Death\"}"
            << "{\"ja\": \"死亡\", \"en\": \"Death\", \"fr\": \"Décès\"}"
            << "life-events.json:7: lifeEvents[0].title.fr: unknown key (allowed here: ja, en)";
        QTest::newRow("event title missing") << e << "\"title\": {\"ja\": \"死亡\", \"en\": \"Death\"},"
                                             << ""
                                             << "life-events.json:5: lifeEvents[0].title: is missing";
        QTest::newRow("unknown top-level key") << e << "\"version\": 1,"
                                               << "\"version\": 1, \"events\": [],"
                                               << "life-events.json:3: events: unknown key (allowed here: "
                                                  "format, version, description, questions, "
                                                  "procedures, lifeEvents)";
        QTest::newRow("wrong format") << q << "\"madoguchi-procedures\""
                                      << "\"madoguchi-procedure\""
                                      << "questions.json:2: format: must be \"madoguchi-procedures\"";
        QTest::newRow("future version") << q << "\"version\": 1"
                                        << "\"version\": 2"
                                        << "questions.json:3: version: version 2 is not supported (only 1)";
        QTest::newRow("format not a text") << q << "\"format\": \"madoguchi-procedures\""
                                           << "\"format\": 1"
                                           << "questions.json:2: format: must be a text";
        QTest::newRow("version as text") << q << "\"version\": 1"
                                         << "\"version\": \"1\""
                                         << "questions.json:3: version: must be the number 1";
        QTest::newRow("empty condition") << p << "{\"fact\": \"age\", \"gte\": 20}"
                                         << "{}"
                                         << "procedures.json:19: procedures[1].condition.all[0]: a condition "
                                            "needs \"all\", \"any\", \"not\" or "
                                            "\"fact\"";
        QTest::newRow("event not an object")
            << e << "\"lifeEvents\": ["
            << "\"lifeEvents\": [1,"
            << "life-events.json:4: lifeEvents[0]: a life event must be an object";
        QTest::newRow("not an object") << q << ""
                                       << "[]"
                                       << "questions.json:1: a procedure file is a JSON object";
        // Ids.
        QTest::newRow("duplicate procedure")
            << p << "\"id\": \"nhi-sosaihi\""
            << "\"id\": \"juminhyo-copy\""
            << "procedures.json:15: procedures[1].id: duplicate procedure id \"juminhyo-copy\" (first at "
               "procedures.json:6)";
        // The broken id comes first, before the event that now lists an unknown procedure.
        QTest::newRow("procedure id with a space") << p << "\"id\": \"nhi-sosaihi\""
                                                   << "\"id\": \"nhi sosaihi\""
                                                   << "procedures.json:15: procedures[1].id: must be an id: "
                                                      "a letter, then letters, digits, \"-\" or "
                                                      "\"_\" (64 at most)";
        QTest::newRow("unknown procedure")
            << e << "\"nhi-sosaihi\""
            << "\"nhi-sosaihl\""
            << "life-events.json:9: lifeEvents[0].procedures[0]: unknown procedure "
               "\"nhi-sosaihl\"";
        QTest::newRow("unknown procedure in a listing")
            << e << "\"procedure\": \"juminhyo-copy\""
            << "\"procedure\": \"juminhyo\""
            << "life-events.json:10: lifeEvents[0].procedures[1].procedure: unknown procedure \"juminhyo\"";
        QTest::newRow("listed twice") << e << "\"nhi-sosaihi\","
                                      << "\"juminhyo-copy\","
                                      << "life-events.json:10: lifeEvents[0].procedures[1]: procedure "
                                         "\"juminhyo-copy\" is listed twice in "
                                         "this event (first at life-events.json:9)";
        // Conditions.
        QTest::newRow("unknown fact")
            << p << "\"fact\": \"insuranceType\""
            << "\"fact\": \"insuranceTyp\""
            << "procedures.json:19: procedures[1].condition.all[1].fact: unknown fact \"insuranceTyp\": "
               "declare "
               "it under \"questions\" or use a fact of the resident record (age, sex, residentStatus, "
               "isHouseholdHead)";
        QTest::newRow("not a choice")
            << p << "\"eq\": \"nhi\""
            << "\"eq\": \"nhj\""
            << "procedures.json:19: procedures[1].condition.all[1].eq: must be one of the choices of "
               "\"insuranceType\": nhi, employee";
        QTest::newRow("ordering a choice")
            << p << "\"eq\": \"nhi\""
            << "\"gt\": \"nhi\""
            << "procedures.json:19: procedures[1].condition.all[1].gt: \"gt\" compares numbers, but "
               "\"insuranceType\" is of type choice";
        QTest::newRow("fractional age")
            << p << "\"gte\": 20"
            << "\"gte\": 20.5"
            << "procedures.json:19: procedures[1].condition.all[0].gte: must be a "
               "whole number: \"age\" is a number fact";
        QTest::newRow("two comparisons")
            << p << "\"gte\": 20"
            << "\"gte\": 20, \"lt\": 60"
            << "procedures.json:19: procedures[1].condition.all[0]: one comparison per condition: combine "
               "several with \"all\" or \"any\"";
        QTest::newRow("no comparison") << p << "{\"fact\": \"age\", \"gte\": 20}"
                                       << "{\"fact\": \"age\"}"
                                       << "procedures.json:19: procedures[1].condition.all[0]: a comparison "
                                          "needs one of eq, ne, lt, lte, "
                                          "gt, gte, in";
        QTest::newRow("unknown operator") << p << "\"gte\": 20"
                                          << "\"atLeast\": 20"
                                          << "procedures.json:19: procedures[1].condition.all[0].atLeast: "
                                             "unknown key (allowed here: fact, eq, "
                                             "ne, lt, lte, gt, gte, in)";
        QTest::newRow("empty all")
            << p
            << "{\"all\": [{\"fact\": \"age\", \"gte\": 20}, {\"fact\": \"insuranceType\", \"eq\": \"nhi\"}]}"
            << "{\"all\": []}"
            << "procedures.json:19: procedures[1].condition.all: must not be an empty list";
        QTest::newRow("empty in") << p << "\"eq\": \"nhi\""
                                  << "\"in\": []"
                                  << "procedures.json:19: procedures[1].condition.all[1].in: must not be an "
                                     "empty list";
        QTest::newRow("condition not an object")
            << p
            << "{\"all\": [{\"fact\": \"age\", \"gte\": 20}, {\"fact\": \"insuranceType\", \"eq\": \"nhi\"}]}"
            << "\"always\""
            << "procedures.json:19: procedures[1].condition: a condition must be an object: {\"all\": "
               "[...]}, "
               "{\"any\": [...]}, {\"not\": {...}} or {\"fact\": \"...\", \"eq\": ...}";
        QTest::newRow("yes/no fact with a number")
            << e << "\"eq\": false"
            << "\"eq\": 0"
            << "life-events.json:10: lifeEvents[0].procedures[1].condition.eq: must be true or false: "
               "\"ownsDog\" is a yes/no fact";
        // Questions.
        QTest::newRow("unknown question type")
            << q << "\"type\": \"bool\""
            << "\"type\": \"boolean\""
            << "questions.json:14: questions[1].type: must be \"bool\", \"int\" or \"choice\"";
        QTest::newRow("question named like a record fact")
            << q << "\"id\": \"ownsDog\""
            << "\"id\": \"age\""
            << "questions.json:14: questions[1].id: \"age\" comes from the resident record: it cannot be a "
               "question";
        QTest::newRow("duplicate question")
            << q << "\"id\": \"ownsDog\""
            << "\"id\": \"insuranceType\""
            << "questions.json:14: questions[1].id: duplicate fact id \"insuranceType\" (first at "
               "questions.json:6)";
        QTest::newRow("choices on a yes/no question")
            << q << "\"type\": \"bool\""
            << "\"type\": \"bool\", \"choices\": []"
            << "questions.json:14: questions[1].choices: only a question of type \"choice\" has choices";
        QTest::newRow("counter-filled fact of the wrong type")
            << q << "\"id\": \"ownsDog\""
            << "\"id\": \"childrenUnder18InHousehold\""
            << "questions.json:14: questions[1].type: \"childrenUnder18InHousehold\" must be of type int: "
               "the "
               "counter fills it itself when it can";
        QTest::newRow("duplicate choice")
            << q << "{\"id\": \"employee\""
            << "{\"id\": \"nhi\""
            << "questions.json:11: questions[0].choices[1].id: duplicate choice id \"nhi\" (first at "
               "questions.json:10)";
        QTest::newRow("choice question without choices")
            << q << "\"type\": \"bool\""
            << "\"type\": \"choice\""
            << "questions.json:14: questions[1].choices: is missing";
    }

    void mistakeNamesFileLineAndField()
    {
        QFETCH(QString, file);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, expected);

        QList<CatalogSource> sources = baseSources();
        bool edited = false;
        for (CatalogSource& source : sources) {
            if (source.fileName != file)
                continue;
            if (from.isEmpty()) {
                source.json = to.toUtf8();
            } else {
                QCOMPARE(source.json.count(from.toUtf8()), 1); // the edit is unambiguous
                source.json.replace(from.toUtf8(), to.toUtf8());
            }
            edited = true;
        }
        QVERIFY(edited);

        const auto catalog = ProcedureCatalog::fromSources(sources);
        QVERIFY(!catalog.ok());
        QCOMPARE(fullText(catalog.error()), expected);
        QCOMPARE(catalog.error().code, QStringLiteral("procedures.invalid"));
        // The same problem leads the full list.
        const QList<Error> problems = ProcedureCatalog::problems(sources);
        QVERIFY(!problems.isEmpty());
        QCOMPARE(fullText(problems.first()), expected);
    }

    void notJsonNamesTheLine()
    {
        QList<CatalogSource> sources = baseSources();
        sources[2].json.replace("\"type\": \"bool\"}", "\"type\": \"bool\"");
        const auto catalog = ProcedureCatalog::fromSources(sources);
        QVERIFY(!catalog.ok());
        QCOMPARE(catalog.error().code, QStringLiteral("procedures.syntax"));
        QCOMPARE(catalog.error().where, QStringLiteral("questions.json:15"));
        QVERIFY2(catalog.error().message.startsWith(QStringLiteral("the file is not valid JSON: ")),
                 qPrintable(catalog.error().message));
    }

    void everyProblemIsListed()
    {
        QList<CatalogSource> sources = baseSources();
        sources[1].json.replace("\"feeYen\": 300", "\"feeYen\": -1");
        sources[1].json.replace("\"insuranceType\"", "\"insuranceTyp\"");
        sources[0].json.replace("\"nhi-sosaihi\"", "\"nhi-sosaihl\"");
        const QList<Error> problems = ProcedureCatalog::problems(sources);
        QStringList texts;
        for (const Error& problem : problems)
            texts << problem.where;
        // Definitions first (file by file), then the references to what is not there.
        QCOMPARE(texts,
                 (QStringList{QStringLiteral("procedures.json:11: procedures[0].certificates[0].feeYen"),
                              QStringLiteral("life-events.json:9: lifeEvents[0].procedures[0]"),
                              QStringLiteral("procedures.json:19: procedures[1].condition.all[1].fact")}));
    }

    void deepNestingIsRefused()
    {
        QByteArray condition = "{\"fact\": \"age\", \"gte\": 20}";
        for (int i = 0; i < 40; ++i)
            condition = "{\"not\": " + condition + "}";
        QList<CatalogSource> sources = baseSources();
        sources[1].json.replace("{\"fact\": \"age\", \"gte\": 20}", condition);
        const auto catalog = ProcedureCatalog::fromSources(sources);
        QVERIFY(!catalog.ok());
        QVERIFY2(catalog.error().message == QStringLiteral("conditions must not nest deeper than 16 levels"),
                 qPrintable(catalog.error().toString()));
        QVERIFY(catalog.error().where.startsWith(
            QStringLiteral("procedures.json:19: procedures[1].condition.all[0]")));
    }
};

QTEST_GUILESS_MAIN(TestCatalogErrors)
#include "tst_catalogerrors.moc"
