#pragma once

#include <QString>

namespace madoguchi::counter {

// A text a citizen reads on a second screen, in both languages at once: the citizen's language
// is unknown, so neither follows the clerk's UI language. Data files carry both
// ("title": {"ja": …, "en": …}); either may be empty.
struct BilingualText
{
    QString ja;
    QString en;

    bool isEmpty() const { return ja.isEmpty() && en.isEmpty(); }
    // "ja / en", or the one that is there: the accessible name of a bilingual line.
    QString joined() const
    {
        if (ja.isEmpty() || en.isEmpty() || ja == en)
            return ja.isEmpty() ? en : ja;
        return ja + QStringLiteral(" / ") + en;
    }
    friend bool operator==(const BilingualText& a, const BilingualText& b)
    {
        return a.ja == b.ja && a.en == b.en;
    }
    friend bool operator!=(const BilingualText& a, const BilingualText& b) { return !(a == b); }
};

} // namespace madoguchi::counter
