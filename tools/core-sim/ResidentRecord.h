#pragma once

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
#include <QString>

#include <vector>

namespace madoguchi::coresim {

// Plain data for seeding the store: what DemoResidents and SeedGenerator produce and
// ResidentWriter inserts. Text is kept exactly as registered (IVS, non-BMP, old forms).

struct AddressParts
{
    QString postalCode;
    QString prefecture;
    QString city;
    QString town; // with the 丁目: 王子本町1丁目
    QString banchi;
    QString building;
    QString fullText;
};

// 本籍 in 地番 style: 東京都北区王子本町一丁目15番地.
struct HonsekiParts
{
    QString prefecture;
    QString city;
    QString town;
    QString chiban;
    QString fullText;
};

struct ResidentRecord
{
    QString residentId;
    QString householdId;
    QString relationship; // 続柄 to the head of household
    QString family;
    QString given;
    QString familyKana;
    QString givenKana;
    QDate birthDate;
    QString sex; // "male" / "female"
    QString myNumber;
    AddressParts address;
    HonsekiParts honseki;
    QString kosekiId; // empty when the 戸籍 is held elsewhere
    QDate movedIn;
    QDate movedOut;
    QString previousAddress;
    bool supportActive = false;
    QDate supportSince;
    QDate supportUntil;
};

struct HouseholdRecord
{
    QString householdId;
    QString headResidentId;
};

struct TaxYearRecord
{
    QString residentId;
    int fiscalYear = 0;
    bool taxable = false;
    qint64 totalIncome = 0;
    qint64 taxableIncome = 0;
    qint64 municipalTax = 0;
    qint64 prefecturalTax = 0;
    bool arrears = false;
};

struct SealRecord
{
    QString residentId;
    QString registrationNumber;
    QDate registeredDate;
    QByteArray png;
    int widthPx = 0;
    int heightPx = 0;
};

struct KosekiEntryRecord
{
    int entryNumber = 0;
    QString residentId;
    QString family;
    QString given;
    QString familyKana;
    QString givenKana;
    QDate birthDate;
    QString sex;
    QString relationship; // 戸籍 続柄: 夫, 妻, 長男, 長女 …
    QString father;
    QString mother;
    bool removed = false;
    QJsonArray events; // [{kind, date, detail}]
};

struct KosekiRecord
{
    QString kosekiId;
    HonsekiParts honseki;
    QString headFamily;
    QString headGiven;
    QString headFamilyKana;
    QString headGivenKana;
    std::vector<KosekiEntryRecord> entries;
};

struct SeedData
{
    std::vector<HouseholdRecord> households;
    std::vector<ResidentRecord> residents;
    std::vector<TaxYearRecord> taxYears;
    std::vector<SealRecord> seals;
    std::vector<KosekiRecord> kosekis;
};

} // namespace madoguchi::coresim
