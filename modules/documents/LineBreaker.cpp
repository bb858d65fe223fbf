#include "documents/LineBreaker.h"

#include "documents/ShapedText.h"

#include <QTextBoundaryFinder>

#include <vector>

namespace madoguchi {

namespace {

char32_t codePointAt(const QString& text, int pos)
{
    const QChar unit = text.at(pos);
    if (unit.isHighSurrogate() && pos + 1 < text.size() && text.at(pos + 1).isLowSurrogate())
        return QChar::surrogateToUcs4(unit, text.at(pos + 1));
    return unit.unicode();
}

char32_t codePointBefore(const QString& text, int pos)
{
    if (pos >= 2 && text.at(pos - 1).isLowSurrogate() && text.at(pos - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(pos - 2), text.at(pos - 1));
    return text.at(pos - 1).unicode();
}

bool isSpace(char32_t cp)
{
    return cp == u' ' || cp == 0x3000 || cp == u'\t';
}

} // namespace

bool LineBreaker::mayNotStartLine(char32_t cp)
{
    static const std::u32string closing =
        U"、。，．,.・：；:;？！?!‼⁇⁈⁉」』）］｝〕〉》】〙〗〟’”)]}"
        U"ヽヾゝゞ々〻ーァィゥェォッャュョヮヵヶぁぃぅぇぉっゃゅょゎゕゖㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
        U"‐゠–〜～…‥";
    return closing.find(cp) != std::u32string::npos;
}

bool LineBreaker::mayNotEndLine(char32_t cp)
{
    static const std::u32string opening = U"「『（［｛〔〈《【〘〖〝‘“([{";
    return opening.find(cp) != std::u32string::npos;
}

QList<TextLine> LineBreaker::breakLines(const ShapedText& shaped, double maxWidthUnits)
{
    const QString& text = shaped.text();
    const int size = int(text.size());
    QList<TextLine> lines;
    if (size == 0)
        return lines;

    // Break opportunities: line boundaries that are also grapheme boundaries and pass kinsoku.
    std::vector<char> allowed(static_cast<std::size_t>(size) + 1, 0);
    std::vector<char> grapheme(static_cast<std::size_t>(size) + 1, 0);
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    for (qsizetype pos = 0; pos >= 0 && pos <= size; pos = graphemes.toNextBoundary())
        grapheme[static_cast<std::size_t>(pos)] = 1;
    QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, text);
    for (qsizetype pos = 0; pos >= 0 && pos <= size; pos = breaks.toNextBoundary()) {
        if (pos <= 0 || pos >= size || !grapheme[static_cast<std::size_t>(pos)])
            continue;
        if (mayNotStartLine(codePointAt(text, int(pos))) || mayNotEndLine(codePointBefore(text, int(pos))))
            continue;
        allowed[static_cast<std::size_t>(pos)] = 1;
    }

    const auto trimmedEnd = [&](int from, int to) {
        while (to > from && (isSpace(text.at(to - 1).unicode()) || text.at(to - 1) == u'\n'))
            --to;
        return to;
    };
    const auto fits = [&](int from, int to) {
        return shaped.advance(from, trimmedEnd(from, to)) <= maxWidthUnits;
    };

    int start = 0;
    while (start < size) {
        // Leading spaces of a wrapped line are dropped (not those after a forced break).
        int hardEnd = int(text.indexOf(u'\n', start));
        if (hardEnd < 0)
            hardEnd = size;
        int lastFit = -1;
        for (int pos = start + 1; pos <= hardEnd; ++pos) {
            const bool candidate = pos == hardEnd || allowed[static_cast<std::size_t>(pos)];
            if (!candidate)
                continue;
            if (fits(start, pos))
                lastFit = pos;
            else
                break;
        }
        if (lastFit < 0) {
            // Nothing fits: cut at the last grapheme boundary that does, at least one grapheme.
            int pos = start + 1;
            while (pos < hardEnd && !grapheme[static_cast<std::size_t>(pos)])
                ++pos;
            lastFit = pos;
            for (int next = pos + 1; next <= hardEnd; ++next) {
                if (!grapheme[static_cast<std::size_t>(next)])
                    continue;
                if (!fits(start, next))
                    break;
                lastFit = next;
            }
        }
        lines.append(TextLine{start, trimmedEnd(start, lastFit)});
        start = lastFit;
        if (start == hardEnd && hardEnd < size) {
            ++start; // the '\n'
            continue;
        }
        while (start < size && isSpace(text.at(start).unicode()))
            ++start;
    }
    return lines;
}

} // namespace madoguchi
