#include "DemoResidents.h"

#include "SealImage.h"
#include "SeedGenerator.h"

namespace madoguchi::coresim {

namespace {

struct Demo
{
    const char16_t* family;
    const char16_t* given;
    const char16_t* familyKana;
    const char16_t* givenKana;
    QDate birth;
    bool male;
    const char* myNumber;
};

AddressParts kitaAddress(const char* postal, const QString& town, const QString& banchi,
                         const QString& building = {})
{
    AddressParts a;
    a.postalCode = QString::fromLatin1(postal);
    a.prefecture = QStringLiteral("東京都");
    a.city = QStringLiteral("北区");
    a.town = town;
    a.banchi = banchi;
    a.building = building;
    a.fullText = a.prefecture + a.city + a.town + a.banchi +
                 (building.isEmpty() ? QString() : QChar(0x3000) + building);
    return a;
}

HonsekiParts honseki(const QString& prefecture, const QString& city, const QString& town,
                     const QString& chiban)
{
    return HonsekiParts{prefecture, city, town, chiban, prefecture + city + town + chiban};
}

class Builder
{
public:
    ResidentRecord& add(const Demo& d, const QString& householdId, const QString& relationship,
                        const AddressParts& address, const HonsekiParts& hon, const QString& kosekiId)
    {
        ResidentRecord r;
        r.residentId = QStringLiteral("KT%1").arg(++m_index, 7, 10, QLatin1Char('0'));
        r.householdId = householdId;
        r.relationship = relationship;
        r.family = QString::fromUtf16(d.family);
        r.given = QString::fromUtf16(d.given);
        r.familyKana = QString::fromUtf16(d.familyKana);
        r.givenKana = QString::fromUtf16(d.givenKana);
        r.birthDate = d.birth;
        r.sex = d.male ? QStringLiteral("male") : QStringLiteral("female");
        r.myNumber = d.myNumber ? QString::fromLatin1(d.myNumber) : SeedGenerator::myNumberFor(m_index);
        r.address = address;
        r.honseki = hon;
        r.kosekiId = kosekiId;
        if (relationship == QStringLiteral("世帯主"))
            data.households.push_back({householdId, r.residentId});
        data.residents.push_back(r);
        return data.residents.back();
    }
    void tax(const QString& residentId, qint64 income, bool arrearsIn2026 = false)
    {
        for (int year : SeedGenerator::fiscalYears())
            data.taxYears.push_back(
                SeedGenerator::taxYear(residentId, year, income, arrearsIn2026 && year == 2026));
    }
    void seal(const QString& residentId, const QDate& registered)
    {
        SealRecord s;
        s.residentId = residentId;
        s.registrationNumber = QStringLiteral("%1").arg(data.seals.size() + 1, 8, 10, QLatin1Char('0'));
        s.registeredDate = registered;
        s.png = SealImage::png(unsigned(data.seals.size() * 37 + 11));
        s.widthPx = SealImage::kSizePx;
        s.heightPx = SealImage::kSizePx;
        data.seals.push_back(s);
    }
    void koseki(const QString& kosekiId, const HonsekiParts& hon, const std::vector<int>& memberIndexes,
                const QString& father, const QString& mother)
    {
        std::vector<const ResidentRecord*> members;
        for (int index : memberIndexes)
            members.push_back(&data.residents[std::size_t(index)]);
        data.kosekis.push_back(SeedGenerator::koseki(kosekiId, hon, members, father, mother));
    }

