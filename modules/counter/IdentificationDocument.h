#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace madoguchi::counter {

// What the clerk saw to identify the person. The My Number card is the card path; the others
// are the manual path (本人確認書類): one photo ID from a public body (運転免許証, パスポート),
// two other documents (e.g. a health-insurance card and a pension book), or, when the person
// has none, oral questions about what the record holds.
enum class IdentificationDocument {
    MyNumberCard,
    DriversLicence,
    Passport,
    TwoOtherDocuments,
    OralQuestions
};

// Stable names ("myNumberCard", "driversLicence", "passport", "twoOtherDocuments",
// "oralQuestions") and translated titles.
class IdentificationDocuments
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::counter::IdentificationDocuments)

public:
    static QList<IdentificationDocument> all();
    // The documents a manual identification may name (all but the My Number card).
    static QList<IdentificationDocument> manual();
    static QString name(IdentificationDocument document);
    static std::optional<IdentificationDocument> fromName(const QString& name);
    static QString title(IdentificationDocument document);
};

} // namespace madoguchi::counter
