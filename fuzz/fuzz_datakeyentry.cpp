// What comes back from the keychain and the database: the data key entry (DataKeyEntry::parse)
// and an encrypted field (FieldCipher::decrypt). Invariants: no crash; a parsed entry serialises
// back to the same bytes; a blob that was not made with the key never decrypts.
#include "FuzzCheck.h"
#include "common/DataKeyEntry.h"
#include "common/FieldCipher.h"

#include <cstddef>
#include <cstdint>

using namespace madoguchi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));

    const auto entry = detail::DataKeyEntry::parse(bytes);
    if (entry.ok()) {
        FUZZ_CHECK(detail::DataKeyEntry::serialize(entry.value()) == bytes,
                   QStringLiteral("entry round trip"));
    } else {
        FUZZ_CHECK(!entry.error().code.isEmpty(), QStringLiteral("entry error without code"));
    }

    static const FieldCipher cipher(7, QByteArray(FieldCipher::keySize, '\x5a'));
    const auto plain = cipher.decrypt(bytes, QByteArrayLiteral("fuzz.column:1"));
    // Forging a GCM tag by chance is out of reach for a fuzzer: any success is a bug.
    FUZZ_CHECK(!plain.ok(), QStringLiteral("decrypted a blob that was never encrypted"));
    return 0;
}
