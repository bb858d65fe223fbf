#pragma once

#include <QString>
#include <QStringView>

namespace madoguchi {

// Text helpers for Japanese names and addresses: folding for search, and counting and cutting
// text so that a base character and its variation selector (an IVS such as 葛+U+E0102), a
// surrogate pair or a combining mark are never separated.
namespace JapaneseText {

// A search key, never for display or storage. Two names that a clerk would call "the same"
// fold to the same key:
//  - NFKC with case folding (ICU's NFKC_Casefold): full/half width, half-width katakana to
//    full-width, Latin case, compatibility ideographs; it also drops default-ignorable code
//    points, among them every variation selector (U+FE00–FE0F, U+E0100–E01EF) and ZWJ;
//  - katakana to hiragana (ヴ→ゔ, ヵ→ゕ, ヶ→ゖ, small kana stay small);
//  - all white space removed (also U+3000), so 山田 太郎 == 山田太郎;
//  - hyphens, dashes, minus signs and the prolonged sound mark (‐ - – — ― − ｰ ー －) become
//    ー after a kana and '-' anywhere else: "ラーメン" keeps its ー whatever dash was typed,
//    and "1−2−3" matches "1-2-3" and "1ー2ー3" (a common slip in addresses);
//  - WAVE DASH U+301C and FULLWIDTH TILDE U+FF5E (Shift_JIS decoders disagree on 0x8160)
//    become '~';
//  - old character forms reduced by a table kept as data (髙→高, 﨑→崎, 齋→斎, …;
//    resources/text/old-forms.txt, see OldFormTable).
// foldForSearch(foldForSearch(x)) == foldForSearch(x).
QString foldForSearch(QStringView text);

// The number of user-perceived characters (extended grapheme clusters, UAX #29, by ICU).
int graphemeLength(QStringView text);
// The first `maxUnits` grapheme clusters of `text` (all of it when it is shorter).
QString truncateGraphemes(QStringView text, int maxUnits);

bool isVariationSelector(char32_t codePoint);
bool hasVariationSelector(QStringView text);
QString stripVariationSelectors(QStringView text);

bool isHiragana(char32_t codePoint);
bool isKatakana(char32_t codePoint); // full-width and half-width katakana, and ー

// ASCII digits 0–9 to full-width ０–９ for printing; everything else unchanged.
QString toFullWidthDigits(QStringView text);

} // namespace JapaneseText
} // namespace madoguchi
