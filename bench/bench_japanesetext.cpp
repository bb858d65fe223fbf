// Throughput of the text and date helpers on synthetic but realistic data: 100,000 names in
// mixed scripts and widths (some with IVS, non-BMP kanji and old forms) and 100,000 dates.
// Prints ns per item; the numbers guide decisions such as whether search keys must be cached.
#include "common/JapaneseText.h"
#include "common/Money.h"
#include "common/Wareki.h"

#include <QDate>
#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <cstdio>

using namespace madoguchi;

namespace {

constexpr int kCount = 100000;

QList<QString> syntheticNames()
{
    const QString families[] = {u"山田"_qs,           u"髙橋"_qs, u"渡邊"_qs, u"ヤマダ"_qs, u"ﾀｶﾊｼ"_qs,
                                u"葛\U000E0102西"_qs, u"𠮷野"_qs, u"齋藤"_qs, u"すずき"_qs, u"ＳＡＴＯ"_qs};
    const QString givens[] = {u"太郎"_qs,         u"花子"_qs,   u"タロウ"_qs, u"ﾊﾅｺ"_qs,
                              u"辻\U000E0103"_qs, u"ゆうこ"_qs, u"Kenji"_qs,  u"澤子"_qs};
    const QString separators[] = {u" "_qs, u"\u3000"_qs, QString()};
    QList<QString> names;
    names.reserve(kCount);
    for (int i = 0; i < kCount; ++i)
        names.append(families[i % 10] + separators[i % 3] + givens[(i / 10) % 8]);
    return names;
}

template <typename F>
double nsPerItem(int count, F&& body)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i)
        body(i);
    return double(timer.nsecsElapsed()) / count;
}

void row(const char* what, double ns)
{
    std::printf("%-40s %10.1f ns/item %12.0f items/s\n", what, ns, 1e9 / ns);
}

} // namespace

int main()
{
    const QList<QString> names = syntheticNames();
    qsizetype sink = 0; // keeps the optimiser from dropping the work

    std::printf("%-40s %18s %20s\n", "operation (100,000 items)", "time", "throughput");
    row("JapaneseText::foldForSearch",
        nsPerItem(kCount, [&](int i) { sink += JapaneseText::foldForSearch(names[i]).size(); }));
    row("JapaneseText::graphemeLength",
        nsPerItem(kCount, [&](int i) { sink += JapaneseText::graphemeLength(names[i]); }));
    row("JapaneseText::truncateGraphemes(3)",
        nsPerItem(kCount, [&](int i) { sink += JapaneseText::truncateGraphemes(names[i], 3).size(); }));
    row("JapaneseText::stripVariationSelectors",
        nsPerItem(kCount, [&](int i) { sink += JapaneseText::stripVariationSelectors(names[i]).size(); }));

    QList<QDate> dates;
    QList<QString> longForms, codes;
    for (int i = 0; i < kCount; ++i) {
        dates.append(QDate(1900, 1, 1).addDays(i % 45000));
        longForms.append(Wareki::format(dates.last(), Wareki::Style::Long));
        codes.append(Wareki::counterCode(dates.last()));
    }
    row("Wareki::format(Long)",
        nsPerItem(kCount, [&](int i) { sink += Wareki::format(dates[i], Wareki::Style::Long).size(); }));
    row("Wareki::parse(Long form)",
        nsPerItem(kCount, [&](int i) { sink += Wareki::parse(longForms[i]).ok(); }));
    row("Wareki::parse(7-digit counter code)",
        nsPerItem(kCount, [&](int i) { sink += Wareki::parse(codes[i]).ok(); }));
    row("Money::parse(yen sign, grouped)",
        nsPerItem(kCount, [&](int) { sink += Money::parse(u"¥1,234,567").ok(); }));
    row("Money::format",
        nsPerItem(kCount, [&](int i) { sink += Money::fromYen(qint64(i) * 977).format().size(); }));
    std::printf("(checksum %lld)\n", static_cast<long long>(sink));
    return 0;
}
