#pragma once

#include "common/Result.h"
#include "counter/IdentificationDocument.h"
#include "counter/RequestKind.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace madoguchi::sync {
struct ResidentRecord;
}

namespace madoguchi::counter {

// Card: the My Number card was read (its identity panel, then the resident record by My
// Number). Manual: the clerk typed the person in from another ID, with a reason.
enum class IdentificationSource { Card, Manual };

// The person the visit is about, as identified: typed in, copied from the card's identity panel
// or from the resident record. Personal data: stored encrypted (VisitStore), never logged. Texts
// are kept exactly as given (variation selectors and characters outside the BMP included).
struct IdentifiedPerson
{
    QString familyName;
    QString givenName;
    QString familyKana;
    QString givenKana;
    QString birthDate; // YYYY-MM-DD, or empty when unknown
    QString sex;       // "male", "female", or empty
    QString address;   // 住所 as one text

    static IdentifiedPerson fromRecord(const sync::ResidentRecord& record);

    bool operator==(const IdentifiedPerson& o) const
    {
        return familyName == o.familyName && givenName == o.givenName && familyKana == o.familyKana &&
               givenKana == o.givenKana && birthDate == o.birthDate && sex == o.sex && address == o.address;
    }
};

// Who asks when it is not the person themself: the agent or the third party (name, relation to
// the person, purpose), or the office of an official request.
struct Requester
{
    QString name;
    QString relation;
    QString purpose;

    bool isEmpty() const { return name.isEmpty() && relation.isEmpty() && purpose.isEmpty(); }
    bool operator==(const Requester& o) const
    {
        return name == o.name && relation == o.relation && purpose == o.purpose;
    }
};

// How the person at the counter was identified and who is asking. The My Number is never part
// of it: it stays in VisitSession, in memory, for the visit only.
struct Identification
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::counter::Identification)

public:
    IdentificationSource source = IdentificationSource::Manual;
    IdentificationDocument document = IdentificationDocument::OralQuestions;
    QString manualReason; // why not by card; required for a manual identification
    RequestKind requestKind = RequestKind::Self;
    // The core's resident id when the core knows the person; empty for someone it does not
    // know yet (a 転入 moving in), and then never sent to the core.
    QString residentId;
    IdentifiedPerson person;
    Requester requester; // required for an agent or a third party

    static constexpr int maxTextLength = 500;

    // Errors (code counter.identification.invalid, `where` the field): a manual identification
    // without a reason or naming the card, a card identification naming another document, an
    // agent or third party without who asks, no family name, a malformed birth date or resident
    // id, a text over maxTextLength; counter.identification.myNumber: a My Number (any 12-digit
    // number) typed into a field.
    Status validate() const;

    static QString sourceName(IdentificationSource source); // "card" / "manual"
    static std::optional<IdentificationSource> sourceFromName(const QString& name);
    static bool isResidentId(const QString& text); // 1-32 letters, digits, hyphens (the core's form)

    // The personal part (names, birth date, sex, address, reason, requester), the JSON that is
    // encrypted at rest. The rest (source, document, request kind, resident id) is stored in clear.
    QJsonObject personalJson() const;
    void readPersonalJson(const QJsonObject& json);

    bool operator==(const Identification& o) const
    {
        return source == o.source && document == o.document && manualReason == o.manualReason &&
               requestKind == o.requestKind && residentId == o.residentId && person == o.person &&
               requester == o.requester;
    }
};

} // namespace madoguchi::counter
