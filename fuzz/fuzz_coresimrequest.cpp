// madoguchi-core-sim's reading of a counter's transaction (tools/core-sim: TransactionValidator,
// JsonInput, JsonText) on arbitrary bytes. Invariants: a refused body names the field and says
// why; an accepted one has a lower-case UUID visit, 1 to 100 items and a sequence of at least 1;
// the canonical JSON the core stores and hashes (JsonText::compact) is byte for byte what
// QJsonDocument writes for the same object.
#include "FuzzCheck.h"
#include "core-sim/JsonInput.h"
#include "core-sim/JsonText.h"
#include "core-sim/TransactionValidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace madoguchi;
using namespace madoguchi::coresim;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (document.isArray()) {
        FUZZ_CHECK(JsonText::compact(document.array()) == document.toJson(QJsonDocument::Compact),
                   QString::fromUtf8(bytes.left(200)));
        return 0;
    }
    if (!document.isObject())
        return 0;
    const QJsonObject body = document.object();
    FUZZ_CHECK(JsonText::compact(body) == document.toJson(QJsonDocument::Compact),
               QString::fromUtf8(bytes.left(200)));
    const Result<ValidatedTransaction> validated = TransactionValidator::validate(body);
    if (!validated) {
        const Error& error = validated.error();
        FUZZ_CHECK(!error.code.isEmpty() && !error.message.isEmpty() && !error.where.isEmpty(),
                   error.code + u' ' + error.where + u' ' + error.message);
        return 0;
    }
    const ValidatedTransaction& tx = validated.value();
    FUZZ_CHECK(JsonInput::isUuid(tx.visitId) && tx.visitId == tx.visitId.toLower(), tx.visitId);
    FUZZ_CHECK(tx.itemCount >= 1 && tx.itemCount <= TransactionValidator::kMaxItems,
               QString::number(tx.itemCount));
    FUZZ_CHECK(tx.sequence >= 1, QString::number(tx.sequence));
    return 0;
}
