#include "smartcard/service/CardFailure.h"

namespace madoguchi {

QString CardFailure::message(smartcard::Language language) const
{
    smartcard::CardError error;
    error.code = code;
    error.count = count;
    return QString::fromStdString(smartcard::messageFor(error, language));
}

CardFailure CardFailure::fromCard(const smartcard::CardError& error)
{
    CardFailure out;
    out.code = error.code;
    out.count = error.count;
    out.detail = QString::fromStdString(error.detail);
    return out;
}

CardFailure CardFailure::make(smartcard::CardErrorCode code, const QString& detail)
{
    CardFailure out;
    out.code = code;
    out.detail = detail;
    return out;
}

} // namespace madoguchi