    SeedData data;

private:
    int m_index = 0;
};

} // namespace

SeedData DemoResidents::build()
{
    Builder b;
    b.data.residents.reserve(16); // koseki() keeps pointers into the vector
    const QString tokyo = QStringLiteral("東京都");
    const QString kita = QStringLiteral("北区");

    // H0000001: the virtual card's default resident and his household; 戸籍 held here.
    const AddressParts ojiHonchou =
        kitaAddress("114-0022", QStringLiteral("王子本町1丁目"), QStringLiteral("15番22号"));
    const HonsekiParts yamadaHonseki =
        honseki(tokyo, kita, QStringLiteral("王子本町一丁目"), QStringLiteral("15番地"));
    ResidentRecord& taro =
        b.add({u"山田", u"太郎", u"ヤマダ", u"タロウ", QDate(1980, 2, 17), true, "123456789018"},
              QStringLiteral("H0000001"), QStringLiteral("世帯主"), ojiHonchou, yamadaHonseki,
              QStringLiteral("KS0000001"));
    taro.movedIn = QDate(2008, 4, 1);
    taro.previousAddress = QStringLiteral("東京都板橋区板橋2丁目66番1号");
    b.add({u"山田", u"花子", u"ヤマダ", u"ハナコ", QDate(1982, 9, 10), false, "111122223333"},
          QStringLiteral("H0000001"), QStringLiteral("妻"), ojiHonchou, yamadaHonseki,
          QStringLiteral("KS0000001"));
    b.add({u"山田", u"一郎", u"ヤマダ", u"イチロウ", QDate(2010, 5, 5), true, "222233334440"},
          QStringLiteral("H0000001"), QStringLiteral("子"), ojiHonchou, yamadaHonseki,
          QStringLiteral("KS0000001"));
    b.tax(QStringLiteral("KT0000001"), 5200000);
    b.tax(QStringLiteral("KT0000002"), 1030000);
    b.seal(QStringLiteral("KT0000001"), QDate(2008, 4, 15));
    b.koseki(QStringLiteral("KS0000001"), yamadaHonseki, {0, 1, 2}, QStringLiteral("山田　正"),
             QStringLiteral("山田　和子"));

    // H0000002: the card's ivs-name profile: 葛 + U+E0102 and the old form 髙.
    const HonsekiParts katsushikaHonseki =
        honseki(tokyo, kita, QStringLiteral("王子本町一丁目"), QStringLiteral("20番地"));
    b.add({u"葛\U000E0102飾", u"髙志", u"カツシカ", u"タカシ", QDate(1967, 11, 3), false, "537686677188"},
          QStringLiteral("H0000002"), QStringLiteral("世帯主"),
          kitaAddress("114-0022", QStringLiteral("王子本町1丁目"), QStringLiteral("15番22号"),
                      QStringLiteral("王子本町ハイツ203号室")),
          katsushikaHonseki, QStringLiteral("KS0000002"));
    b.tax(QStringLiteral("KT0000004"), 3800000);
    b.seal(QStringLiteral("KT0000004"), QDate(1995, 6, 1));
    b.koseki(QStringLiteral("KS0000002"), katsushikaHonseki, {3}, QStringLiteral("葛\U000E0102飾　清"),
             QStringLiteral("葛\U000E0102飾　とし"));

    // H0000003: an old form (髙橋 found by 高橋); 本籍 elsewhere, so no 戸籍 here.
    b.add({u"髙橋", u"健一", u"タカハシ", u"ケンイチ", QDate(1975, 4, 1), true, "333344445558"},
          QStringLiteral("H0000003"), QStringLiteral("世帯主"),
          kitaAddress("115-0045", QStringLiteral("赤羽1丁目"), QStringLiteral("7番3号")),
          honseki(QStringLiteral("大阪府"), QStringLiteral("大阪市北区"), QStringLiteral("梅田一丁目"),
                  QStringLiteral("3番地")),
          QString());
    b.tax(QStringLiteral("KT0000005"), 6100000);
    b.seal(QStringLiteral("KT0000005"), QDate(2001, 10, 9));

    // H0000004: an IVS name (葛 + U+E0102 城, found by 葛城).
    const HonsekiParts katsuragiHonseki =
        honseki(tokyo, kita, QStringLiteral("十条仲原二丁目"), QStringLiteral("4番地"));
    b.add({u"葛\U000E0102城", u"美咲", u"カツラギ", u"ミサキ", QDate(1990, 8, 8), false, "444455556665"},
          QStringLiteral("H0000004"), QStringLiteral("世帯主"),
          kitaAddress("114-0032", QStringLiteral("十条仲原2丁目"), QStringLiteral("4番10号")),
          katsuragiHonseki, QStringLiteral("KS0000004"));
    b.tax(QStringLiteral("KT0000006"), 2900000);
    b.koseki(QStringLiteral("KS0000004"), katsuragiHonseki, {5}, QStringLiteral("葛\U000E0102城　隆"),
             QStringLiteral("葛\U000E0102城　京子"));

    // H0000005: 辻 + U+E0102 (the two-dot 辻 of IPAmj).
    const HonsekiParts tsujiHonseki =
        honseki(tokyo, kita, QStringLiteral("滝野川三丁目"), QStringLiteral("50番地"));
    b.add({u"辻\U000E0102", u"誠", u"ツジ", u"マコト", QDate(1958, 12, 24), true, "555566667772"},
          QStringLiteral("H0000005"), QStringLiteral("世帯主"),
          kitaAddress("114-0023", QStringLiteral("滝野川3丁目"), QStringLiteral("50番1号")), tsujiHonseki,
          QStringLiteral("KS0000005"));
    b.tax(QStringLiteral("KT0000007"), 2400000);
    b.seal(QStringLiteral("KT0000007"), QDate(1983, 1, 20));
    b.koseki(QStringLiteral("KS0000005"), tsujiHonseki, {6}, QStringLiteral("辻\U000E0102　博"),
             QStringLiteral("辻\U000E0102　幸子"));

    // H0000006: a name outside the BMP (𠮷, U+20BB7); moved in from Fukuoka.
    ResidentRecord& sakura =
        b.add({u"\U00020BB7野", u"さくら", u"ヨシノ", u"サクラ", QDate(2001, 3, 3), false, "666677778880"},
              QStringLiteral("H0000006"), QStringLiteral("世帯主"),
              kitaAddress("114-0014", QStringLiteral("田端1丁目"), QStringLiteral("21番8号"),
                          QStringLiteral("田端コーポ105号室")),
              honseki(QStringLiteral("福岡県"), QStringLiteral("福岡市博多区"),
                      QStringLiteral("博多駅前二丁目"), QStringLiteral("1番地")),
              QString());
    sakura.movedIn = QDate(2023, 4, 1);
    sakura.previousAddress = QStringLiteral("福岡県福岡市博多区博多駅前2丁目1番1号");
    b.tax(QStringLiteral("KT0000008"), 300000);

    // H0000007: under a support measure (支援措置): no third-party or convenience-store issuance.
    ResidentRecord& yoko =
        b.add({u"渡邊", u"洋子", u"ワタナベ", u"ヨウコ", QDate(1985, 6, 15), false, "777788889997"},
              QStringLiteral("H0000007"), QStringLiteral("世帯主"),
              kitaAddress("115-0051", QStringLiteral("浮間3丁目"), QStringLiteral("1番5号")),
              honseki(QStringLiteral("埼玉県"), QStringLiteral("川口市"), QStringLiteral("本町四丁目"),
                      QStringLiteral("1番地")),
              QString());
    yoko.supportActive = true;
    yoko.supportSince = QDate(2026, 4, 1);
    yoko.supportUntil = QDate(2027, 3, 31);
    b.tax(QStringLiteral("KT0000009"), 3300000);

    // H0000008: a former resident (除票): moved out.
    const HonsekiParts yamasakiHonseki =
        honseki(tokyo, kita, QStringLiteral("王子三丁目"), QStringLiteral("8番地"));
    ResidentRecord& jiro =
        b.add({u"山﨑", u"次郎", u"ヤマザキ", u"ジロウ", QDate(1949, 1, 30), true, "888899990006"},
              QStringLiteral("H0000008"), QStringLiteral("世帯主"),
              kitaAddress("114-0002", QStringLiteral("王子3丁目"), QStringLiteral("8番2号")), yamasakiHonseki,
              QStringLiteral("KS0000008"));
    jiro.movedOut = QDate(2025, 10, 31);
    b.koseki(QStringLiteral("KS0000008"), yamasakiHonseki, {9}, QStringLiteral("山﨑　三郎"),
             QStringLiteral("山﨑　ハル"));

    // H0000009: tax arrears in fiscal 2026 (a 納税証明書 must be refused); moved in from Osaka.
    ResidentRecord& miwa =
        b.add({u"佐藤", u"美和", u"サトウ", u"ミワ", QDate(1995, 12, 1), false, nullptr},
              QStringLiteral("H0000009"), QStringLiteral("世帯主"),
              kitaAddress("115-0053", QStringLiteral("赤羽台4丁目"), QStringLiteral("1番1号"),
                          QStringLiteral("赤羽台マンション1101号室")),
              honseki(QStringLiteral("大阪府"), QStringLiteral("大阪市北区"), QStringLiteral("梅田三丁目"),
                      QStringLiteral("1番地")),
              QString());
    miwa.movedIn = QDate(2022, 4, 1);
    miwa.previousAddress = QStringLiteral("大阪府大阪市北区梅田3丁目1番1号");
    b.tax(QStringLiteral("KT0000011"), 4400000, true);
    return b.data;
}

} // namespace madoguchi::coresim
