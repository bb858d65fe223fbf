// The built-in procedure catalog loads and holds what the counter needs; a ward's directory
// replaces or adds files, and a broken ward file fails the whole load.
#include "counter/ProcedureCatalog.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;
using namespace madoguchi::counter;

namespace {

QByteArray builtInFile(const QString& name)
{
    QFile file(ProcedureCatalog::builtInDirectory() + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("built-in %s missing", qPrintable(name));
    return file.readAll();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

ProcedureCatalog loaded(const QString& overrideDirectory = {})
{
    auto catalog = ProcedureCatalog::load(overrideDirectory);
    if (!catalog)
        qFatal("%s", qPrintable(catalog.error().toString()));
    return catalog.value();
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInDataLoads()
    {
        const ProcedureCatalog catalog = loaded();
        QCOMPARE(catalog.files(),
                 (QStringList{QStringLiteral("life-events.json"), QStringLiteral("procedures.json"),
                              QStringLiteral("questions.json")}));
        auto sources = ProcedureCatalog::sources();
        QVERIFY(sources.ok());
        QVERIFY(ProcedureCatalog::problems(sources.value()).isEmpty());

        QStringList events;
        for (const LifeEvent& event : catalog.lifeEvents()) {
            events << event.id;
            QVERIFY2(!event.procedures.isEmpty(), qPrintable(event.id));
            QVERIFY(!event.title.ja.isEmpty() && !event.title.en.isEmpty());
        }
        QCOMPARE(
            events,
            (QStringList{QStringLiteral("moveIn"), QStringLiteral("moveOut"), QStringLiteral("moveWithin"),
                         QStringLiteral("birth"), QStringLiteral("death"), QStringLiteral("marriage"),
                         QStringLiteral("divorce"), QStringLiteral("nhiJoin"), QStringLiteral("nhiLeave")}));
        QCOMPARE(catalog.lifeEvent(QStringLiteral("death"))->title.ja, QStringLiteral("死亡・おくやみ"));

        QVERIFY2(catalog.procedures().size() >= 25 && catalog.procedures().size() <= 40,
                 qPrintable(QString::number(catalog.procedures().size())));
        QSet<QString> departments;
        for (const Procedure& procedure : catalog.procedures()) {
            QVERIFY(!procedure.title.ja.isEmpty() && !procedure.title.en.isEmpty());
            departments.insert(procedure.department.ja);
            for (const QString& form : procedure.forms)
                QVERIFY2(form.startsWith(QStringLiteral("forms/")), qPrintable(form));
            QVERIFY(procedure.where.startsWith(QStringLiteral("procedures.json:")));
        }
        for (const char* department :
             {"戸籍住民課", "国保年金課", "子ども家庭課", "介護保険課", "学務課", "生活衛生課"})
            QVERIFY2(departments.contains(QString::fromUtf8(department)), department);
        // Every procedure is offered by some event.
        QSet<QString> listed;
        for (const LifeEvent& event : catalog.lifeEvents()) {
            for (const LifeEventListing& listing : event.procedures)
                listed.insert(listing.procedureId);
        }
        for (const Procedure& procedure : catalog.procedures()) {
            if (procedure.id != QLatin1String("inkan-shomei")) // asked for on its own, not by an event
                QVERIFY2(listed.contains(procedure.id), qPrintable(procedure.id));
        }
    }

    void builtInFeesAndForms()
    {
        const ProcedureCatalog catalog = loaded();
        const Procedure* juminhyo = catalog.procedure(QStringLiteral("juminhyo-copy"));
        QVERIFY(juminhyo);
        QCOMPARE(juminhyo->certificates, (QList<ProcedureCertificate>{{QStringLiteral("juminhyo"), 1, 300}}));
        QCOMPARE(juminhyo->forms, QStringList{QStringLiteral("forms/shomeisho-kofu-seikyu")});
        QCOMPARE(juminhyo->totalFeeYen(), 300);
        const Procedure* seal = catalog.procedure(QStringLiteral("inkan-shomei"));
        QVERIFY(seal);
        QCOMPARE(seal->certificates, (QList<ProcedureCertificate>{{QStringLiteral("inkanShomei"), 1, 300}}));
        QCOMPARE(catalog.procedure(QStringLiteral("inkan-toroku"))->forms,
                 QStringList{QStringLiteral("forms/inkan-toroku-shinsei")});
        QCOMPARE(catalog.procedure(QStringLiteral("jumin-tennyu"))->forms,
                 QStringList{QStringLiteral("forms/jumin-ido-todoke")});
        QCOMPARE(catalog.procedure(QStringLiteral("jumin-tennyu"))->department.ja,
                 QStringLiteral("戸籍住民課"));
        QVERIFY(catalog.procedure(QStringLiteral("nhi-sosaihi"))->notes.ja.contains(QStringLiteral("7万円")));
        QVERIFY(!catalog.procedure(QStringLiteral("no-such-procedure")));
    }

    void builtInFactsAndQuestions()
    {
        const ProcedureCatalog catalog = loaded();
        for (const char* id : {"age", "sex", "residentStatus", "isHouseholdHead"}) {
            const CatalogFact* fact = catalog.fact(QLatin1String(id));
            QVERIFY2(fact && !fact->isQuestion(), id);
            QVERIFY(!fact->labelIn(QStringLiteral("en")).isEmpty());
        }
        const CatalogFact* insurance = catalog.fact(QStringLiteral("insuranceType"));
        QVERIFY(insurance && insurance->isQuestion());
        QCOMPARE(insurance->type, FactType::Choice);
        QStringList choices;
        for (const CatalogChoice& choice : insurance->choices)
            choices << choice.id;
        QCOMPARE(choices, (QStringList{QStringLiteral("nhi"), QStringLiteral("employee"),
                                       QStringLiteral("lateElderly"), QStringLiteral("none")}));
        QCOMPARE(insurance->labelIn(QStringLiteral("ja")), QStringLiteral("加入している健康保険"));
        QCOMPARE(insurance->choiceLabelIn(QStringLiteral("nhi"), QStringLiteral("ja")),
                 QStringLiteral("国民健康保険"));
        QCOMPARE(insurance->choiceLabelIn(QStringLiteral("nhi"), QStringLiteral("en")),
                 QStringLiteral("National Health Insurance"));
        QCOMPARE(catalog.fact(QStringLiteral("childrenUnder18InHousehold"))->type, FactType::Int);
        QCOMPARE(catalog.fact(QStringLiteral("schoolAgeChildren"))->type, FactType::Int);
        QCOMPARE(catalog.fact(QStringLiteral("hasSealRegistration"))->type, FactType::Bool);
        QCOMPARE(catalog.fact(QStringLiteral("hasMyNumberCard"))->type, FactType::Bool);
        QVERIFY(!catalog.fact(QStringLiteral("favouriteColour")));
        // Record facts first, then the questions in file order.
        QCOMPARE(catalog.facts().first().id, QStringLiteral("age"));
        QCOMPARE(catalog.questions().first().id, QStringLiteral("insuranceType"));
        QVERIFY(catalog.questions().first().where.startsWith(QStringLiteral("questions.json:")));
    }

    void emptyCatalogKnowsTheRecordFacts()
    {
        const ProcedureCatalog empty;
        QVERIFY(empty.procedures().isEmpty() && empty.lifeEvents().isEmpty() && empty.questions().isEmpty());
        QVERIFY(empty.fact(QStringLiteral("age")));
        const auto fromNothing = ProcedureCatalog::fromSources({});
        QVERIFY(fromNothing.ok());
        QVERIFY(fromNothing.value().fact(QStringLiteral("sex")));
    }

    void wardFileReplacesBuiltIn()
    {
        QTemporaryDir ward;
        QVERIFY(ward.isValid());
        QByteArray procedures = builtInFile(QStringLiteral("procedures.json"));
        QCOMPARE(procedures.count("\"type\": \"juminhyo\", \"copies\": 1, \"feeYen\": 300"), 1);
        procedures.replace("\"type\": \"juminhyo\", \"copies\": 1, \"feeYen\": 300",
                           "\"type\": \"juminhyo\", \"copies\": 1, \"feeYen\": 350");
        const QString path = QDir(ward.path()).filePath(QStringLiteral("procedures.json"));
        QVERIFY(writeFile(path, procedures));

        const ProcedureCatalog catalog = loaded(ward.path());
        QCOMPARE(catalog.procedure(QStringLiteral("juminhyo-copy"))->certificates.first().feeYen, 350);
        QCOMPARE(catalog.files(),
                 (QStringList{QStringLiteral("life-events.json"), path, QStringLiteral("questions.json")}));
        QVERIFY(catalog.procedure(QStringLiteral("juminhyo-copy"))->where.startsWith(path + u':'));
        // The built-in data is untouched for everyone else.
        QCOMPARE(loaded().procedure(QStringLiteral("juminhyo-copy"))->certificates.first().feeYen, 300);
    }

    void wardFileReplacesAWholeFile()
    {
        QTemporaryDir ward;
        const QByteArray events =
            "{\"format\": \"madoguchi-procedures\", \"version\": 1, \"lifeEvents\": [\n"
            "  {\"id\": \"moveIn\", \"title\": {\"ja\": \"転入\", \"en\": \"Moving in\"},\n"
            "   \"procedures\": [\"jumin-tennyu\"]}]}\n";
        QVERIFY(writeFile(QDir(ward.path()).filePath(QStringLiteral("life-events.json")), events));
        const ProcedureCatalog catalog = loaded(ward.path());
        QCOMPARE(catalog.lifeEvents().size(), 1);
        QVERIFY(!catalog.lifeEvent(QStringLiteral("death")));
        QCOMPARE(catalog.procedures().size(), loaded().procedures().size());
    }

    void wardFileAddsToBuiltIn()
    {
        QTemporaryDir ward;
        const QByteArray extra =
            QStringLiteral(
                "{\n"
                "  \"format\": \"madoguchi-procedures\", \"version\": 1,\n"
                "  \"questions\": [{\"id\": \"receivesWelfare\", \"label\": {\"ja\": "
                "\"生活保護を受給している\", "
                "\"en\": \"Receives public assistance\"}, \"type\": \"bool\"}],\n"
                "  \"procedures\": [{\"id\": \"seikatsu-hogo\", \"title\": {\"ja\": \"生活保護の変更届\", "
                "\"en\": \"Public assistance: change notice\"},\n"
                "    \"department\": {\"ja\": \"生活福祉課\", \"en\": \"Welfare Division\"}, \"documents\": "
                "[],\n"
                "    \"condition\": {\"fact\": \"receivesWelfare\", \"eq\": true}}],\n"
                "  \"lifeEvents\": [{\"id\": \"welfareMove\", \"title\": {\"ja\": \"保護受給者の転居\", "
                "\"en\": \"Move of a welfare recipient\"},\n"
                "    \"procedures\": [\"jumin-tenkyo\", \"seikatsu-hogo\"]}]\n"
                "}\n")
                .toUtf8();
        QVERIFY(writeFile(QDir(ward.path()).filePath(QStringLiteral("ward-welfare.json")), extra));
        const ProcedureCatalog builtIn = loaded();
        const ProcedureCatalog catalog = loaded(ward.path());
        QCOMPARE(catalog.procedures().size(), builtIn.procedures().size() + 1);
        QCOMPARE(catalog.lifeEvents().size(), builtIn.lifeEvents().size() + 1);
        QVERIFY(catalog.fact(QStringLiteral("receivesWelfare")));
        QCOMPARE(catalog.lifeEvent(QStringLiteral("welfareMove"))->procedures.size(), 2);
        QCOMPARE(catalog.files().last(), QDir(ward.path()).filePath(QStringLiteral("ward-welfare.json")));
    }

    void brokenWardFileFailsTheWholeLoad()
    {
        QTemporaryDir ward;
        QByteArray procedures = builtInFile(QStringLiteral("procedures.json"));
        procedures.replace("\"feeYen\": 300", "\"feeYen\": -300");
        const QString path = QDir(ward.path()).filePath(QStringLiteral("procedures.json"));
        QVERIFY(writeFile(path, procedures));
        // A good ward file beside it changes nothing: nothing is half applied.
        QVERIFY(writeFile(QDir(ward.path()).filePath(QStringLiteral("life-events.json")),
                          builtInFile(QStringLiteral("life-events.json"))));

        const auto catalog = ProcedureCatalog::load(ward.path());
        QVERIFY(!catalog.ok());
        QCOMPARE(catalog.error().code, QStringLiteral("procedures.invalid"));
        static const QRegularExpression where(
            QStringLiteral("^(.*):(\\d+): procedures\\[(\\d+)\\]\\.certificates\\[0\\]\\.feeYen$"));
        const auto match = where.match(catalog.error().where);
        QVERIFY2(match.hasMatch(), qPrintable(catalog.error().where));
        QCOMPARE(match.captured(1), path);
        // The line is the line of that fee in the ward's file.
        const int line = match.captured(2).toInt();
        QVERIFY(procedures.split('\n').at(line - 1).contains("\"feeYen\": -300"));
        QCOMPARE(catalog.error().message, QStringLiteral("must be a whole number of yen ≥ 0"));
    }

    void wardFileThatIsNotJson()
    {
        QTemporaryDir ward;
        const QString path = QDir(ward.path()).filePath(QStringLiteral("questions.json"));
        QVERIFY(writeFile(
            path, "{\n  \"format\": \"madoguchi-procedures\",\n  \"version\": 1\n  \"questions\": []\n}\n"));
        const auto catalog = ProcedureCatalog::load(ward.path());
        QVERIFY(!catalog.ok());
        QCOMPARE(catalog.error().code, QStringLiteral("procedures.syntax"));
        QCOMPARE(catalog.error().where, path + QStringLiteral(":4"));
    }

    void missingWardDirectory()
    {
        QTemporaryDir parent;
        const QString missing = QDir(parent.path()).filePath(QStringLiteral("no-such-dir"));
        const auto catalog = ProcedureCatalog::load(missing);
        QVERIFY(!catalog.ok());
        QCOMPARE(catalog.error().code, QStringLiteral("procedures.read"));
        QCOMPARE(catalog.error().where, missing);
    }

    void emptyWardDirectoryIsTheBuiltIn()
    {
        QTemporaryDir ward;
        QVERIFY(writeFile(QDir(ward.path()).filePath(QStringLiteral("README.txt")), "not a catalog file"));
        const ProcedureCatalog catalog = loaded(ward.path());
        QCOMPARE(catalog.files(), loaded().files());
        QCOMPARE(catalog.procedures().size(), loaded().procedures().size());
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
