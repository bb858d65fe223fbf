#include "CardProfile.h"

#include "smartcard/CheckCodeB.h"
#include "smartcard/MyNumberData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace madoguchi::virtualcard {

namespace {

std::string str(const QJsonObject& o, const char* key, const std::string& fallback = {})
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString().toStdString() : fallback;
}

QString pkiPath(const QJsonObject& pki, const char* key, const QString& pkiDir)
{
    const QString file = pki.value(QLatin1String(key)).toString();
    if (file.isEmpty())
        return {};
    return QDir::isAbsolutePath(file) ? file : QDir(pkiDir).filePath(file);
}

} // namespace

std::optional<CardProfile> CardProfile::load(const QString& path, const QString& pkiDir, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read profile %1").arg(path);
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("profile %1: %2").arg(path, parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const QJsonObject resident = root.value(QLatin1String("resident")).toObject();
    const QJsonObject card = root.value(QLatin1String("card")).toObject();
    const QJsonObject pins = root.value(QLatin1String("pins")).toObject();
    const QJsonObject tries = root.value(QLatin1String("triesLeft")).toObject();
    const QJsonObject pki = root.value(QLatin1String("pki")).toObject();
    const QJsonObject flags = root.value(QLatin1String("flags")).toObject();

    CardProfile p;
    p.myNumber = str(resident, "myNumber");
    p.name = str(resident, "name");
    p.address = str(resident, "address");
    p.birthDate = str(resident, "birthDate");
    const std::string sex = str(resident, "sex", "9");
    p.sex = sex.empty() ? '9' : sex[0];
    p.expiryYear = card.value(QLatin1String("expiryYear")).toInt(2035);
    p.securityCode = str(card, "securityCode", "0000");

    // A profile may carry a wrong check digit on purpose only through this flag: the card
    // must otherwise hold a valid My Number, like a real one.
    const bool allowBadCheckDigit = flags.value(QLatin1String("allowBadCheckDigit")).toBool(false);
    if (!allowBadCheckDigit && !smartcard::MyNumberData::verifyMyNumber(p.myNumber).ok()) {
        *error = QStringLiteral("profile %1: resident.myNumber is not 12 digits with a valid check digit")
                     .arg(path);
        return std::nullopt;
    }
    if (!smartcard::MyNumberData::parseBirthDate(p.birthDate).ok()) {
        *error = QStringLiteral("profile %1: resident.birthDate is not YYYYMMDD").arg(path);
        return std::nullopt;
    }

    p.authPin = str(pins, "auth", "1234");
    p.signingPassword = str(pins, "signing", "ABC123");
    p.cardInfoPin = str(pins, "cardInfo", "1234");
    p.checkCodeTries = flags.value(QLatin1String("checkCodeTries")).toInt(10);
    p.initialTries["jpki.auth"] = tries.value(QLatin1String("auth")).toInt(3);
    p.initialTries["jpki.signing"] = tries.value(QLatin1String("signing")).toInt(5);
    p.initialTries["cardinfo.pin"] = tries.value(QLatin1String("cardInfo")).toInt(3);

    const QString dir = pkiDir.isEmpty() ? QFileInfo(path).absolutePath() : pkiDir;
    p.authCertificate = pkiPath(pki, "authCertificate", dir);
    p.authKey = pkiPath(pki, "authKey", dir);
    p.authCa = pkiPath(pki, "authCa", dir);
    p.signingCertificate = pkiPath(pki, "signingCertificate", dir);
    p.signingKey = pkiPath(pki, "signingKey", dir);
    p.signingCa = pkiPath(pki, "signingCa", dir);
    p.facePhoto = pkiPath(pki, "facePhoto", dir);

    p.jukiToken = flags.value(QLatin1String("jukiToken")).toBool(false);
    p.extendedLength = flags.value(QLatin1String("extendedLength")).toBool(true);
    return p;
}

std::string CardProfile::checkCodeB() const
{
    // The app's own composition (和暦 YYMMDD + expiry year + security code), so that the card
    // and its reader agree by construction; a profile whose parts do not make a code gets none
    // (every VERIFY of EF 0015 / 0012 then fails).
    const auto date = smartcard::MyNumberData::parseBirthDate(birthDate);
    if (!date.ok())
        return {};
    auto code = smartcard::CheckCodeB::compose(date.value().year, date.value().month, date.value().day,
                                               expiryYear, securityCode);
    return code.ok() ? code.value() : std::string();
}

} // namespace madoguchi::virtualcard
