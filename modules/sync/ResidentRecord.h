#pragma once

#include <QString>

#include <optional>

namespace madoguchi::sync {

// A resident record as the core system holds it (docs/api/openapi.yaml, schema Resident). Every
// text is kept exactly as registered: variation selectors (葛 U+845B U+E0102) and characters
// outside the BMP (𠮷) pass through untouched. Optional members are std::nullopt when the core
// sends null or leaves them out.

struct PersonNames
{
    QString family;
    QString given;
    QString familyKana;
    QString givenKana;

    bool operator==(const PersonNames& o) const
    {
        return family == o.family && given == o.given && familyKana == o.familyKana &&
               givenKana == o.givenKana;
    }
};

// 住居表示: where the resident lives.
struct ResidentAddress
{
    std::optional<QString> postalCode;
    std::optional<QString> prefecture;
    std::optional<QString> city;
    std::optional<QString> town;
    std::optional<QString> banchi;
    std::optional<QString> building;
    QString fullText;

    bool operator==(const ResidentAddress& o) const
    {
        return postalCode == o.postalCode && prefecture == o.prefecture && city == o.city && town == o.town &&
               banchi == o.banchi && building == o.building && fullText == o.fullText;
    }
};

// 本籍 in 地番 style: a different kind of place from the address, kept as its own type.
struct Honseki
{
    std::optional<QString> prefecture;
    std::optional<QString> city;
    std::optional<QString> town;
    std::optional<QString> chiban;
    QString fullText;

    bool operator==(const Honseki& o) const
    {
        return prefecture == o.prefecture && city == o.city && town == o.town && chiban == o.chiban &&
               fullText == o.fullText;
    }
};

struct Household
{
    QString householdId;
    QString headResidentId;
    QString headFullName;
    QString relationship; // 続柄 to the head, as registered

    bool operator==(const Household& o) const
    {
        return householdId == o.householdId && headResidentId == o.headResidentId &&
               headFullName == o.headFullName && relationship == o.relationship;
    }
};

// 支援措置: while active, no certificates about this person for third parties.
struct SupportMeasure
{
    bool active = false;
    std::optional<QString> since;
    std::optional<QString> until;

    bool operator==(const SupportMeasure& o) const
    {
        return active == o.active && since == o.since && until == o.until;
    }
};

struct ResidentRecord
{
    QString residentId;
    QString status; // "resident" or "movedOut"
    Household household;
    PersonNames names;
    QString birthDate; // YYYY-MM-DD
    QString sex;       // "male" or "female"
    ResidentAddress address;
    Honseki honseki;
    std::optional<QString> movedInDate;
    std::optional<QString> movedOutDate;
    std::optional<ResidentAddress> previousAddress;
    SupportMeasure supportMeasure;
    QString updatedAt; // ISO 8601 with offset, as sent
    qint64 version = 1;

    bool operator==(const ResidentRecord& o) const
    {
        return residentId == o.residentId && status == o.status && household == o.household &&
               names == o.names && birthDate == o.birthDate && sex == o.sex && address == o.address &&
               honseki == o.honseki && movedInDate == o.movedInDate && movedOutDate == o.movedOutDate &&
               previousAddress == o.previousAddress && supportMeasure == o.supportMeasure &&
               updatedAt == o.updatedAt && version == o.version;
    }
    bool operator!=(const ResidentRecord& o) const { return !(*this == o); }
};

} // namespace madoguchi::sync
