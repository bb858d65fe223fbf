// The queue: ticket categories as data (the built-in file, a ward's override, malformed files
// with their exact file:line: field errors) and QueueService over a VisitStore (numbering per
// category and day, who calls what, recall, skip, call again, the waiting list).
#include "VisitTestSupport.h"

#include "counter/QueueService.h"
#include "counter/TicketCategoryLoader.h"
#include "counter/TicketNumber.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace madoguchi;
using namespace madoguchi::counter;
using namespace madoguchi::test;

namespace {

const QByteArray good = R"({
  "format": "madoguchi-ticket-categories",
  "version": 1,
  "categories": [
    {"id": "juminhyo", "prefix": "A", "title": {"ja": "証明書", "en": "Certificates"},
     "counters": ["counter-01"], "departments": ["shimin"]},
    {"id": "kokuho", "prefix": "D", "title": {"ja": "国保", "en": "Insurance"},
     "departments": ["kokuho"]}
  ]
})";

} // namespace

class TestQueue : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void builtInCategoriesLoad()
    {
        QVERIFY(QFile::exists(TicketCategoryLoader::builtInPath()));
        Result<TicketCategories> loaded = TicketCategoryLoader::load();
        QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().toString()));
        QVERIFY(loaded.value().all().size() >= 4);
        QStringList prefixes;
        for (const TicketCategory& category : loaded.value().all()) {
            QVERIFY(!category.titleJa.isEmpty());
            QVERIFY(!category.titleEn.isEmpty());
            prefixes << category.prefix;
        }
        QCOMPARE(prefixes.first(), QStringLiteral("A"));
        QCOMPARE(loaded.value().find(QStringLiteral("certificates"))->title(QStringLiteral("ja_JP")),
                 QStringLiteral("証明書の請求（住民票・印鑑登録証明書・戸籍）"));
        QVERIFY(!loaded.value().find(QStringLiteral("nothing")));
    }

    void wardOverride()
    {
        QDir dir(m_dir.path());
        QVERIFY(dir.mkpath(QStringLiteral("ward")));
        const QString directory = dir.filePath(QStringLiteral("ward"));
        // Without a file of its own the ward gets the built-in one.
        QCOMPARE(TicketCategoryLoader::pathFor(directory), TicketCategoryLoader::builtInPath());
        QFile file(QDir(directory).filePath(QStringLiteral("ticket-categories.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(good);
        file.close();
        QCOMPARE(TicketCategoryLoader::pathFor(directory), file.fileName());
        Result<TicketCategories> loaded = TicketCategoryLoader::load(directory);
        QVERIFY(loaded);
        QCOMPARE(loaded.value().all().size(), 2);
        QCOMPARE(loaded.value().all().at(1).departments, QStringList{QStringLiteral("kokuho")});

        const QueueScope scope = loaded.value().scopeFor(QStringLiteral("counter-01"), {});
        QCOMPARE(scope.categoryIds, QStringList{QStringLiteral("juminhyo")});
        const QueueScope kokuho =
            loaded.value().scopeFor(QStringLiteral("counter-09"), {QStringLiteral("kokuho")});
        QCOMPARE(kokuho.categoryIds, QStringList{QStringLiteral("kokuho")});
        QCOMPARE(kokuho.departmentIds, QStringList{QStringLiteral("kokuho")});
        QVERIFY(loaded.value().scopeFor(QStringLiteral("counter-09"), {}).categoryIds.isEmpty());

        Result<TicketCategories> missing =
            TicketCategoryLoader::loadFile(dir.filePath(QStringLiteral("none.json")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, QStringLiteral("queue.categories.read"));
    }

    void malformedFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");
        const auto addRow = [](const char* name, const QByteArray& json, const char* code, const char* where,
                               const char* message) {
            QTest::newRow(name) << json << QString::fromUtf8(code) << QString::fromUtf8(where)
                                << QString::fromUtf8(message);
        };
        const QByteArray head =
            "{\n  \"format\": \"madoguchi-ticket-categories\",\n  \"version\": 1,\n  \"categories\": [\n";
        const auto file = [&](const QByteArray& categories) -> QByteArray {
            return head + categories + "\n  ]\n}\n";
        };
        const QByteArray a =
            "    {\"id\": \"juminhyo\", \"prefix\": \"A\", \"title\": {\"ja\": \"証明書\", \"en\": "
            "\"Certificates\"}, \"counters\": [\"counter-01\"]}";
        addRow("not JSON", QByteArray("{\n  \"format\": \"x\",\n  \"version\": 1,,\n}"),
               "queue.categories.syntax", "tc.json:3", "the file is not valid JSON: unterminated object");
        addRow("not an object", QByteArray("[1]"), "queue.categories.invalid", "tc.json:1",
               "the ticket categories are a JSON object");
        addRow("wrong format",
               QByteArray("{\n\"format\": \"other\",\n\"version\": 1,\n\"categories\": []\n}"),
               "queue.categories.invalid", "tc.json:2: format",
               "\"format\" must be \"madoguchi-ticket-categories\"");
        addRow("version 2", QByteArray(head).replace("\"version\": 1", "\"version\": 2") + a + "\n]}",
               "queue.categories.invalid", "tc.json:3: version", "only version 1 is known");
        addRow("no categories", file(""), "queue.categories.invalid", "tc.json:4: categories",
               "\"categories\" must be a non-empty list");
        addRow("unknown key",
               file(a + ",\n    {\"id\": \"b\", \"prefix\": \"B\", \"titel\": {}, \"counters\": []}"),
               "queue.categories.invalid", "tc.json:6: categories[1].titel",
               "unknown key \"titel\" (allowed here: id, prefix, title, counters, departments)");
        addRow("two letters",
               file(a + ",\n    {\"id\": \"b\",\n     \"prefix\": \"BB\", \"title\": {\"ja\": "
                        "\"x\", \"en\": \"x\"}, \"counters\": []}"),
               "queue.categories.invalid", "tc.json:7: categories[1].prefix",
               "the prefix is one capital letter A to Z, not \"BB\"");
        addRow("prefix twice",
               file(a + ",\n    {\"id\": \"b\", \"prefix\": \"A\", \"title\": {\"ja\": \"x\", "
                        "\"en\": \"x\"}, \"counters\": []}"),
               "queue.categories.invalid", "tc.json:6: categories[1].prefix",
               "the prefix \"A\" is used by category \"juminhyo\"");
        addRow("id twice", file(a + ",\n" + QByteArray(a).replace("\"A\"", "\"B\"")),
               "queue.categories.invalid", "tc.json:6: categories[1].id",
               "the id \"juminhyo\" is used by another category");
        addRow("no English title",
               file("    {\"id\": \"a\", \"prefix\": \"A\",\n     \"title\": "
                    "{\"ja\": \"証明書\"}, \"counters\": []}"),
               "queue.categories.invalid", "tc.json:6: categories[0].title", "\"en\" is missing");
        addRow("empty title",
               file("    {\"id\": \"a\", \"prefix\": \"A\", \"title\": {\"ja\": "
                    "\"証明書\",\n \"en\": \" \"}, \"counters\": []}"),
               "queue.categories.invalid", "tc.json:6: categories[0].title.en",
               "\"en\" must be a non-empty string");
        addRow("bad counter id",
               file("    {\"id\": \"a\", \"prefix\": \"A\", \"title\": {\"ja\": \"x\", \"en\": \"x\"},\n"
                    "     \"counters\": [\"counter-01\",\n \"counter 02\"]}"),
               "queue.categories.invalid", "tc.json:7: categories[0].counters[1]",
               "an id is 1 to 64 letters, digits, '.', '_' or '-'");
        addRow("nobody serves it",
               file("    {\"id\": \"a\", \"prefix\": \"A\", \"title\": {\"ja\": \"x\", \"en\": \"x\"}}"),
               "queue.categories.invalid", "tc.json:5: categories[0]",
               "a category needs \"counters\" or \"departments\" that serve it");
        addRow("missing id",
               file("    {\"prefix\": \"A\", \"title\": {\"ja\": \"x\", \"en\": \"x\"}, \"counters\": []}"),
               "queue.categories.invalid", "tc.json:5: categories[0]", "\"id\" is missing");
        addRow("category not an object", file("    \"juminhyo\""), "queue.categories.invalid",
               "tc.json:5: categories[0]", "a category must be an object");
    }

    void malformedFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QString, where);
        QFETCH(QString, message);
        Result<TicketCategories> parsed = TicketCategoryLoader::parse(json, QStringLiteral("tc.json"));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, code);
        QCOMPARE(parsed.error().where, where);
        QCOMPARE(parsed.error().message, message);
    }

    void everyProblemIsReported()
    {
        const QByteArray json =
            "{\"format\": \"x\", \"version\": 3, \"categories\": [{\"id\": \"a b\", \"prefix\": "
            "\"1\", \"title\": \"x\", \"counters\": 5}]}";
        const QList<Error> problems = TicketCategoryLoader::problems(json, QStringLiteral("tc.json"));
        QStringList wheres;
        for (const Error& problem : problems)
            wheres << problem.where;
        QCOMPARE(wheres,
                 QStringList({"tc.json:1: format", "tc.json:1: version", "tc.json:1: categories[0].id",
                              "tc.json:1: categories[0].prefix", "tc.json:1: categories[0].title",
                              "tc.json:1: categories[0].counters"}));
        QVERIFY(TicketCategoryLoader::problems(good, QStringLiteral("tc.json")).isEmpty());
    }

    void ticketNumbers()
    {
        QCOMPARE(TicketNumber::format(QStringLiteral("A"), 1), QStringLiteral("A-001"));
        QCOMPARE(TicketNumber::format(QStringLiteral("B"), 42), QStringLiteral("B-042"));
        QCOMPARE(TicketNumber::format(QStringLiteral("C"), 1000), QStringLiteral("C-1000"));
    }

    void queueServiceOverTheStore()
    {
        Result<TicketCategories> categories = TicketCategoryLoader::parse(good, QStringLiteral("tc.json"));
        QVERIFY(categories);
        MemorySecretStore secrets;
        DatabaseConfig config;
        config.sqlitePath = m_dir.filePath(QStringLiteral("queue.sqlite"));
        auto f = openCounter(config, secrets);
        QVERIFY(f);
        QueueService reception(*f->store, categories.value());
        QueueService kokuhoCounter(*f->store, categories.value(), {QStringLiteral("kokuho")});
        const VisitActor kiosk = actor(QString(), QStringLiteral("kiosk-1"));
        const VisitActor counter01 = actor(QStringLiteral("sato"), QStringLiteral("counter-01"));
        const VisitActor counter09 = actor(QStringLiteral("kato"), QStringLiteral("counter-09"));

        Result<Visit> unknown = reception.issueTicket(QStringLiteral("nothing"), kiosk);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, QStringLiteral("queue.unknownCategory"));

        QStringList numbers;
        for (const char* category : {"juminhyo", "kokuho", "juminhyo", "kokuho"}) {
            Result<Visit> issued = reception.issueTicket(QString::fromLatin1(category), kiosk);
            QVERIFY(issued);
            numbers << issued.value().ticket.number;
            f->clock.advance(30);
        }
        QCOMPARE(numbers, QStringList({"A-001", "D-001", "A-002", "D-002"}));
        QCOMPARE(reception.waiting(QStringLiteral("counter-01")).value().size(), 2);
        QCOMPARE(kokuhoCounter.waiting(QStringLiteral("counter-09")).value().size(), 2);

        Result<std::optional<Visit>> next = reception.callNext(counter01);
        QVERIFY(next && next.value());
        QCOMPARE(next.value()->ticket.number, QStringLiteral("A-001"));
        QVERIFY(reception.recall(next.value()->id, counter01));
        Result<Visit> skipped = reception.skip(next.value()->id, counter01);
        QVERIFY(skipped);
        QCOMPARE(skipped.value().state, VisitState::Skipped);
        Result<Visit> back = reception.callAgain(next.value()->id, counter01);
        QVERIFY(back);
        QCOMPARE(back.value().callCount, 3);

        next = kokuhoCounter.callNext(counter09);
        QVERIFY(next && next.value());
        QCOMPARE(next.value()->ticket.number, QStringLiteral("D-001"));
        QCOMPARE(next.value()->waitSeconds().value_or(-1), qint64(120 - 30));
        // counter-01 is not a 国保 counter: after A-002 nothing is left for it.
        QCOMPARE(reception.callNext(counter01).value()->ticket.number, QStringLiteral("A-002"));
        QVERIFY(!reception.callNext(counter01).value());
    }
};

QTEST_GUILESS_MAIN(TestQueue)
#include "tst_queue.moc"
