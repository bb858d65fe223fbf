#pragma once

#include <QList>
#include <QString>

namespace madoguchi {

class ShapedText;

// One line of a wrapped paragraph: characters [from, to) of the paragraph's text.
struct TextLine
{
    int from = 0;
    int to = 0;
};

// Greedy line breaking for Japanese text over a shaped paragraph: breaks only where Unicode's
// line breaking rules (UAX #14) and grapheme clusters allow, so a base character and its
// variation selector are never split; adds simple kinsoku (no line starts with 、。」）ー small
// kana etc., no line ends with an opening bracket). A '\n' forces a break. A stretch without a
// break opportunity that is wider than the line is cut at a grapheme boundary.
class LineBreaker
{
public:
    static QList<TextLine> breakLines(const ShapedText& shaped, double maxWidthUnits);

    static bool mayNotStartLine(char32_t codePoint);
    static bool mayNotEndLine(char32_t codePoint);
};

} // namespace madoguchi
