#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace madoguchi {

// The reduction of old character forms for search (髙→高, 﨑→崎, …), kept as data in
// resources/text/old-forms.txt and compiled in as a Qt resource. Only search keys use it:
// display, storage and printing keep the registered characters.
//
// parse() checks the whole file and names the first mistake by file and line: each side must be
// exactly one code point, no variation selector, no old form listed twice, and no reduced form
// that is itself an old form (folding twice must give the same key).
class OldFormTable
{
public:
    static Result<OldFormTable> parse(const QByteArray& utf8, const QString& fileName);

    // The table shipped with the application, parsed once (thread-safe). A broken resource is a
    // build mistake that tst_japanesetext catches; at run time it yields an empty table.
    static const OldFormTable& builtIn();
    static QString builtInPath();

    char32_t reduce(char32_t codePoint) const;
    std::size_t size() const { return m_pairs.size(); }
    const std::vector<std::pair<char32_t, char32_t>>& pairs() const { return m_pairs; }

private:
    std::vector<std::pair<char32_t, char32_t>> m_pairs; // sorted by the old form
};

} // namespace madoguchi
