#include "card/CardMessages.h"

#include "smartcard/service/CardFailure.h"

#include <QLocale>

namespace madoguchi {

using smartcard::CardErrorCode;

QString CardMessages::pinBlocked()
{
    return tr("The card's PIN is blocked, so the card cannot be read with it. No PIN was sent. The "
              "citizen must have the PIN reset through the PIN-reset procedure at the "
              "municipal counter.");
}

QString CardMessages::wrongPin(int triesLeft)
{
    if (triesLeft <= 0)
        return pinBlocked();
    return tr("The PIN is wrong: %1. Nothing is retried automatically: ask the citizen to enter it again.")
        .arg(CardMessages::triesLeft(triesLeft));
}

QString CardMessages::triesLeft(int tries)
{
    // Two sentences rather than a %n plural: right in English even before the catalogue has its
    // plural forms (Japanese has one form: 残り%1回).
    return tries == 1 ? tr("1 try left") : tr("%1 tries left").arg(tries);
}

QString CardMessages::forFailure(const CardFailure& failure)
{
    switch (failure.code) {
    case CardErrorCode::NoService:
        return tr("The smart card service is not running, so the card cannot be read. Ask IT to start "
                  "it (pcscd on Linux, \"Smart Card\" on Windows).");
    case CardErrorCode::NoReader:
        return tr("The card reader was not found. Check that it is connected, or choose the reader "
                  "again.");
    case CardErrorCode::NoCard:
        return tr("There is no card on the reader. Place the citizen's card on it and read again.");
    case CardErrorCode::FileNotFound:
    case CardErrorCode::UnknownToken:
        return tr("This card is not an Individual Number Card. Ask the citizen for "
                  "their Individual Number Card, or identify them another way.");
    case CardErrorCode::PinBlocked:
        return pinBlocked();
    case CardErrorCode::WrongPin:
        return wrongPin(failure.count);
    case CardErrorCode::LastTryNeedsConfirmation:
        return tr("Only one PIN try is left; a wrong PIN blocks the card. Confirm on the PIN pad to use "
                  "it.");
    case CardErrorCode::InvalidPinFormat:
        return tr("The PIN is four digits (0–9). Nothing was sent to the card.");
    case CardErrorCode::CardRemoved:
        return tr("The card was removed during the read; nothing was kept. Place the card on the "
                  "reader and read again.");
    case CardErrorCode::CardReset:
        return tr("Another program reset the card during the read. Read it again.");
    case CardErrorCode::Timeout:
        return tr("The card did not answer in time. Take it off the reader, place it again and read "
                  "again.");
    case CardErrorCode::Cancelled:
        return tr("The card read was cancelled.");
    default:
        break;
    }
    // The card layer's own sentence, in the language on screen (TranslationLoader sets the
    // default locale with the language).
    const bool japanese = QLocale().language() == QLocale::Japanese;
    return failure.message(japanese ? smartcard::Language::Japanese : smartcard::Language::English);
}

} // namespace madoguchi
