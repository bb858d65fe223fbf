#include "common/JapaneseText.h"

#include "common/OldFormTable.h"

#include <QTextBoundaryFinder>

#include <unicode/ubrk.h>
#include <unicode/unorm2.h>

#include <algorithm>
#include <array>
#include <utility>

namespace madoguchi::JapaneseText {

namespace {

bool isDashLike(char32_t cp)
{
    switch (cp) {
    case 0x002D: // HYPHEN-MINUS (also what NFKC makes of U+FF0D and U+FE63)
    case 0x2010: // HYPHEN
    case 0x2011: // NON-BREAKING HYPHEN
    case 0x2012: // FIGURE DASH
    case 0x2013: // EN DASH
    case 0x2014: // EM DASH
    case 0x2015: // HORIZONTAL BAR (0x815C in Microsoft's Shift_JIS mapping)
    case 0x2212: // MINUS SIGN
    case 0x30FC: // KATAKANA-HIRAGANA PROLONGED SOUND MARK (also NFKC of half-width U+FF70)
        return true;
    default:
        return false;
    }
}

const UNormalizer2* nfkcCasefold()
{
    // ICU returns a process-wide, immutable instance; it is safe to share between threads.
    static const UNormalizer2* instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        const UNormalizer2* n = unorm2_getNFKCCasefoldInstance(&status);
        return U_SUCCESS(status) ? n : nullptr;
    }();
    return instance;
}

const UChar* icuChars(QStringView text)
{
    return reinterpret_cast<const UChar*>(text.utf16());
}

bool isNfkcCasefolded(QStringView text)
{
    UErrorCode status = U_ZERO_ERROR;
    const UBool yes = unorm2_isNormalized(nfkcCasefold(), icuChars(text), int32_t(text.size()), &status);
    return U_SUCCESS(status) && yes;
}

QString applyNfkcCasefold(QStringView text)
{
    const UNormalizer2* n = nfkcCasefold();
    if (!n)
        return text.toString(); // ICU data missing: fold what the rest of the pipeline can
    QString out(text.size() + 16, Qt::Uninitialized);
    for (int attempt = 0; attempt < 2; ++attempt) {
        UErrorCode status = U_ZERO_ERROR;
        const int32_t length =
            unorm2_normalize(n, icuChars(text), int32_t(text.size()), reinterpret_cast<UChar*>(out.data()),
                             int32_t(out.size()), &status);
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            out.resize(length);
            continue;
        }
        if (U_FAILURE(status))
            return text.toString();
        out.resize(length);
        return out;
    }
    return text.toString();
}

// Reads the code point at `pos` and advances past it. An unpaired surrogate is returned as is
// (QStringIterator, which would do this, is private API in Qt 6).
char32_t nextCodePoint(QStringView text, qsizetype& pos)
{
    const QChar c = text[pos++];
    if (c.isHighSurrogate() && pos < text.size() && text[pos].isLowSurrogate())
        return QChar::surrogateToUcs4(c, text[pos++]);
    return c.unicode();
}

void appendCodePoint(QString& out, char32_t cp)
{
    if (QChar::requiresSurrogates(cp)) {
        out.append(QChar(QChar::highSurrogate(cp)));
        out.append(QChar(QChar::lowSurrogate(cp)));
    } else {
        out.append(QChar(char16_t(cp)));
    }
}

// The Japanese-specific steps of foldForSearch() on NFKC_Casefold output.
QString mapForSearch(QStringView text)
{
    const OldFormTable& oldForms = OldFormTable::builtIn();
    QString out;
    out.reserve(text.size());
    char32_t previous = 0;
    for (qsizetype pos = 0; pos < text.size();) {
        char32_t cp = nextCodePoint(text, pos);
        if (QChar::isSpace(cp) || isVariationSelector(cp))
            continue;
        if (cp >= 0x30A1 && cp <= 0x30F6) { // ァ..ヶ, including ヴ ヵ ヶ
            cp -= 0x60;
        } else if (cp == 0x30FD || cp == 0x30FE) { // ヽ ヾ
            cp -= 0x60;
        } else if (cp >= 0x30F7 && cp <= 0x30FA) {
            // ヷヸヹヺ have no precomposed hiragana: わ゙ ゐ゙ ゑ゙ を゙ (+ U+3099), which NFC keeps as two.
            static constexpr char16_t bases[] = {u'わ', u'ゐ', u'ゑ', u'を'};
            out.append(QChar(bases[cp - 0x30F7]));
            cp = 0x3099;
        } else if (isDashLike(cp)) {
            // After a kana it is a prolonged sound mark (ラーメン typed as ラ−メン is still
            // ラーメン); elsewhere a hyphen in an address or number.
            cp = isHiragana(previous) || isKatakana(previous) ? 0x30FC : u'-';
        } else if (cp == 0x301C || cp == 0x223C || cp == 0x007E) {
            cp = u'~'; // WAVE DASH, TILDE OPERATOR; NFKC already made FULLWIDTH TILDE '~'
        } else {
            cp = oldForms.reduce(cp);
        }
        appendCodePoint(out, cp);
        previous = cp;
    }
    return out;
}

