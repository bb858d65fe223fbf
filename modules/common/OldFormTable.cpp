#include "common/OldFormTable.h"

#include "common/JapaneseText.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>
#include <QStringView>

#include <algorithm>

namespace madoguchi {

namespace {

Error lineError(const QString& fileName, int line, const QString& message)
{
    return makeError(QStringLiteral("text.oldForms"), message,
                     QStringLiteral("%1:%2").arg(fileName).arg(line));
}

// One code point, or 0 when `field` is not exactly one.
char32_t singleCodePoint(QStringView field)
{
    const QList<uint> ucs4 = field.toUcs4();
    return ucs4.size() == 1 ? char32_t(ucs4.front()) : 0;
}

// Messages of this file, translated in the context "madoguchi::OldFormTable".
struct OldFormText
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::OldFormTable)
};

} // namespace

Result<OldFormTable> OldFormTable::parse(const QByteArray& utf8, const QString& fileName)
{
    OldFormTable table;
    const QString text = QString::fromUtf8(utf8);
    if (text.toUtf8() != utf8)
        return makeError(QStringLiteral("text.oldForms"), OldFormText::tr("The file is not valid UTF-8."),
                         fileName);
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        QStringView line(lines[i]);
        const qsizetype hash = line.indexOf(u'#');
        if (hash >= 0)
            line = line.left(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const QStringList fields = line.toString().simplified().split(u' '); // tabs or spaces
        if (fields.size() != 2)
            return lineError(fileName, lineNo,
                             OldFormText::tr("Expected two characters: the old form and its reduction."));
        const char32_t from = singleCodePoint(fields[0]);
        const char32_t to = singleCodePoint(fields[1]);
        if (from == 0 || to == 0)
            return lineError(fileName, lineNo, OldFormText::tr("Each side must be exactly one character."));
        if (JapaneseText::isVariationSelector(from) || JapaneseText::isVariationSelector(to))
            return lineError(fileName, lineNo, OldFormText::tr("A variation selector cannot be reduced."));
        if (from == to)
            return lineError(fileName, lineNo, OldFormText::tr("A character cannot reduce to itself."));
        table.m_pairs.emplace_back(from, to);
    }
    std::sort(table.m_pairs.begin(), table.m_pairs.end());
    for (std::size_t i = 1; i < table.m_pairs.size(); ++i) {
        if (table.m_pairs[i].first == table.m_pairs[i - 1].first)
            return makeError(QStringLiteral("text.oldForms"),
                             OldFormText::tr("The old form %1 is listed twice.")
                                 .arg(QString::fromUcs4(&table.m_pairs[i].first, 1)),
                             fileName);
    }
    for (const auto& [from, to] : table.m_pairs) {
        if (table.reduce(to) != to)
            return makeError(QStringLiteral("text.oldForms"),
                             OldFormText::tr("%1 reduces to %2, which is itself an old form in the table.")
                                 .arg(QString::fromUcs4(&from, 1), QString::fromUcs4(&to, 1)),
                             fileName);
    }
    return table;
}

QString OldFormTable::builtInPath()
{
    return QStringLiteral(":/text/old-forms.txt");
}

const OldFormTable& OldFormTable::builtIn()
{
    static const OldFormTable table = [] {
        QFile file(builtInPath());
        if (!file.open(QIODevice::ReadOnly))
            return OldFormTable{};
        Result<OldFormTable> parsed = parse(file.readAll(), builtInPath());
        return parsed.ok() ? std::move(parsed).value() : OldFormTable{};
    }();
    return table;
}

char32_t OldFormTable::reduce(char32_t codePoint) const
{
    const auto it = std::lower_bound(m_pairs.begin(), m_pairs.end(), codePoint,
                                     [](const auto& entry, char32_t key) { return entry.first < key; });
    return it != m_pairs.end() && it->first == codePoint ? it->second : codePoint;
}

} // namespace madoguchi
