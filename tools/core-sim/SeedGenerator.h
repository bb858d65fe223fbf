#pragma once

#include "ResidentRecord.h"

#include <QRandomGenerator>
#include <QString>

#include <vector>

namespace madoguchi::coresim {

// Fictitious residents of Kita ward (北区) in households, deterministic for a given seed:
// heads and 続柄, names with readings, a share of old forms (髙, 﨑, 邊), IVS names (葛/辻 +
// U+E0102, as IPAmj registers them), non-BMP names (𠮷), support-measure cases, former
// residents, tax figures, seal registrations and 戸籍 for households whose 本籍 is in the ward.
// Resident ids start at KT0000101: lower ids belong to DemoResidents.
class SeedGenerator
{
public:
    explicit SeedGenerator(quint32 randomSeed);

    SeedData generate(int residentCount);

    // Helpers shared with DemoResidents.
    static QDate referenceDate(); // the day the seeded data describes
    static QList<int> fiscalYears();
    static TaxYearRecord taxYear(const QString& residentId, int fiscalYear, qint64 totalIncome, bool arrears);
    // A My Number with a valid check digit from a serial (fictitious, never issued).
    static QString myNumberFor(qint64 serial);
    // 1 -> 一 … 10 -> 十 (地番-style 丁目).
    static QString kanjiNumber(int n);
    // The 戸籍 of a household: members[0] is the 筆頭者 (the head), then spouse and children
    // as their household relationship says.
    static KosekiRecord koseki(const QString& kosekiId, const HonsekiParts& honseki,
                               const std::vector<const ResidentRecord*>& members, const QString& headFather,
                               const QString& headMother);

private:
    int pick(int bound) { return int(m_random.bounded(quint32(bound))); }
    bool chance(int percent) { return pick(100) < percent; }
    QDate randomDate(const QDate& from, const QDate& to);
    void addHousehold(SeedData& data, int& remaining);
    ResidentRecord person(const QString& relationship, const QString& family, const QString& familyKana,
                          bool male, const QDate& from, const QDate& to);
    void addCertificateData(SeedData& data, const ResidentRecord& resident);

    QRandomGenerator m_random;
    int m_nextResident = 101;
    int m_nextHousehold = 101;
    int m_nextSeal = 5001;
};

} // namespace madoguchi::coresim
