#include "SeedGenerator.h"

#include "SealImage.h"

#include "common/MyNumber.h"

#include <QJsonObject>

#include <iterator>

namespace madoguchi::coresim {

namespace {

struct Reading
{
    const char16_t* text;
    const char16_t* kana;
};

// Family names: common ones, then old forms (fold to a common one), IVS names (葛 and 辻 with
// selector U+E0102, registered in IPAmj) and non-BMP names (𠮷, U+20BB7).
const Reading kCommonFamilies[] = {
    {u"佐藤", u"サトウ"},   {u"鈴木", u"スズキ"},   {u"高橋", u"タカハシ"}, {u"田中", u"タナカ"},
    {u"伊藤", u"イトウ"},   {u"渡辺", u"ワタナベ"}, {u"山本", u"ヤマモト"}, {u"中村", u"ナカムラ"},
    {u"小林", u"コバヤシ"}, {u"加藤", u"カトウ"},   {u"吉田", u"ヨシダ"},   {u"山田", u"ヤマダ"},
    {u"佐々木", u"ササキ"}, {u"山口", u"ヤマグチ"}, {u"松本", u"マツモト"}, {u"井上", u"イノウエ"},
    {u"木村", u"キムラ"},   {u"林", u"ハヤシ"},     {u"斎藤", u"サイトウ"}, {u"清水", u"シミズ"},
    {u"山崎", u"ヤマザキ"}, {u"森", u"モリ"},       {u"池田", u"イケダ"},   {u"橋本", u"ハシモト"},
    {u"阿部", u"アベ"},     {u"石川", u"イシカワ"}, {u"前田", u"マエダ"},   {u"藤田", u"フジタ"},
};
const Reading kOldFormFamilies[] = {
    {u"髙橋", u"タカハシ"}, {u"山﨑", u"ヤマザキ"}, {u"渡邊", u"ワタナベ"},
    {u"齋藤", u"サイトウ"}, {u"濱田", u"ハマダ"},   {u"澤田", u"サワダ"},
};
const Reading kIvsFamilies[] = {
    {u"葛\U000E0102西", u"カサイ"},
    {u"葛\U000E0102城", u"カツラギ"},
    {u"辻\U000E0102", u"ツジ"},
    {u"辻\U000E0102本", u"ツジモト"},
};
const Reading kNonBmpFamilies[] = {{u"\U00020BB7田", u"ヨシダ"}, {u"\U00020BB7野", u"ヨシノ"}};

const Reading kMaleGiven[] = {
    {u"太郎", u"タロウ"}, {u"健", u"ケン"},     {u"翔太", u"ショウタ"}, {u"大輔", u"ダイスケ"},
    {u"拓也", u"タクヤ"}, {u"誠", u"マコト"},   {u"蓮", u"レン"},       {u"悠真", u"ユウマ"},
    {u"陽翔", u"ハルト"}, {u"浩二", u"コウジ"}, {u"修", u"オサム"},     {u"博", u"ヒロシ"},
    {u"隆", u"タカシ"},   {u"湊", u"ミナト"},   {u"健一", u"ケンイチ"},
};
const Reading kFemaleGiven[] = {
    {u"花子", u"ハナコ"},   {u"美咲", u"ミサキ"},   {u"陽菜", u"ヒナ"},     {u"結衣", u"ユイ"},
    {u"さくら", u"サクラ"}, {u"由美子", u"ユミコ"}, {u"恵子", u"ケイコ"},   {u"愛", u"アイ"},
    {u"葵", u"アオイ"},     {u"真由美", u"マユミ"}, {u"洋子", u"ヨウコ"},   {u"幸子", u"サチコ"},
    {u"凛", u"リン"},       {u"芽依", u"メイ"},     {u"京子", u"キョウコ"},
};

struct Town
{
    const char16_t* name;
    const char* postalCode;
    int chome; // number of 丁目; 0 when the town has none
};

// Towns of Kita ward with their postal codes (the 丁目 counts are approximate: the data is
// fictitious, only the look is real).
const Town kTowns[] = {
    {u"王子", "114-0002", 6},   {u"王子本町", "114-0022", 3}, {u"赤羽", "115-0045", 3},
    {u"赤羽台", "115-0053", 4}, {u"赤羽北", "115-0052", 3},   {u"十条仲原", "114-0032", 4},
    {u"上十条", "114-0034", 5}, {u"東十条", "114-0001", 6},   {u"滝野川", "114-0023", 7},
    {u"田端", "114-0014", 6},   {u"田端新町", "114-0012", 3}, {u"浮間", "115-0051", 5},
    {u"豊島", "114-0003", 8},   {u"堀船", "114-0004", 4},     {u"西ケ原", "114-0024", 4},
    {u"志茂", "115-0042", 5},   {u"神谷", "115-0043", 3},     {u"岩淵町", "115-0041", 0},
};

// Elsewhere: former addresses and 本籍 outside the ward (戸籍 not held here).
const Reading kElsewhere[] = {
    {u"大阪府", u"大阪市北区梅田"},       {u"北海道", u"札幌市中央区北一条西"},
    {u"福岡県", u"福岡市博多区博多駅前"}, {u"埼玉県", u"川口市本町"},
    {u"神奈川県", u"横浜市中区山下町"},   {u"東京都", u"板橋区板橋"},
    {u"宮城県", u"仙台市青葉区一番町"},   {u"愛知県", u"名古屋市中区栄"},
};

QString str(const char16_t* text)
{
    return QString::fromUtf16(text);
}

} // namespace

SeedGenerator::SeedGenerator(quint32 randomSeed)
    : m_random(randomSeed)
{}

QDate SeedGenerator::referenceDate()
{
    return QDate(2026, 4, 1);
}

QList<int> SeedGenerator::fiscalYears()
{
    return {2024, 2025, 2026};
}

QString SeedGenerator::myNumberFor(qint64 serial)
{
    const QString first11 = QStringLiteral("7%1").arg(serial, 10, 10, QLatin1Char('0'));
    return first11 + QString::number(MyNumber::checkDigit(first11));
}

QString SeedGenerator::kanjiNumber(int n)
{
    static const QString digits = QStringLiteral("〇一二三四五六七八九十");
    return n >= 0 && n <= 10 ? QString(digits.at(n)) : QString::number(n);
}

TaxYearRecord SeedGenerator::taxYear(const QString& residentId, int fiscalYear, qint64 totalIncome,
                                     bool arrears)
{
    TaxYearRecord year;
    year.residentId = residentId;
    year.fiscalYear = fiscalYear;
    year.totalIncome = totalIncome;
    // Tokyo's special wards: no per-capita levy up to 450,000 yen of income (single person).
    year.taxable = totalIncome > 450000;
    if (year.taxable) {
        const qint64 deductions = 430000 + totalIncome * 15 / 100;
        year.taxableIncome = std::max<qint64>(0, (totalIncome - deductions) / 1000 * 1000);
        year.municipalTax = year.taxableIncome * 6 / 100 / 100 * 100 + 3000;
        year.prefecturalTax = year.taxableIncome * 4 / 100 / 100 * 100 + 1000;
    }
    year.arrears = arrears && year.taxable;
    return year;
}

KosekiRecord SeedGenerator::koseki(const QString& kosekiId, const HonsekiParts& honseki,
                                   const std::vector<const ResidentRecord*>& members,
                                   const QString& headFather, const QString& headMother)
{
    KosekiRecord record;
    record.kosekiId = kosekiId;
    record.honseki = honseki;
    const ResidentRecord& head = *members.front();
    record.headFamily = head.family;
    record.headGiven = head.given;
    record.headFamilyKana = head.familyKana;
    record.headGivenKana = head.givenKana;
    const ResidentRecord* spouse = nullptr;
    int sons = 0;
    int daughters = 0;
    static const QStringList order = {QStringLiteral("長"), QStringLiteral("二"), QStringLiteral("三"),
                                      QStringLiteral("四"), QStringLiteral("五")};
    for (const ResidentRecord* member : members) {
        KosekiEntryRecord entry;
        entry.entryNumber = int(record.entries.size()) + 1;
        entry.residentId = member->residentId;
        entry.family = member->family;
        entry.given = member->given;
        entry.familyKana = member->familyKana;
        entry.givenKana = member->givenKana;
        entry.birthDate = member->birthDate;
        entry.sex = member->sex;
        const bool male = member->sex == QStringLiteral("male");
        QJsonArray events = {QJsonObject{{QStringLiteral("kind"), QStringLiteral("birth")},
                                         {QStringLiteral("date"), member->birthDate.toString(Qt::ISODate)},
                                         {QStringLiteral("detail"), QStringLiteral("【出生日】")}}};
        if (member == &head) {
            entry.relationship = male ? QStringLiteral("長男") : QStringLiteral("長女");
            entry.father = headFather;
            entry.mother = headMother;
        } else if (member->relationship == QStringLiteral("妻") ||
                   member->relationship == QStringLiteral("夫")) {
            spouse = member;
            entry.relationship = member->relationship;
            entry.father = QStringLiteral("（省略）");
            entry.mother = QStringLiteral("（省略）");
        } else {
            const int rank = male ? sons++ : daughters++;
            entry.relationship = order.value(rank, QStringLiteral("六")) +
                                 (male ? QStringLiteral("男") : QStringLiteral("女"));
            const bool headMale = head.sex == QStringLiteral("male");
            const QString spouseName = spouse ? spouse->family + QChar(0x3000) + spouse->given : QString();
            const QString headName = head.family + QChar(0x3000) + head.given;
            entry.father = headMale ? headName : spouseName;
            entry.mother = headMale ? spouseName : headName;
        }
        entry.events = events;
        record.entries.push_back(entry);
    }
    if (spouse) {
        const QDate married = std::max(head.birthDate, spouse->birthDate).addYears(26);
        const QJsonObject marriage{{QStringLiteral("kind"), QStringLiteral("marriage")},
                                   {QStringLiteral("date"), married.toString(Qt::ISODate)},
                                   {QStringLiteral("detail"), QStringLiteral("【婚姻日】")}};
        for (int i = 0; i < 2 && i < int(record.entries.size()); ++i)
            record.entries[std::size_t(i)].events.append(marriage);
    }
    return record;
}

QDate SeedGenerator::randomDate(const QDate& from, const QDate& to)
{
    const qint64 span = std::max<qint64>(1, from.daysTo(to));
    return from.addDays(qint64(m_random.bounded(quint32(span))));
}

ResidentRecord SeedGenerator::person(const QString& relationship, const QString& family,
                                     const QString& familyKana, bool male, const QDate& from, const QDate& to)
{
    ResidentRecord r;
    r.residentId = QStringLiteral("KT%1").arg(m_nextResident, 7, 10, QLatin1Char('0'));
    r.myNumber = myNumberFor(m_nextResident);
    ++m_nextResident;
    r.relationship = relationship;
    r.family = family;
    r.familyKana = familyKana;
    const Reading& given = male ? kMaleGiven[pick(int(std::size(kMaleGiven)))]
                                : kFemaleGiven[pick(int(std::size(kFemaleGiven)))];
    r.given = str(given.text);
    r.givenKana = str(given.kana);
    r.sex = male ? QStringLiteral("male") : QStringLiteral("female");
    r.birthDate = randomDate(from, to);
    return r;
}

void SeedGenerator::addCertificateData(SeedData& data, const ResidentRecord& r)
{
    const int age = r.birthDate.daysTo(referenceDate()) / 365;
    if (age < 18)
        return;
    const bool earner = !chance(30);
    const qint64 base = earner ? qint64(1000 + pick(9000)) * 1000 : qint64(pick(400)) * 1000;
    const bool arrears = chance(2);
    for (int fiscalYear : fiscalYears()) {
        const qint64 income = base * (95 + pick(11)) / 100 / 1000 * 1000;
        data.taxYears.push_back(taxYear(r.residentId, fiscalYear, income, arrears && fiscalYear == 2026));
    }
    if (chance(40)) {
        SealRecord seal;
        seal.residentId = r.residentId;
        seal.registrationNumber = QStringLiteral("%1").arg(m_nextSeal++, 8, 10, QLatin1Char('0'));
        seal.registeredDate = randomDate(r.birthDate.addYears(18).addDays(1), referenceDate());
        seal.png = SealImage::png(unsigned(pick(255)));
        seal.widthPx = SealImage::kSizePx;
        seal.heightPx = SealImage::kSizePx;
        data.seals.push_back(seal);
    }
}

void SeedGenerator::addHousehold(SeedData& data, int& remaining)
{
    // The family name: 88% common, 5% old forms, 4% IVS, 3% non-BMP.
    const int kind = pick(100);
    const Reading& family = kind < 88   ? kCommonFamilies[pick(int(std::size(kCommonFamilies)))]
                            : kind < 93 ? kOldFormFamilies[pick(int(std::size(kOldFormFamilies)))]
                            : kind < 97 ? kIvsFamilies[pick(int(std::size(kIvsFamilies)))]
                                        : kNonBmpFamilies[pick(int(std::size(kNonBmpFamilies)))];
    const QString familyName = str(family.text);
    const QString familyKana = str(family.kana);

    const Town& town = kTowns[pick(int(std::size(kTowns)))];
    const int chome = town.chome > 0 ? 1 + pick(town.chome) : 0;
    const int ban = 1 + pick(30);
    const int go = 1 + pick(25);
    AddressParts address;
    address.postalCode = QString::fromLatin1(town.postalCode);
    address.prefecture = QStringLiteral("東京都");
    address.city = QStringLiteral("北区");
    address.town = str(town.name) + (chome > 0 ? QStringLiteral("%1丁目").arg(chome) : QString());
    address.banchi = QStringLiteral("%1番%2号").arg(ban).arg(go);
    if (chance(35))
        address.building =
            QStringLiteral("メゾン%1 %2号室").arg(str(town.name)).arg(101 + pick(8) * 100 + pick(6));
    address.fullText = address.prefecture + address.city + address.town + address.banchi +
                       (address.building.isEmpty() ? QString() : QChar(0x3000) + address.building);

    HonsekiParts honseki;
    const bool honsekiHere = chance(70);
    if (honsekiHere) {
        honseki.prefecture = QStringLiteral("東京都");
        honseki.city = QStringLiteral("北区");
        honseki.town = str(town.name) + (chome > 0 ? kanjiNumber(chome) + QStringLiteral("丁目") : QString());
        honseki.chiban = QStringLiteral("%1番地").arg(ban + pick(200));
    } else {
        const Reading& place = kElsewhere[pick(int(std::size(kElsewhere)))];
        honseki.prefecture = str(place.text);
        honseki.town = str(place.kana);
        honseki.chiban = QStringLiteral("%1番地").arg(1 + pick(900));
    }
    honseki.fullText = honseki.prefecture + honseki.city + honseki.town + honseki.chiban;

    const QString householdId = QStringLiteral("H%1").arg(m_nextHousehold++, 7, 10, QLatin1Char('0'));
    const QString kosekiId = honsekiHere ? QStringLiteral("KS") + householdId.mid(1) : QString();
    const QDate today = referenceDate();
    std::vector<ResidentRecord> members;
    const bool headMale = chance(70);
    members.push_back(person(QStringLiteral("世帯主"), familyName, familyKana, headMale, QDate(1940, 1, 1),
                             QDate(2004, 12, 31)));
    const QDate headBirth = members.front().birthDate;
    const int wanted = chance(35) ? 1 : 2 + pick(4);
    const int size = std::min(remaining, wanted);
    if (size >= 2) {
        members.push_back(person(headMale ? QStringLiteral("妻") : QStringLiteral("夫"), familyName,
                                 familyKana, !headMale, headBirth.addYears(-5), headBirth.addYears(5)));
    }
    for (int i = int(members.size()); i < size; ++i) {
        const QDate from = headBirth.addYears(24);
        const QDate to = std::min(headBirth.addYears(42), today.addDays(-30));
        if (from >= to)
            break;
        members.push_back(person(QStringLiteral("子"), familyName, familyKana, chance(50), from, to));
    }

    const bool movedIn = chance(50);
    const QDate movedInDate =
        randomDate(std::max(headBirth.addYears(18), QDate(1990, 1, 1)), today.addMonths(-1));
    const Reading& previous = kElsewhere[pick(int(std::size(kElsewhere)))];
    const QString previousAddress =
        str(previous.text) + str(previous.kana) +
        QStringLiteral("%1丁目%2番%3号").arg(1 + pick(5)).arg(1 + pick(20)).arg(1 + pick(20));
    const bool movedOut = chance(2);
    const QDate movedOutDate = randomDate(QDate(2025, 1, 1), today);
    for (ResidentRecord& m : members) {
        m.householdId = householdId;
        m.address = address;
        m.honseki = honseki;
        m.kosekiId = kosekiId;
        if (movedIn && m.birthDate < movedInDate) {
            m.movedIn = movedInDate;
            m.previousAddress = previousAddress;
        }
        if (movedOut)
            m.movedOut = movedOutDate;
    }
    if (chance(1)) { // 支援措置: one member of the household, usually the head
        ResidentRecord& protectedOne = members.front();
        protectedOne.supportActive = true;
        protectedOne.supportSince = QDate(2026, 4, 1);
        protectedOne.supportUntil = QDate(2027, 3, 31);
    }

    data.households.push_back({householdId, members.front().residentId});
    for (const ResidentRecord& m : members) {
        data.residents.push_back(m);
        addCertificateData(data, m);
    }
    if (honsekiHere) {
        std::vector<const ResidentRecord*> pointers;
        for (const ResidentRecord& m : members)
            pointers.push_back(&m);
        const Reading& father = kMaleGiven[pick(int(std::size(kMaleGiven)))];
        const Reading& mother = kFemaleGiven[pick(int(std::size(kFemaleGiven)))];
        data.kosekis.push_back(koseki(kosekiId, honseki, pointers,
                                      familyName + QChar(0x3000) + str(father.text),
                                      familyName + QChar(0x3000) + str(mother.text)));
    }
    remaining -= int(members.size());
}

SeedData SeedGenerator::generate(int residentCount)
{
    SeedData data;
    int remaining = residentCount;
    while (remaining > 0)
        addHousehold(data, remaining);
    return data;
}

} // namespace madoguchi::coresim
