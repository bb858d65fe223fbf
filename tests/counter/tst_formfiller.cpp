#include "AuditTestSupport.h"
#include "FormTestSupport.h"

#include "counter/FormData.h"
#include "counter/FormFiller.h"
#include "counter/FormRequirements.h"
#include "counter/TicketSlip.h"
#include "documents/PdfWriter.h"
#include "documents/TemplateFiller.h"
#include "documents/TemplateLibrary.h"
#include "documents/TemplateLoader.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace madoguchi;
using namespace madoguchi::counter;
using namespace madoguchi::test;

namespace {

const QString moveForm = FormNames::residentMove.toString();
const QString certificateForm = FormNames::certificateRequest.toString();
const QString sealForm = FormNames::sealRegistration.toString();

QStringList builtInForms()
{
    return {moveForm, certificateForm, sealForm};
}

QString secondMemberFamily()
{
    return ucs(U"𠮷野");
}

// A 転居 of the sample resident and her daughter, reported by herself.
FormContext moveContext()
{
    FormContext context = FormContext::fromResident(sampleResident(), QDate(2024, 5, 1), sampleOffice());
    context.requestKind = QStringLiteral("self");
    context.person.hittosha = ivsFamily() + QChar(0x3000) + QStringLiteral("太郎");
    context.person.phone = QStringLiteral("03-3908-1111");
    context.move.kind = QStringLiteral("moveWithin");
    context.move.date = QDate(2024, 4, 28);
    context.move.newAddress = QStringLiteral("東京都北区赤羽二丁目3番4号");
    context.move.newHouseholdHead = personName();
    FormContext::Member daughter;
    daughter.familyName = secondMemberFamily();
    daughter.givenName = QStringLiteral("花子");
    daughter.familyKana = QStringLiteral("よしの");
    daughter.givenKana = QStringLiteral("はなこ");
    daughter.birthDate = QDate(2015, 6, 3);
    daughter.sex = QStringLiteral("female");
    daughter.relationship = QStringLiteral("子");
    context.members.first().relationship = QStringLiteral("世帯主");
    context.members.append(daughter);
    context.identityMethod = QStringLiteral("myNumberCard");
    return context;
}

// A third party asks for two certificates about the sample resident.
FormContext certificateContext()
{
    FormContext context = FormContext::fromResident(sampleResident(), QDate(2024, 5, 1), sampleOffice());
    context.requestKind = QStringLiteral("thirdParty");
    context.requester.name = QStringLiteral("北 債権");
    context.requester.address = QStringLiteral("東京都千代田区丸の内一丁目1番1号");
    context.requester.phone = QStringLiteral("03-1234-5678");
    context.requester.relationship = QStringLiteral("債権者");
    context.certificates = {{QStringLiteral("住民票の写し"), 2, 600},
                            {QStringLiteral("戸籍の附票の写し"), 1, 300}};
    context.purpose = QStringLiteral("貸付金の回収のため");
    context.identityMethod = QStringLiteral("driversLicense");
    return context;
}

FormContext sealContext()
{
    FormContext context = FormContext::fromResident(sampleResident(), QDate(2024, 5, 1), sampleOffice());
    context.requestKind = QStringLiteral("self");
    context.person.phone = QStringLiteral("03-3908-1111");
    context.identityMethod = QStringLiteral("other");
    context.identityDocument = QStringLiteral("健康保険証");
    return context;
}

class NoApprover : public VariantApprover
{
public:
    int asked = 0;
    void requestApproval(const ApprovalRequest&, std::function<void(const ApprovalDecision&)> reply) override
    {
        ++asked;
        reply(ApprovalDecision{}); // refused
    }
};

} // namespace

