#pragma once

#include "common/Result.h"
#include "sync/CoreTypes.h"

#include <QByteArray>

namespace madoguchi::sync {

// Pure decoders of the core system's response bodies: bytes in, a typed value or a
// core.malformed error naming the JSON path out. No network, no state, so that the libFuzzer
// target (fuzz/fuzz_coreresponse.cpp) and the tests can call them directly.
class CoreDecoder
{
public:
    static Result<Health> health(const QByteArray& body);
    static Result<ResidentRecord> resident(const QByteArray& body);
    static Result<ResidentList> residentList(const QByteArray& body);
    static Result<TaxCertificateData> taxCertificates(const QByteArray& body);
    static Result<SealRegistration> sealRegistration(const QByteArray& body);
    static Result<Koseki> koseki(const QByteArray& body);
    static Result<TransactionReceipt> receipt(const QByteArray& body);
    static Result<BatchResult> batchResult(const QByteArray& body);
    static Result<Slip> slip(const QByteArray& body);
    static Result<ChangePage> changePage(const QByteArray& body);
    static Result<Problem> problem(const QByteArray& body);
};

} // namespace madoguchi::sync
