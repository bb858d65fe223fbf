// JapaneseText on arbitrary UTF-8 (and, after a first byte 0xFF, which UTF-8 never has, raw UTF-16 so that
// unpaired surrogates get in). Invariants: foldForSearch is idempotent and leaves no white space or
// selectors; truncateGraphemes returns a prefix of at most the asked number of clusters and
// never cuts a selector, low surrogate or voicing mark from its base.
#include "FuzzCheck.h"
#include "common/JapaneseText.h"

#include <cstddef>
#include <cstdint>

using namespace madoguchi;

namespace {

char32_t codePointAt(const QString& s, qsizetype i)
{
    const QChar c = s[i];
    if (c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(c, s[i + 1]);
    return c.unicode();
}

bool hasBase(const QString& cut)
{
    qsizetype last = cut.size() - 1;
    if (last > 0 && cut[last].isLowSurrogate() && cut[last - 1].isHighSurrogate())
        --last;
    switch (QChar::category(codePointAt(cut, last))) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_Surrogate:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return false;
    default:
        return true;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QString text;
    if (size > 0 && data[0] == 0xFF)
        text = QString::fromUtf16(reinterpret_cast<const char16_t*>(data + 1), qsizetype((size - 1) / 2));
    else
        text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));

    const QString folded = JapaneseText::foldForSearch(text);
    FUZZ_CHECK(JapaneseText::foldForSearch(folded) == folded, text + u" → " + folded);
    FUZZ_CHECK(!JapaneseText::hasVariationSelector(folded), folded);
    for (QChar c : folded)
        FUZZ_CHECK(!c.isSpace(), folded);

    const QString stripped = JapaneseText::stripVariationSelectors(text);
    FUZZ_CHECK(!JapaneseText::hasVariationSelector(stripped), text);
    FUZZ_CHECK(JapaneseText::hasVariationSelector(text) == (stripped.size() != text.size()), text);

    const int length = JapaneseText::graphemeLength(text);
    FUZZ_CHECK(length >= 0 && length <= text.size(), text);
    FUZZ_CHECK((length == 0) == text.isEmpty(), text);
    const int asked[] = {0, 1, 2, length / 2, length - 1, length, length + 1, size > 1 ? data[1] % 16 : 3};
    for (int n : asked) {
        const QString cut = JapaneseText::truncateGraphemes(text, n);
        const int cutLength = JapaneseText::graphemeLength(cut);
        FUZZ_CHECK(text.startsWith(cut), text);
        FUZZ_CHECK(cutLength == qBound(0, n, length),
                   text + QStringLiteral(" n=%1 got %2").arg(n).arg(cutLength));
        // A selector or mark after a control character (NUL, CR, a lone surrogate...) has no
        // base: UAX #29 rightly breaks before it, so only check cuts after other characters.
        if (cut.size() < text.size() && !cut.isEmpty() && hasBase(cut)) {
            const char32_t next = codePointAt(text, cut.size());
            FUZZ_CHECK(!(cut.back().isHighSurrogate() && text[cut.size()].isLowSurrogate()), text);
            FUZZ_CHECK(!JapaneseText::isVariationSelector(next) && next != 0x3099 && next != 0x309A, text);
        }
    }
    JapaneseText::toFullWidthDigits(text);
    return 0;
}
