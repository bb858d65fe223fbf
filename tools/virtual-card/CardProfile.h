#pragma once

#include <QString>

#include <map>
#include <optional>
#include <string>

namespace madoguchi::virtualcard {

// One virtual card as described by a JSON profile (see docs/smartcard.md, "The virtual card").
// Paths of certificates and keys are relative to the PKI directory made by make-test-pki.sh.
class CardProfile
{
public:
    // Loads and checks the profile; on failure returns nullopt and fills *error.
    static std::optional<CardProfile> load(const QString& path, const QString& pkiDir, QString* error);

    // Resident data (UTF-8, exactly as the card stores it).
    std::string myNumber;
    std::string name;
    std::string address;
    std::string birthDate; // YYYYMMDD
    char sex = '9';
    int expiryYear = 2035;
    std::string securityCode = "0000"; // the 4-digit code printed on the card face

    // Secrets (never logged) and their tries left when no state file has a counter yet.
    std::string authPin;
    std::string signingPassword;
    std::string cardInfoPin;
    std::map<std::string, int> initialTries; // by counter id

    // Absolute paths; empty when the profile leaves the file out (then the EF is missing).
    QString authCertificate;
    QString authKey;
    QString authCa;
    QString signingCertificate;
    QString signingKey;
    QString signingCa;
    QString facePhoto; // a .jp2; generated at start when empty

    // Behaviour flags.
    bool jukiToken = false;     // answer "JPKIAPICCTOKEN" (the old 住基 card)
    bool extendedLength = true; // accept extended READ BINARY
    int checkCodeTries = 10;    // 照合番号 A/B: not in the reference (unconfirmed)

    // The 14-digit 照合番号B: 和暦 birth date YYMMDD + expiry year + security code.
    std::string checkCodeB() const;
};

} // namespace madoguchi::virtualcard
