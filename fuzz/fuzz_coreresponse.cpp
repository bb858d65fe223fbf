// The decoders of the core system's answers (madoguchi_sync's CoreDecoder) on arbitrary bytes.
// The first byte picks the decoder, the rest is the body. Invariants: every failure is
// core.malformed with a message and a JSON path; a decoded resident record survives a JSON
// round trip unchanged; a batch result's stored items carry a receipt and the others a problem.
#include "FuzzCheck.h"
#include "sync/CoreDecoder.h"
#include "sync/ResidentJson.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

using namespace madoguchi;
using namespace madoguchi::sync;

namespace {

template <typename T>
bool checkFailure(const Result<T>& result, const QByteArray& body)
{
    if (result)
        return true;
    FUZZ_CHECK(result.error().code == QLatin1String("core.malformed"), QString::fromUtf8(body.left(200)));
    FUZZ_CHECK(!result.error().message.isEmpty() && !result.error().where.isEmpty(), result.error().code);
    return false;
}

void roundTrip(const ResidentRecord& record)
{
    const QByteArray again = QJsonDocument(ResidentJson::write(record)).toJson(QJsonDocument::Compact);
    const Result<ResidentRecord> decoded = CoreDecoder::resident(again);
    FUZZ_CHECK(decoded.ok(), QString::fromUtf8(again.left(300)));
    FUZZ_CHECK(decoded.value() == record, QString::fromUtf8(again.left(300)));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray body(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 8) {
    case 0: {
        const Result<ResidentRecord> r = CoreDecoder::resident(body);
        if (checkFailure(r, body))
            roundTrip(r.value());
        break;
    }
    case 1: {
        const Result<ResidentList> r = CoreDecoder::residentList(body);
        if (checkFailure(r, body)) {
            for (const ResidentRecord& record : r.value().residents)
                roundTrip(record);
        }
        break;
    }
    case 2: {
        const Result<ChangePage> r = CoreDecoder::changePage(body);
        if (checkFailure(r, body))
            FUZZ_CHECK(!r.value().nextCursor.isEmpty() && r.value().nextCursor.size() <= 64,
                       r.value().nextCursor);
        break;
    }
    case 3: {
        const Result<BatchResult> r = CoreDecoder::batchResult(body);
        if (checkFailure(r, body)) {
            for (const BatchItemResult& item : r.value().results)
                FUZZ_CHECK(item.stored() ? item.receipt.has_value() : item.problem.has_value(),
                           QString::number(item.status));
        }
        break;
    }
    case 4: {
        const Result<Problem> r = CoreDecoder::problem(body);
        if (checkFailure(r, body))
            FUZZ_CHECK(r.value().status >= 100 && r.value().status <= 599, QString::number(r.value().status));
        break;
    }
    case 5:
        checkFailure(CoreDecoder::health(body), body);
        break;
    case 6:
        checkFailure(CoreDecoder::koseki(body), body);
        checkFailure(CoreDecoder::taxCertificates(body), body);
        break;
    default:
        checkFailure(CoreDecoder::sealRegistration(body), body);
        checkFailure(CoreDecoder::slip(body), body);
        checkFailure(CoreDecoder::receipt(body), body);
        break;
    }
    return 0;
}