// The three built-in application forms, filled from a resident record, as PDF: every value in
// its own box, names exactly as registered (pdftotext reads the code points back), the boxes
// the citizen fills left empty, errors for what a form cannot go without.
class TestFormFiller : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<FontCatalog> m_fonts = FontCatalog::create();
    QTemporaryDir m_dir;
    int m_files = 0;

    QString writePdf(const QByteArray& pdf)
    {
        const QString path = m_dir.filePath(QStringLiteral("form-%1.pdf").arg(++m_files));
        if (!writeFile(path, pdf))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // The form as PDF on disk, or a failed test.
    QString filledPdf(const FormFiller& filler, const QString& form, const FormContext& context)
    {
        auto pdf = filler.pdf(form, context);
        if (!pdf) {
            qWarning("%s", qPrintable(pdf.error().toString()));
            return {};
        }
        return writePdf(pdf.value());
    }

    DocumentTemplate formTemplate(const QString& form)
    {
        auto loaded = FormFiller(m_fonts).loadTemplate(form);
        if (!loaded)
            qFatal("%s", qPrintable(loaded.error().toString()));
        return loaded.value();
    }

    // Text inside the box of the element that shows `placeholder`.
    QString textAt(const QString& pdf, const QString& form, const QString& placeholder)
    {
        const auto box = boxOfPlaceholder(formTemplate(form), placeholder);
        if (!box) {
            qWarning("no element shows %s", qPrintable(placeholder));
            return QStringLiteral("<no such element>");
        }
        bool ok = false;
        const QString text = pdfTextIn(pdf, *box, &ok);
        return ok ? text : QStringLiteral("<pdftotext failed>");
    }

    QString textRightOf(const QString& pdf, const QString& form, const QString& label)
    {
        const auto box = boxRightOfLabel(formTemplate(form), label);
        if (!box)
            return QStringLiteral("<no box right of %1>").arg(label);
        bool ok = false;
        const QString text = pdfTextIn(pdf, *box, &ok);
        return ok ? text : QStringLiteral("<pdftotext failed>");
    }

    QString columnText(const QString& pdf, const QString& form, const QString& rows, int column)
    {
        const auto area = tableColumn(formTemplate(form), rows, column);
        if (!area)
            return QStringLiteral("<no table>");
        bool ok = false;
        const QString text = pdfTextIn(pdf, *area, &ok);
        return ok ? text : QStringLiteral("<pdftotext failed>");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Status fonts = m_fonts->verify();
        if (!fonts)
            QFAIL(qPrintable(fonts.error().toString()));
    }

    void builtInFormsLoadWithoutProblems()
    {
        for (const QString& form : builtInForms()) {
            const QString path = TemplateLibrary::builtInDirectory() + u'/' + form + QStringLiteral(".json");
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QList<Error> problems =
                TemplateLoader::problems(file.readAll(), QFileInfo(path).fileName());
            for (const Error& problem : problems)
                qWarning("%s", qPrintable(problem.toString()));
            QVERIFY(problems.isEmpty());
            QVERIFY(!formTemplate(form).elements.isEmpty());
        }
    }

    // Forms are Japanese legal forms: no Latin letters anywhere in their fixed wording.
    void formWordingIsJapanese()
    {
        static const QRegularExpression latin(QStringLiteral("[A-Za-z]"));
        for (const QString& form : builtInForms()) {
            const Document empty =
                TemplateFiller::fill(formTemplate(form), FormData::build(FormContext{}).value())
                    .valueOr(Document{});
            QVERIFY2(!empty.pages.isEmpty(), qPrintable(form));
            for (const DocumentText& text : empty.texts())
                QVERIFY2(!text.text.contains(latin), qPrintable(form + QStringLiteral(": ") + text.text));
        }
    }

    // docs/forms.md lists every field a built-in form reads.
    void documentationListsEveryField()
    {
        QFile doc(QStringLiteral(MADOGUCHI_SOURCE_DIR "/docs/forms.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        for (const QString& form : builtInForms()) {
            QVERIFY2(text.contains(form), qPrintable(form));
            for (const QString& field : formTemplate(form).fields())
                QVERIFY2(text.contains(QStringLiteral("`") + field + u'`'), qPrintable(form + u' ' + field));
        }
    }

    void residentMoveForm()
    {
        const FormFiller filler(m_fonts);
        const QString pdf = filledPdf(filler, moveForm, moveContext());
        QVERIFY(!pdf.isEmpty());
        bool ok = false;
        const QString all = pdfToText(pdf, &ok);
        QVERIFY(ok);
        QVERIFY(all.contains(QStringLiteral("住民異動届")));

        QCOMPARE(textAt(pdf, moveForm, QStringLiteral("{{form.date}}")), QStringLiteral("令和6年5月1日"));
        QCOMPARE(textAt(pdf, moveForm, QStringLiteral("{{move.date}}")), QStringLiteral("令和6年4月28日"));
        const QString kinds = textAt(pdf, moveForm, QStringLiteral("{{move.moveIn}}"));
        QVERIFY2(kinds.contains(QStringLiteral("■転居")) && kinds.contains(QStringLiteral("□転入")) &&
                     kinds.contains(QStringLiteral("□転出")) && kinds.contains(QStringLiteral("□世帯変更")),
                 qPrintable(kinds));
        QCOMPARE(textAt(pdf, moveForm, QStringLiteral("{{move.newAddress}}")),
                 QStringLiteral("東京都北区赤羽二丁目3番4号"));
        // The previous address carries an IVS: it comes back exactly.
        QCOMPARE(codePoints(textAt(pdf, moveForm, QStringLiteral("{{move.previousAddress}}"))),
                 codePoints(asExtracted(sampleAddress())));
        QCOMPARE(codePoints(textAt(pdf, moveForm, QStringLiteral("{{move.newHouseholdHead}}"))),
                 codePoints(asExtracted(personName())));
        QCOMPARE(textAt(pdf, moveForm, QStringLiteral("{{person.honseki}}")), sampleHonseki());
        QCOMPARE(codePoints(textAt(pdf, moveForm, QStringLiteral("{{person.hittosha}}"))),
                 codePoints(asExtracted(ivsFamily() + QChar(0x3000) + QStringLiteral("太郎"))));

        // Members: names (IVS, non-BMP) in the name column, dates in theirs.
        const QString names = columnText(pdf, moveForm, QStringLiteral("members"), 0);
        QVERIFY2(names.contains(QStringLiteral("氏名")), qPrintable(names));
        QVERIFY2(names.contains(asExtracted(personName())), qPrintable(hexCodePoints(names)));
        QVERIFY2(names.contains(secondMemberFamily() + QStringLiteral(" 花子")),
                 qPrintable(hexCodePoints(names)));
        const QString readings = columnText(pdf, moveForm, QStringLiteral("members"), 1);
        QVERIFY2(readings.contains(QStringLiteral("かつらぎ よしの")) &&
                     readings.contains(QStringLiteral("よしの はなこ")),
                 qPrintable(readings));
        const QString births = columnText(pdf, moveForm, QStringLiteral("members"), 2);
        QVERIFY2(births.contains(QStringLiteral("昭和60年4月12日")) &&
                     births.contains(QStringLiteral("平成27年6月3日")),
                 qPrintable(births));
        const QString sexes = columnText(pdf, moveForm, QStringLiteral("members"), 3);
        QCOMPARE(sexes.count(QStringLiteral("■女")), 2);
        const QString relationships = columnText(pdf, moveForm, QStringLiteral("members"), 4);
        QVERIFY2(relationships.contains(QStringLiteral("世帯主")) && relationships.contains(u'子'),
                 qPrintable(relationships));

        // The notifier is the person herself.
        QCOMPARE(codePoints(textAt(pdf, moveForm, QStringLiteral("{{requester.name}}"))),
                 codePoints(asExtracted(personName())));
        QCOMPARE(codePoints(textAt(pdf, moveForm, QStringLiteral("{{requester.address}}"))),
                 codePoints(asExtracted(sampleAddress())));
        QCOMPARE(textAt(pdf, moveForm, QStringLiteral("{{requester.phone}}")),
                 QStringLiteral("03-3908-1111"));
        QVERIFY(
            textAt(pdf, moveForm, QStringLiteral("{{request.self}}")).startsWith(QStringLiteral("■本人")));

        // The reception box.
        QCOMPARE(textAt(pdf, moveForm, QStringLiteral("{{office.name}}")),
                 QStringLiteral("北区役所 戸籍住民課 2番窓口"));
        QCOMPARE(textAt(pdf, moveForm, QStringLiteral("{{office.clerk}}")), QStringLiteral("窓口 一郎"));
        QVERIFY(textAt(pdf, moveForm, QStringLiteral("{{identity.myNumberCard}}"))
                    .startsWith(QStringLiteral("■マイナンバーカード")));
    }

    void addressAndHonsekiStayApart()
    {
        const QString pdf = filledPdf(FormFiller(m_fonts), moveForm, moveContext());
        QVERIFY(!pdf.isEmpty());
        const QString honseki = textAt(pdf, moveForm, QStringLiteral("{{person.honseki}}"));
        const QString previous = textAt(pdf, moveForm, QStringLiteral("{{move.previousAddress}}"));
        QCOMPARE(honseki, sampleHonseki());
        QVERIFY(!honseki.contains(QStringLiteral("王子本町")));
        QVERIFY(!previous.contains(QStringLiteral("吉田本町")));

        // The certificate request has both, in their own boxes, too.
        const QString request = filledPdf(FormFiller(m_fonts), certificateForm, certificateContext());
        QVERIFY(!request.isEmpty());
        QCOMPARE(textAt(request, certificateForm, QStringLiteral("{{person.honseki}}")), sampleHonseki());
        QCOMPARE(codePoints(textAt(request, certificateForm, QStringLiteral("{{person.address}}"))),
                 codePoints(asExtracted(sampleAddress())));
    }

    void boxesForTheCitizenStayEmpty()
    {
        const QList<std::pair<QString, FormContext>> forms{
            {moveForm, moveContext()}, {certificateForm, certificateContext()}, {sealForm, sealContext()}};
        for (const auto& [form, context] : forms) {
            const QString pdf = filledPdf(FormFiller(m_fonts), form, context);
            QVERIFY(!pdf.isEmpty());
            // The hint is printed small at the top of the signature box; nothing else is in it.
            const QString signature = textRightOf(pdf, form, QStringLiteral("署名"));
            QVERIFY2(signature.endsWith(QStringLiteral("自署してください")),
                     qPrintable(form + u' ' + signature));
            QVERIFY2(!signature.contains(ivsFamily()), qPrintable(signature));
        }
        const QString seal = filledPdf(FormFiller(m_fonts), sealForm, sealContext());
        QVERIFY(!seal.isEmpty());
        QCOMPARE(textRightOf(seal, sealForm, QStringLiteral("印影")), QString());
        QCOMPARE(textRightOf(seal, sealForm, QStringLiteral("登録番号")), QString());
    }

    void certificateRequestForm()
    {
        const QString pdf = filledPdf(FormFiller(m_fonts), certificateForm, certificateContext());
        QVERIFY(!pdf.isEmpty());
        bool ok = false;
        QVERIFY(pdfToText(pdf, &ok).contains(QStringLiteral("証明書交付請求書")));
        QVERIFY(ok);
        const QString kinds = textAt(pdf, certificateForm, QStringLiteral("{{request.thirdParty}}"));
        QVERIFY2(kinds.contains(QStringLiteral("■第三者")) && kinds.contains(QStringLiteral("□本人")) &&
                     kinds.contains(QStringLiteral("□代理人")) && kinds.contains(QStringLiteral("□公用")),
                 qPrintable(kinds));
        QCOMPARE(textAt(pdf, certificateForm, QStringLiteral("{{requester.name}}")),
                 QStringLiteral("北 債権"));
        QCOMPARE(textAt(pdf, certificateForm, QStringLiteral("{{requester.address}}")),
                 QStringLiteral("東京都千代田区丸の内一丁目1番1号"));
        QCOMPARE(textAt(pdf, certificateForm, QStringLiteral("{{requester.relationship}}")),
                 QStringLiteral("債権者"));
        QCOMPARE(codePoints(textAt(pdf, certificateForm, QStringLiteral("{{person.name}}"))),
                 codePoints(asExtracted(personName())));
        QCOMPARE(textAt(pdf, certificateForm, QStringLiteral("{{person.kana}}")),
                 QStringLiteral("かつらぎ よしの"));
        QCOMPARE(textAt(pdf, certificateForm, QStringLiteral("{{person.birthDate}}")),
                 QStringLiteral("昭和60年4月12日"));

        const QString titles = columnText(pdf, certificateForm, QStringLiteral("certificates"), 0);
        QVERIFY2(titles.contains(QStringLiteral("住民票の写し")) &&
                     titles.contains(QStringLiteral("戸籍の附票の写し")),
                 qPrintable(titles));
        const QString copies = columnText(pdf, certificateForm, QStringLiteral("certificates"), 1);
        QVERIFY2(copies.contains(QStringLiteral("2通")) && copies.contains(QStringLiteral("1通")),
                 qPrintable(copies));
        const QString fees = columnText(pdf, certificateForm, QStringLiteral("certificates"), 2);
        QVERIFY2(fees.contains(QStringLiteral("600円")) && fees.contains(QStringLiteral("300円")),
                 qPrintable(fees));
        const QString total = textAt(pdf, certificateForm, QStringLiteral("{{fees.total}}"));
        QCOMPARE(total, QStringLiteral("900円"));
        QCOMPARE(textAt(pdf, certificateForm, QStringLiteral("{{request.purpose}}")),
                 QStringLiteral("貸付金の回収のため"));
        QVERIFY(textAt(pdf, certificateForm, QStringLiteral("{{identity.myNumberCard}}"))
                    .contains(QStringLiteral("■運転免許証")));
    }

    void officialRequestNamesTheOffice()
    {
        FormContext context = certificateContext();
        context.requestKind = QStringLiteral("official");
        context.requester = {};
        context.requester.name = QStringLiteral("税務 担当");
        context.requester.organisation = QStringLiteral("王子税務署");
        context.purpose = QStringLiteral("国税徴収法第141条による調査");
        const QString pdf = filledPdf(FormFiller(m_fonts), certificateForm, context);
        QVERIFY(!pdf.isEmpty());
        QCOMPARE(textAt(pdf, certificateForm, QStringLiteral("{{requester.organisation}}")),
                 QStringLiteral("王子税務署"));
        QVERIFY(textAt(pdf, certificateForm, QStringLiteral("{{request.official}}"))
                    .contains(QStringLiteral("■公用")));
    }

    void sealRegistrationForm()
    {
        const QString pdf = filledPdf(FormFiller(m_fonts), sealForm, sealContext());
        QVERIFY(!pdf.isEmpty());
        bool ok = false;
        QVERIFY(pdfToText(pdf, &ok).contains(QStringLiteral("印鑑登録申請書")));
        QCOMPARE(codePoints(textAt(pdf, sealForm, QStringLiteral("{{person.name}}"))),
                 codePoints(asExtracted(personName())));
        QCOMPARE(codePoints(textAt(pdf, sealForm, QStringLiteral("{{person.address}}"))),
                 codePoints(asExtracted(sampleAddress())));
        QCOMPARE(textAt(pdf, sealForm, QStringLiteral("{{person.birthDate}}")),
                 QStringLiteral("昭和60年4月12日"));
        const QString sex = textAt(pdf, sealForm, QStringLiteral("{{person.male}}"));
        QVERIFY2(sex.startsWith(QStringLiteral("□男")) && sex.endsWith(QStringLiteral("■女")),
                 qPrintable(sex));
        QCOMPARE(textAt(pdf, sealForm, QStringLiteral("{{person.phone}}")), QStringLiteral("03-3908-1111"));
        const QString identity = textAt(pdf, sealForm, QStringLiteral("{{identity.other}}"));
        QVERIFY2(identity.contains(QStringLiteral("■その他（健康保険証）")) &&
                     identity.contains(QStringLiteral("□マイナンバーカード")),
                 qPrintable(identity));
        // The person came: the agent's box is empty.
        QCOMPARE(textAt(pdf, sealForm, QStringLiteral("{{agent.name}}")), QString());
        QCOMPARE(textAt(pdf, sealForm, QStringLiteral("{{agent.address}}")), QString());
    }

    void sealRegistrationByAgent()
    {
        FormContext context = sealContext();
        context.requestKind = QStringLiteral("agent");
        context.requester.name = secondMemberFamily() + QStringLiteral("　花子");
        context.requester.address = QStringLiteral("埼玉県川口市本町1丁目1番1号");
        const QString pdf = filledPdf(FormFiller(m_fonts), sealForm, context);
        QVERIFY(!pdf.isEmpty());
        QCOMPARE(codePoints(textAt(pdf, sealForm, QStringLiteral("{{agent.name}}"))),
                 codePoints(secondMemberFamily() + QStringLiteral(" 花子")));
        QVERIFY(
            textAt(pdf, sealForm, QStringLiteral("{{request.agent}}")).contains(QStringLiteral("■代理人")));
    }

    void missingFieldsAreNamed()
    {
        FormContext context = moveContext();
        context.move.date = QDate();
        context.members.clear();
        const FormFiller filler(m_fonts);
        auto document = filler.fill(moveForm, context);
        QVERIFY(!document);
        QCOMPARE(document.error().code, QStringLiteral("form.missingField"));
        QVERIFY2(document.error().message.contains(QStringLiteral("move.date")) &&
                     document.error().message.contains(QStringLiteral("members")),
                 qPrintable(document.error().toString()));
        auto pdf = filler.pdf(moveForm, context);
        QVERIFY(!pdf);
        QCOMPARE(pdf.error().code, QStringLiteral("form.missingField"));

        FormContext seal = sealContext();
        seal.identityDocument.clear();
        auto sealDocument = filler.fill(sealForm, seal);
        QVERIFY(!sealDocument);
        QVERIFY(sealDocument.error().message.contains(QStringLiteral("identityDocument")));

        FormContext certificate = certificateContext();
        certificate.purpose = QStringLiteral(" ");
        auto certificateDocument = filler.fill(certificateForm, certificate);
        QVERIFY(!certificateDocument);
        QVERIFY(certificateDocument.error().message.contains(QStringLiteral("purpose")));
    }

    void invalidValuesAreNamed()
    {
        FormContext context = moveContext();
        context.members[1].sex = QStringLiteral("f");
        auto document = FormFiller(m_fonts).fill(moveForm, context);
        QVERIFY(!document);
        QCOMPARE(document.error().code, QStringLiteral("form.invalid"));
        QCOMPARE(document.error().where, moveForm + QStringLiteral(": members[1].sex"));

        context = moveContext();
        context.requestKind = QStringLiteral("official");
        context.requester.organisation = QStringLiteral("王子税務署");
        context.requester.name = QStringLiteral("税務 担当");
        document = FormFiller(m_fonts).fill(moveForm, context);
        QVERIFY(!document);
        QCOMPARE(document.error().code, QStringLiteral("form.requestKind"));
    }

    void unknownFormsAreNotFound_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("unknown form") << "forms/kokuho-kanyu";
        QTest::newRow("outside the folder") << "forms/../notice-x";
        QTest::newRow("absolute") << "/etc/passwd";
        QTest::newRow("empty") << "";
    }
    void unknownFormsAreNotFound()
    {
        QFETCH(QString, name);
        auto document = FormFiller(m_fonts).fill(name, moveContext());
        QVERIFY(!document);
        QCOMPARE(document.error().code, QStringLiteral("template.notFound"));
    }

    // 支援措置: FormFiller prints what it is given; whether a third party may have it was decided
    // before (part of the visit's guard). The restriction itself is never printed.
    void restrictedResidentFormIsPrintedWhenTheCallerDecides()
    {
        sync::ResidentRecord record = sampleResident();
        record.supportMeasure.active = true;
        FormContext context = certificateContext();
        const FormContext fromRecord = FormContext::fromResident(record, QDate(2024, 5, 1), sampleOffice());
        context.person = fromRecord.person;
        context.addressRestricted = fromRecord.addressRestricted;
        QVERIFY(context.addressRestricted);

        const QString pdf = filledPdf(FormFiller(m_fonts), certificateForm, context);
        QVERIFY(!pdf.isEmpty());
        bool ok = false;
        const QString all = pdfToText(pdf, &ok);
        QVERIFY(ok);
        QCOMPARE(codePoints(textAt(pdf, certificateForm, QStringLiteral("{{person.address}}"))),
                 codePoints(asExtracted(sampleAddress())));
        QVERIFY(!all.contains(QStringLiteral("支援措置")));
    }

    // A ward replaces a form by putting forms/<name>.json in its own template directory.
    void wardTemplateReplacesTheBuiltInForm()
    {
        QTemporaryDir ward;
        QVERIFY(QDir(ward.path()).mkpath(QStringLiteral("forms")));
        QVERIFY(writeFile(ward.filePath(QStringLiteral("forms/jumin-ido-todoke.json")), QStringLiteral(R"({
  "format": "madoguchi-document-template", "version": 1, "title": "住民異動届（北区）",
  "elements": [
    { "type": "text", "box": [20, 20, 170, 10], "text": "北区様式　{{person.name}}", "font": "name" },
    { "type": "text", "box": [20, 40, 170, 10], "text": "{{move.newAddress}}", "font": "name" }
  ]
})")
                                                                                            .toUtf8()));
        const FormFiller filler(m_fonts, ward.path());
        auto document = filler.fill(moveForm, moveContext());
        QVERIFY2(document, document ? "" : qPrintable(document.error().toString()));
        QCOMPARE(document.value().title, QStringLiteral("住民異動届（北区）"));
        QCOMPARE(document.value().id, moveForm + QStringLiteral("/R-0001"));
        const QString pdf = writePdf(PdfWriter(m_fonts).write(document.value()).valueOr({}));
        bool ok = false;
        const QString text = pdfToText(pdf, &ok);
        QVERIFY2(text.contains(QStringLiteral("北区様式")) && text.contains(ivsFamily()) &&
                     text.contains(nonBmpGiven()),
                 qPrintable(text));

        // The other forms still come from the built-in ones.
        QVERIFY(filler.fill(sealForm, sealContext()));
    }

    void wardTemplateWithUnknownFieldSaysWhere()
    {
        QTemporaryDir ward;
        QVERIFY(QDir(ward.path()).mkpath(QStringLiteral("forms")));
        QVERIFY(writeFile(ward.filePath(QStringLiteral("forms/inkan-toroku-shinsei.json")),
                          QByteArrayLiteral("{\n"
                                            "  \"format\": \"madoguchi-document-template\", \"version\": 1,\n"
                                            "  \"elements\": [\n"
                                            "    { \"type\": \"text\", \"box\": [20, 20, 170, 10],\n"
                                            "      \"text\": \"{{person.seal}}\" }\n"
                                            "  ]\n"
                                            "}\n")));
        auto document = FormFiller(m_fonts, ward.path()).fill(sealForm, sealContext());
        QVERIFY(!document);
        QCOMPARE(document.error().code, QStringLiteral("template.field"));
        QVERIFY2(document.error().message.contains(QStringLiteral("person.seal")),
                 qPrintable(document.error().message));
        QCOMPARE(document.error().where, QStringLiteral("inkan-toroku-shinsei.json:5: elements[0].text"));
    }

    // What leaves the counter goes through the print gate: audited, approval asked only for
    // sequences the font does not register.
    void exportGoesThroughThePrintGate()
    {
        QTemporaryDir dir;
        DatabaseConfig config;
        config.sqlitePath = dir.filePath(QStringLiteral("audit.sqlite"));
        auto db = openOrFail(config, {AuditLog::migrations()});
        QVERIFY(db);
        AuditLog audit(*db);
        NoApprover approver;
        PrintGate gate(m_fonts, audit, approver, QStringLiteral("counter-02"));
        const StaffMember clerk{QStringLiteral("clerk07"), QStringLiteral("窓口 一郎"), Role::Clerk};

        std::optional<Result<QByteArray>> result;
        FormFiller(m_fonts).exportPdf(moveForm, moveContext(), gate, clerk,
                                      [&](Result<QByteArray> pdf) { result = std::move(pdf); });
        QVERIFY(!result.has_value()); // drawn on a worker thread, answered through the event loop
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
        QVERIFY2(*result, *result ? "" : qPrintable(result->error().toString()));
        QVERIFY(result->value().startsWith("%PDF"));
        QCOMPARE(approver.asked, 0);
        const QList<AuditRecord> records = audit.recent(10);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().action, QStringLiteral("document.export"));
        QCOMPARE(records.first().objectId, moveForm + QStringLiteral("/R-0001"));
        QCOMPARE(records.first().actor, QStringLiteral("clerk07"));
        QVERIFY(!records.first().detail.contains(ivsFamily()));

        // 葛 + U+E0100 is not in the font: the gate asks, the refusal stops the print.
        FormContext unregistered = moveContext();
        unregistered.person.familyName = unregisteredName();
        unregistered.members.first().familyName = unregisteredName();
        result.reset();
        FormFiller(m_fonts).exportPdf(moveForm, unregistered, gate, clerk,
                                      [&](Result<QByteArray> pdf) { result = std::move(pdf); });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60000);
        QVERIFY(!*result);
        QCOMPARE(result->error().code, QStringLiteral("documents.approvalRefused"));
        QCOMPARE(approver.asked, 1);

        // An incomplete form never reaches the gate: refused at once.
        FormContext incomplete = moveContext();
        incomplete.move.kind.clear();
        result.reset();
        FormFiller(m_fonts).exportPdf(moveForm, incomplete, gate, clerk,
                                      [&](Result<QByteArray> pdf) { result = std::move(pdf); });
        QVERIFY(result.has_value() && !*result);
        QCOMPARE(result->error().code, QStringLiteral("form.missingField"));
        QCOMPARE(approver.asked, 1);
    }

    // Writes the sample forms and a ticket slip for a look (docs/forms.md, "Preview"): into
    // MADOGUCHI_FORM_PREVIEW_DIR when set, from the ward directory MADOGUCHI_FORM_TEMPLATE_DIR
    // when set; otherwise into a temporary directory, only checking that they are made.
    void writePreviews()
    {
        QString out = qEnvironmentVariable("MADOGUCHI_FORM_PREVIEW_DIR");
        if (out.isEmpty())
            out = m_dir.filePath(QStringLiteral("preview"));
        QVERIFY(QDir().mkpath(out));
        const FormFiller filler(m_fonts, qEnvironmentVariable("MADOGUCHI_FORM_TEMPLATE_DIR"));
        const QList<std::pair<QString, FormContext>> forms{
            {moveForm, moveContext()}, {certificateForm, certificateContext()}, {sealForm, sealContext()}};
        for (const auto& [form, context] : forms) {
            auto pdf = filler.pdf(form, context);
            QVERIFY2(pdf, pdf ? "" : qPrintable(pdf.error().toString()));
            const QString path = QDir(out).filePath(form.section(u'/', -1) + QStringLiteral(".pdf"));
            QVERIFY(writeFile(path, pdf.value()));
            auto pages = PdfWriter(m_fonts).pageCount(filler.fill(form, context).value());
            QVERIFY(pages);
            QCOMPARE(pages.value(), 1);
        }
        const TicketSlip slip(m_fonts, qEnvironmentVariable("MADOGUCHI_FORM_TEMPLATE_DIR"));
        TicketSlip::Content ticket;
        ticket.wardName = QStringLiteral("北区役所");
        ticket.categoryTitle = QStringLiteral("住所の変更・届出");
        ticket.categoryTitleEn = QStringLiteral("Moving and notifications");
        ticket.number = QStringLiteral("A-012");
        ticket.issuedAt = QDateTime(QDate(2024, 5, 1), QTime(10, 23));
        ticket.waitingCount = 3;
        auto pdf = slip.pdf(ticket);
        QVERIFY2(pdf, pdf ? "" : qPrintable(pdf.error().toString()));
        QVERIFY(writeFile(QDir(out).filePath(QStringLiteral("queue-ticket.pdf")), pdf.value()));
    }
};

QTEST_GUILESS_MAIN(TestFormFiller)
#include "tst_formfiller.moc"
