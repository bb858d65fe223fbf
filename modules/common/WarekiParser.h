#pragma once

#include "common/Wareki.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

// Internal to madoguchi_common: what the era table (Wareki.cpp) and the parser
// (WarekiParser.cpp, which implements Wareki::parse() and Wareki::parseCounterCode()) share.
// Callers use Wareki.h.
namespace madoguchi::Wareki::detail {

// The translation context of every Wareki message.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::Wareki)
};

// The era whose name (令和), first kanji (令), ligature (㋿), letter (R) or romaji (Reiwa)
// `text` starts with, and in `length` how many characters that took. A letter or romaji must
// be a whole ASCII word, so that "Reiwa" is not read as "R". Defined next to the era table.
std::optional<Era> matchEra(QStringView text, qsizetype& length);

// The messages for a month or day that does not exist, shared by fromWareki() and the
// parser's Western dates. Defined in WarekiParser.cpp.
Error notAMonth(int month);
Error notADate(int month, int day, const QString& context);

} // namespace madoguchi::Wareki::detail
