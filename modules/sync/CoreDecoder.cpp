#include "sync/CoreDecoder.h"

#include "sync/JsonReader.h"
#include "sync/ResidentJson.h"

namespace madoguchi::sync {

namespace {

// Runs `read` over the top-level object and turns the reader's first mistake into the result.
template <typename T, typename Read>
Result<T> decode(const QByteArray& body, Read read)
{
    Result<QJsonObject> object = JsonReader::parseObject(body);
    if (!object)
        return object.error();
    JsonReader reader(object.value(), QString());
    T value = read(reader);
    if (const auto error = reader.error())
        return *error;
    return value;
}

Problem readProblem(JsonReader& r)
{
    Problem p;
    p.type = r.string("type");
    p.title = r.string("title");
    p.status = int(r.integer("status", 100, 599));
    p.detail = r.optionalString("detail").value_or(QString());
    p.field = r.optionalString("field").value_or(QString());
    p.expectedSequence = r.optionalInteger("expectedSequence");
    p.instance = r.optionalString("instance").value_or(QString());
    return p;
}

TransactionReceipt readReceipt(JsonReader& r)
{
    TransactionReceipt t;
    t.transactionId = r.string("transactionId");
    t.counterId = r.string("counterId");
    t.visitId = r.string("visitId");
    t.sequence = r.integer("sequence", 1);
    t.itemCount = int(r.integer("itemCount", 0, 100000));
    t.receivedAt = r.string("receivedAt");
    return t;
}

} // namespace

Result<Health> CoreDecoder::health(const QByteArray& body)
{
    return decode<Health>(body, [](JsonReader& r) {
        Health h;
        h.status = r.oneOf("status", {QStringLiteral("ok")});
        h.apiVersion = r.string("apiVersion");
        h.server = r.string("server");
        h.time = r.string("time");
        h.counterId = r.string("counterId");
        h.myNumberSegment = r.boolean("myNumberSegment");
        h.latestCursor = r.string("latestCursor");
        return h;
    });
}

Result<ResidentRecord> CoreDecoder::resident(const QByteArray& body)
{
    return decode<ResidentRecord>(body, [](JsonReader& r) { return ResidentJson::read(r); });
}

Result<ResidentList> CoreDecoder::residentList(const QByteArray& body)
{
    return decode<ResidentList>(body, [](JsonReader& r) {
        ResidentList list;
        r.objects("residents",
                  [&list](JsonReader& element) { list.residents << ResidentJson::read(element); });
        list.truncated = r.boolean("truncated");
        return list;
    });
}

Result<TaxCertificateData> CoreDecoder::taxCertificates(const QByteArray& body)
{
    return decode<TaxCertificateData>(body, [](JsonReader& r) {
        TaxCertificateData data;
        data.residentId = r.string("residentId");
        r.objects("years", [&data](JsonReader& y) {
            TaxYear year;
            year.fiscalYear = int(y.integer("fiscalYear", 1900, 2200));
            year.incomeYear = int(y.integer("incomeYear", 1900, 2200));
            year.taxable = y.boolean("taxable");
            year.totalIncome = y.integer("totalIncome");
            year.taxableIncome = y.integer("taxableIncome");
            year.municipalTax = y.integer("municipalTax");
            year.prefecturalTax = y.integer("prefecturalTax");
            year.totalResidentTax = y.integer("totalResidentTax");
            year.arrears = y.boolean("arrears");
            data.years << year;
        });
        return data;
    });
}

Result<SealRegistration> CoreDecoder::sealRegistration(const QByteArray& body)
{
    return decode<SealRegistration>(body, [](JsonReader& r) {
        SealRegistration seal;
        seal.residentId = r.string("residentId");
        seal.registrationNumber = r.string("registrationNumber");
        seal.registeredDate = r.date("registeredDate");
        seal.status = r.string("status");
        JsonReader image = r.object("sealImage");
        seal.imageMediaType = image.oneOf("mediaType", {QStringLiteral("image/png")});
        const QString data = image.string("data");
        auto decoded =
            QByteArray::fromBase64Encoding(data.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!image.failed() && (!decoded || data.isEmpty()))
            image.fail(QStringLiteral("data"), JsonReader::tr("%1.data is not base64").arg(image.path()));
        seal.image = decoded.decoded;
        seal.widthPx = int(image.integer("widthPx", 1, 100000));
        seal.heightPx = int(image.integer("heightPx", 1, 100000));
        return seal;
    });
}

Result<Koseki> CoreDecoder::koseki(const QByteArray& body)
{
    return decode<Koseki>(body, [](JsonReader& r) {
        Koseki k;
        k.residentId = r.string("residentId");
        k.kosekiId = r.string("kosekiId");
        JsonReader honseki = r.object("honseki");
        k.honseki = ResidentJson::readHonseki(honseki);
        JsonReader head = r.object("headOfKoseki");
        k.headOfKoseki = ResidentJson::readNames(head);
        r.objects("entries", [&k](JsonReader& e) {
            KosekiEntry entry;
            entry.entryNumber = int(e.integer("entryNumber", 1, 100000));
            entry.residentId = e.optionalString("residentId");
            JsonReader names = e.object("names");
            entry.names = ResidentJson::readNames(names);
            entry.birthDate = e.date("birthDate");
            entry.sex = e.oneOf("sex", {QStringLiteral("male"), QStringLiteral("female")});
            entry.relationship = e.string("relationship");
            entry.father = e.optionalString("father");
            entry.mother = e.optionalString("mother");
            entry.removed = e.boolean("removed");
            e.objects("events", [&entry](JsonReader& ev) {
                KosekiEvent event;
                event.kind = ev.string("kind");
                event.date = ev.date("date");
                event.detail = ev.optionalString("detail").value_or(QString());
                entry.events << event;
            });
            k.entries << entry;
        });
        return k;
    });
}

Result<TransactionReceipt> CoreDecoder::receipt(const QByteArray& body)
{
    return decode<TransactionReceipt>(body, readReceipt);
}

Result<BatchResult> CoreDecoder::batchResult(const QByteArray& body)
{
    return decode<BatchResult>(body, [](JsonReader& r) {
        BatchResult batch;
        r.objects("results", [&batch](JsonReader& e) {
            BatchItemResult item;
            item.idempotencyKey = e.string("idempotencyKey");
            item.status = int(e.integer("status", 100, 599));
            item.replay = e.boolean("replay");
            if (auto receipt = e.optionalObject("receipt"))
                item.receipt = readReceipt(*receipt);
            if (auto problem = e.optionalObject("problem"))
                item.problem = readProblem(*problem);
            // A stored transaction comes with its receipt; anything else must say why.
            if (!e.failed() && item.stored() && !item.receipt)
                e.fail(QStringLiteral("receipt"), JsonReader::tr("%1.receipt is missing").arg(e.path()));
            if (!e.failed() && !item.stored() && !item.problem)
                e.fail(QStringLiteral("problem"), JsonReader::tr("%1.problem is missing").arg(e.path()));
            batch.results << item;
        });
        return batch;
    });
}

Result<Slip> CoreDecoder::slip(const QByteArray& body)
{
    return decode<Slip>(body, [](JsonReader& r) {
        Slip s;
        s.slipNumber = r.string("slipNumber");
        s.visitId = r.string("visitId");
        s.amountYen = r.integer("amountYen", 0);
        s.issuedAt = r.string("issuedAt");
        s.dueDate = r.date("dueDate");
        s.purpose = r.string("purpose");
        s.barcode = r.optionalString("barcode");
        s.residentId = r.optionalString("residentId");
        s.counterId = r.string("counterId");
        s.registeredAt = r.string("registeredAt");
        s.status = r.oneOf("status",
                           {QStringLiteral("issued"), QStringLiteral("paid"), QStringLiteral("cancelled")});
        return s;
    });
}

Result<ChangePage> CoreDecoder::changePage(const QByteArray& body)
{
    return decode<ChangePage>(body, [](JsonReader& r) {
        ChangePage page;
        r.objects("changes", [&page](JsonReader& c) {
            Change change;
            change.cursor = c.string("cursor");
            change.residentId = c.string("residentId");
            change.kind = c.string("kind");
            change.at = c.string("at");
            page.changes << change;
        });
        page.nextCursor = r.string("nextCursor");
        page.hasMore = r.boolean("hasMore");
        if (!r.failed() && (page.nextCursor.isEmpty() || page.nextCursor.size() > 64))
            r.fail(QStringLiteral("nextCursor"), JsonReader::tr("nextCursor must be 1 to 64 characters"));
        return page;
    });
}

Result<Problem> CoreDecoder::problem(const QByteArray& body)
{
    return decode<Problem>(body, readProblem);
}

} // namespace madoguchi::sync
