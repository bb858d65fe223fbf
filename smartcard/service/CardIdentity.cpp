#include "smartcard/service/CardIdentity.h"

#include "smartcard/MyNumberCard.h"
#include "smartcard/SecureWipe.h"

namespace madoguchi {

CardIdentity CardIdentity::fromCard(smartcard::Identity& identity)
{
    CardIdentity out = fromBasicFour(identity.basicFour);
    out.myNumber = QString::fromLatin1(identity.myNumber.data(), static_cast<int>(identity.myNumber.size()));
    // From here on the only copy is the QString the caller keeps for the visit.
    smartcard::secureWipe(identity.myNumber);
    return out;
}

CardIdentity CardIdentity::fromBasicFour(const smartcard::BasicFour& four)
{
    CardIdentity out;
    out.name = QString::fromStdString(four.name);
    out.address = QString::fromStdString(four.address);
    out.birthDate = QDate(four.birthDate.year, four.birthDate.month, four.birthDate.day);
    switch (four.sex) {
    case smartcard::Sex::Male:
        out.sex = Sex::Male;
        break;
    case smartcard::Sex::Female:
        out.sex = Sex::Female;
        break;
    case smartcard::Sex::NotApplicable:
        out.sex = Sex::NotApplicable;
        break;
    }
    return out;
}

} // namespace madoguchi
