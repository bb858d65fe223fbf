#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace madoguchi::coresim {

// Strict readers for request bodies. Every failure is an Error with code "validation-error"
// (or "invalid-json"), a detail in English and `where` = the field's path ("items[2].amountYen"),
// which becomes the problem's `field`.
namespace JsonInput {

// The body must be a JSON object.
Result<QJsonObject> parseObject(const QByteArray& body);
// The same, after checking that the request declared application/json
// (unsupported-media-type otherwise, naming Content-Type).
Result<QJsonObject> requestObject(const QString& contentType, const QByteArray& body);

// "items[2]" + "kind" -> "items[2].kind"; "" + "kind" -> "kind".
QString path(const QString& prefix, const QString& key);

// Keys other than `allowed` (no repeats) are an error (a client typo must not pass silently).
Status onlyKeys(const QJsonObject& object, const QStringList& allowed, const QString& prefix);

// A required non-empty string of at most `maxLength` UTF-16 units.
Result<QString> string(const QJsonObject& object, const QString& key, const QString& prefix, int maxLength);
// The same, optional: an absent key or null gives an empty string.
Result<QString> optionalString(const QJsonObject& object, const QString& key, const QString& prefix,
                               int maxLength);
// A required integer (a JSON number without a fraction) within [min, max].
Result<qint64> integer(const QJsonObject& object, const QString& key, const QString& prefix, qint64 min,
                       qint64 max);
Result<std::optional<qint64>> optionalInteger(const QJsonObject& object, const QString& key,
                                              const QString& prefix, qint64 min, qint64 max);
// A required ISO date YYYY-MM-DD.
Result<QDate> date(const QJsonObject& object, const QString& key, const QString& prefix);
// A required ISO 8601 date-time with an offset.
Result<QDateTime> dateTime(const QJsonObject& object, const QString& key, const QString& prefix);
// A required UUID in its 8-4-4-4-12 text form.
Result<QString> uuid(const QJsonObject& object, const QString& key, const QString& prefix);
// A required identifier (see isIdentifier), such as a resident id.
Result<QString> identifier(const QJsonObject& object, const QString& key, const QString& prefix,
                           int maxLength);

// 8-4-4-4-12 hex digits, either case.
bool isUuid(QStringView text);
// 1 to maxLength letters, digits or hyphens.
bool isIdentifier(QStringView text, int maxLength);
// YYYY-MM-DD only (QDate::fromString alone also accepts other shapes).
std::optional<QDate> parseDate(QStringView text);
// YYYY-MM-DDTHH:MM[:SS[.fraction]] with Z or [+-]HH:MM; invalid QDateTime if it is not one.
QDateTime parseDateTime(QStringView text);

// These checks were regular expressions once, whose `$` also matched before a final line feed
// (PCRE without DOLLAR_ENDONLY): "abc\n" passed as an identifier, "<uuid>\n" as a visit id.
// The hand-written checks refuse that; otherwise they accept what the patterns accepted.

} // namespace JsonInput
} // namespace madoguchi::coresim
