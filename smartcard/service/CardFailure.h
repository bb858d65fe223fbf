#pragma once

#include "smartcard/CardError.h"

#include <QMetaType>
#include <QString>

namespace madoguchi {

// A failed card request as the Qt side sees it: the code for program logic, the count that
// belongs to it (tries left for WrongPin), the detail for the help desk (never personal data,
// never a PIN) and the sentence for people in either language.
struct CardFailure
{
    smartcard::CardErrorCode code = smartcard::CardErrorCode::Transport;
    int count = -1;
    QString detail;

    QString message(smartcard::Language language) const;

    static CardFailure fromCard(const smartcard::CardError& error);
    static CardFailure make(smartcard::CardErrorCode code, const QString& detail);
};

} // namespace madoguchi

Q_DECLARE_METATYPE(madoguchi::CardFailure)
Q_DECLARE_METATYPE(madoguchi::smartcard::CardErrorCode)
