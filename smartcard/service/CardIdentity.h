#pragma once

#include <QDate>
#include <QMetaType>
#include <QString>

namespace madoguchi {

namespace smartcard {
struct BasicFour;
struct Identity;
} // namespace smartcard

// What a card read gives the Qt side: the basic four and the My Number.
//
// The My Number lives only in memory, for the visit: it is never logged, never written to
// disk or settings, and never put into a debug string (there is no QDebug operator on purpose).
// QString cannot be wiped reliably, so keep the object short-lived and drop it when the visit
// ends; the card layer's own std::string copy is wiped when this object is made.
struct CardIdentity
{
    enum class Sex { Male, Female, NotApplicable };

    QString name;    // family and given name separated by U+3000, IVS sequences intact
    QString address; // as on the card (full-width digits, U+FF0D)
    QDate birthDate;
    Sex sex = Sex::NotApplicable;
    QString myNumber; // 12 digits, check digit verified by the card layer

    // Takes the card layer's identity and wipes its My Number.
    static CardIdentity fromCard(smartcard::Identity& identity);
    // The basic four alone (the 照合番号B path): myNumber stays empty.
    static CardIdentity fromBasicFour(const smartcard::BasicFour& basicFour);
};

} // namespace madoguchi

Q_DECLARE_METATYPE(madoguchi::CardIdentity)