// Grapheme clusters come from ICU's character break iterator, not QTextBoundaryFinder. Qt 6.4
// keeps a base and its selector together, but its boundaries depend on the text that follows
// (fuzz_fold found "⒣\u1CDE\u0DDB": three clusters, while its first two characters are one),
// so a truncated string could count differently from the place it was cut. ICU implements
// UAX #29 exactly: base + selector, surrogate pairs and kana voicing marks stay one cluster.
// One iterator per thread: opening one costs far more than reusing it with ubrk_setText.
UBreakIterator* graphemeIterator()
{
    struct Holder
    {
        UBreakIterator* iterator = nullptr;
        ~Holder()
        {
            if (iterator)
                ubrk_close(iterator);
        }
    };
    thread_local Holder holder;
    if (!holder.iterator) {
        UErrorCode status = U_ZERO_ERROR;
        UBreakIterator* it = ubrk_open(UBRK_CHARACTER, "", nullptr, 0, &status);
        holder.iterator = U_SUCCESS(status) ? it : nullptr;
    }
    return holder.iterator;
}

// Calls `boundary(end)` for the end of each grapheme cluster until it returns false.
template <typename F>
void forEachCluster(QStringView text, F&& boundary)
{
    if (text.isEmpty())
        return;
    UBreakIterator* it = graphemeIterator();
    UErrorCode status = U_ZERO_ERROR;
    if (it)
        ubrk_setText(it, icuChars(text), int32_t(text.size()), &status);
    if (!it || U_FAILURE(status)) {
        // No ICU break rules: fall back to Qt's finder rather than counting code units.
        QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text.data(), text.size());
        for (qsizetype pos = finder.toNextBoundary(); pos > 0; pos = finder.toNextBoundary()) {
            if (!boundary(pos))
                return;
        }
        return;
    }
    for (int32_t pos = ubrk_next(it); pos != UBRK_DONE; pos = ubrk_next(it)) {
        if (!boundary(qsizetype(pos)))
            return;
    }
}

} // namespace

QString foldForSearch(QStringView text)
{
    QString folded = mapForSearch(applyNfkcCasefold(text));
    // Removing white space can bring a combining mark next to a new base ("か ゙" → "が"), so
    // the result may need one more round to be stable; a few rounds always suffice.
    for (int round = 0; round < 4 && !isNfkcCasefolded(folded); ++round)
        folded = mapForSearch(applyNfkcCasefold(folded));
    return folded;
}

int graphemeLength(QStringView text)
{
    int count = 0;
    forEachCluster(text, [&count](qsizetype) {
        ++count;
        return true;
    });
    return count;
}

QString truncateGraphemes(QStringView text, int maxUnits)
{
    if (maxUnits <= 0)
        return {};
    qsizetype cut = text.size();
    int count = 0;
    forEachCluster(text, [&](qsizetype end) {
        if (++count < maxUnits)
            return true;
        cut = end;
        return false;
    });
    return text.first(cut).toString();
}

bool isVariationSelector(char32_t cp)
{
    return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
}

bool hasVariationSelector(QStringView text)
{
    for (qsizetype pos = 0; pos < text.size();) {
        if (isVariationSelector(nextCodePoint(text, pos)))
            return true;
    }
    return false;
}

QString stripVariationSelectors(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype pos = 0; pos < text.size();) {
        const qsizetype start = pos;
        if (!isVariationSelector(nextCodePoint(text, pos)))
            out.append(text.sliced(start, pos - start));
    }
    return out;
}

bool isHiragana(char32_t cp)
{
    return (cp >= 0x3041 && cp <= 0x3096) || (cp >= 0x3099 && cp <= 0x309F);
}

bool isKatakana(char32_t cp)
{
    return (cp >= 0x30A1 && cp <= 0x30FF) || (cp >= 0x31F0 && cp <= 0x31FF) || (cp >= 0xFF66 && cp <= 0xFF9F);
}

QString toFullWidthDigits(QStringView text)
{
    QString out = text.toString();
    for (QChar& c : out) {
        if (c >= u'0' && c <= u'9')
            c = QChar(char16_t(c.unicode() - u'0' + 0xFF10));
    }
    return out;
}

} // namespace madoguchi::JapaneseText
