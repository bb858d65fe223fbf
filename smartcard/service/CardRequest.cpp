#include "smartcard/service/CardRequest.h"

#include "smartcard/SecureWipe.h"

namespace madoguchi {

CardRequest::~CardRequest()
{
    smartcard::secureWipe(pin);
}

} // namespace madoguchi
