#include "JsonInput.h"

#include "ApiReply.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QJsonValueConstRef>

#include <algorithm>
#include <cmath>

namespace madoguchi::coresim::JsonInput {

namespace {

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

Error missing(const QString& field)
{
    return fieldError(field, QStringLiteral("%1 is required").arg(field));
}

Error wrongType(const QString& field, const char* wanted, QJsonValue::Type got)
{
    return fieldError(
        field, QStringLiteral("%1 must be %2, not %3").arg(field, QLatin1String(wanted), typeName(got)));
}

// The value at `key`, read in place: QJsonObject::value() copies it into a QJsonValue, which for
// a string holds a reference to the object's storage, counted up and down atomically, and the
// readers below run for every field of every transaction. Nothing when there is no such key.
std::optional<QJsonValueConstRef> find(const QJsonObject& object, const QString& key)
{
    const auto it = object.constFind(key);
    if (it == object.constEnd())
        return std::nullopt;
    return *it;
}

bool absentOrNull(const std::optional<QJsonValueConstRef>& value)
{
    return !value || value->isNull();
}

} // namespace

Result<QJsonObject> parseObject(const QByteArray& body)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return makeError(QStringLiteral("invalid-json"),
                         QStringLiteral("The body is not valid JSON: %1 at offset %2")
                             .arg(error.errorString())
                             .arg(error.offset));
    }
    if (!document.isObject())
        return makeError(QStringLiteral("invalid-json"), QStringLiteral("The body must be a JSON object"));
    return document.object();
}

Result<QJsonObject> requestObject(const QString& contentType, const QByteArray& body)
{
    const QString mediaType = contentType.section(u';', 0, 0).trimmed().toLower();
    if (mediaType != QStringLiteral("application/json")) {
        return makeError(QStringLiteral("unsupported-media-type"),
                         QStringLiteral("The body must be application/json, not \"%1\"").arg(mediaType),
                         QStringLiteral("Content-Type"));
    }
    return parseObject(body);
}

QString path(const QString& prefix, const QString& key)
{
    return prefix.isEmpty() ? key : prefix + u'.' + key;
}

Status onlyKeys(const QJsonObject& object, const QStringList& allowed, const QString& prefix)
{
    Q_ASSERT_X(QStringList(allowed).removeDuplicates() == 0, "JsonInput::onlyKeys", "allowed has repeats");
    // Counting the allowed keys that are there copies no key (the object's keys are unique); only
    // when some other key is there, the object is walked to name the first one in its order.
    qsizetype known = 0;
    for (const QString& key : allowed)
        known += object.contains(key) ? 1 : 0;
    if (known == object.size())
        return {};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            // An empty key is named as JSON writes it: "" (else the error named no field).
            const QString field = path(prefix, it.key().isEmpty() ? QStringLiteral("\"\"") : it.key());
            return fieldError(field, QStringLiteral("%1 is not a known field").arg(field));
        }
    }
    return {};
}

namespace {

// Field paths are built only for an error: a valid request (almost all of them) needs none.

Result<QString> stringValue(QJsonValueConstRef value, const QString& key, const QString& prefix,
                            int maxLength)
{
    if (!value.isString())
        return wrongType(path(prefix, key), "a string", value.type());
    QString text = value.toString();
    if (text.size() > maxLength) {
        const QString field = path(prefix, key);
        return fieldError(field, QStringLiteral("%1 is longer than %2 characters").arg(field).arg(maxLength));
    }
    return text;
}

// What QString::trimmed().isEmpty() says, without the copy trimmed() makes when there is space.
bool isBlank(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

bool isDigit(QChar c)
{
    return static_cast<unsigned>(c.unicode() - u'0') < 10u;
}

bool isHexDigit(QChar c)
{
    const char16_t lower = c.unicode() | 0x20; // 'A'-'F' to 'a'-'f'; no other hex digit moves
    return isDigit(c) || (lower >= u'a' && lower <= u'f');
}

bool allDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), isDigit);
}

// The digits text[from, from + count) as a number; the caller checked they are digits.
int digitsAt(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i)
        value = value * 10 + (text[i].unicode() - u'0');
    return value;
}

// The year, month and day of "YYYY-MM-DD" at the start of `text`, if it has that shape.
bool readDate(QStringView text, int& year, int& month, int& day)
{
    if (text.size() < 10 || text[4] != u'-' || text[7] != u'-' || !allDigits(text.first(4)) ||
        !allDigits(text.sliced(5, 2)) || !allDigits(text.sliced(8, 2)))
        return false;
    year = digitsAt(text, 0, 4);
    month = digitsAt(text, 5, 2);
    day = digitsAt(text, 8, 2);
    return true;
}

// What QDate::fromString(Qt::ISODate) makes of the digits: QDate(year, month, day), which is
// invalid for a day the month does not have and for year 0 (the calendar has none).
std::optional<QDate> dateOf(int year, int month, int day)
{
    if (!QDate::isValid(year, month, day))
        return std::nullopt;
    return QDate(year, month, day);
}

} // namespace

Result<QString> optionalString(const QJsonObject& object, const QString& key, const QString& prefix,
                               int maxLength)
{
    const std::optional<QJsonValueConstRef> value = find(object, key);
    if (absentOrNull(value))
        return QString();
    return stringValue(*value, key, prefix, maxLength);
}

Result<QString> string(const QJsonObject& object, const QString& key, const QString& prefix, int maxLength)
{
    const std::optional<QJsonValueConstRef> value = find(object, key);
    if (absentOrNull(value))
        return missing(path(prefix, key));
    Result<QString> text = stringValue(*value, key, prefix, maxLength);
    if (text && isBlank(text.value())) {
        const QString field = path(prefix, key);
        return fieldError(field, QStringLiteral("%1 must not be empty").arg(field));
    }
    return text;
}

Result<std::optional<qint64>> optionalInteger(const QJsonObject& object, const QString& key,
                                              const QString& prefix, qint64 min, qint64 max)
{
    const std::optional<QJsonValueConstRef> value = find(object, key);
    if (absentOrNull(value))
        return std::optional<qint64>();
    const double number = value->toDouble();
    if (!value->isDouble() || std::floor(number) != number)
        return wrongType(path(prefix, key), "an integer", value->type());
    if (number < double(min) || number > double(max)) {
        const QString field = path(prefix, key);
        return fieldError(field, QStringLiteral("%1 must be between %2 and %3").arg(field).arg(min).arg(max));
    }
    return std::optional<qint64>(qint64(number));
}

Result<qint64> integer(const QJsonObject& object, const QString& key, const QString& prefix, qint64 min,
                       qint64 max)
{
    Result<std::optional<qint64>> value = optionalInteger(object, key, prefix, min, max);
    if (!value)
        return value.error();
    if (!value.value())
        return missing(path(prefix, key));
    return *value.value();
}

std::optional<QDate> parseDate(QStringView text)
{
    // Was ^\d{4}-\d{2}-\d{2}$ and then QDate::fromString(Qt::ISODate). That `$` also matched
    // before a final line feed, so "2024-04-01\n" passed; it no longer does.
    int year = 0;
    int month = 0;
    int day = 0;
    if (text.size() != 10 || !readDate(text, year, month, day))
        return std::nullopt;
    return dateOf(year, month, day);
}

QDateTime parseDateTime(QStringView text)
{
    // The shape was ^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$, and then
    // QDateTime::fromString(Qt::ISODateWithMs) had to accept the text too. What counters send
    // ("2024-04-01T09:30:00.123+09:00", "…Z") is read here; the rare rest (hour 24, more than
    // millisecond digits with Qt's rounding) still goes to Qt, so what is accepted stays what
    // was, except a final line feed, which the pattern's `$` let through.
    int year = 0;
    int month = 0;
    int day = 0;
    if (text.size() < 17 || !readDate(text, year, month, day) || text[10] != u'T' ||
        !allDigits(text.sliced(11, 2)) || text[13] != u':' || !allDigits(text.sliced(14, 2)))
        return {};
    const int hour = digitsAt(text, 11, 2);
    const int minute = digitsAt(text, 14, 2);
    qsizetype at = 16;
    int second = 0;
    qsizetype fractionDigits = 0;
    if (text.size() >= at + 3 && text[at] == u':' && allDigits(text.sliced(at + 1, 2))) {
        second = digitsAt(text, at + 1, 2);
        at += 3;
        if (text.size() > at + 1 && text[at] == u'.' && isDigit(text[at + 1])) {
            ++at;
            while (at + fractionDigits < text.size() && isDigit(text[at + fractionDigits]))
                ++fractionDigits;
        }
    }
    const QStringView zone = text.sliced(at + fractionDigits);
    const bool utc = zone == u"Z";
    const bool offsetShape = zone.size() == 6 && (zone[0] == u'+' || zone[0] == u'-') &&
                             allDigits(zone.sliced(1, 2)) && zone[3] == u':' && allDigits(zone.sliced(4, 2));
    if (!utc && !offsetShape)
        return {};
    if (hour > 23 || fractionDigits > 3)
        return QDateTime::fromString(text.toString(), Qt::ISODateWithMs);

    // Qt's limits for the rest: a valid date, minutes and seconds below 60, an offset of at most
    // 23:59 (more than time zones use, but what Qt accepts).
    const std::optional<QDate> date = dateOf(year, month, day);
    if (!date || minute > 59 || second > 59)
        return {};
    int milliseconds = fractionDigits == 0 ? 0 : digitsAt(text, at, fractionDigits);
    for (qsizetype digits = fractionDigits; digits > 0 && digits < 3; ++digits)
        milliseconds *= 10; // ".5" is 500 ms
    const QTime time(hour, minute, second, milliseconds);
    if (utc)
        return QDateTime(*date, time, Qt::UTC);
    const int offsetHours = digitsAt(zone, 1, 2);
    const int offsetMinutes = digitsAt(zone, 4, 2);
    if (offsetHours > 23 || offsetMinutes > 59)
        return {};
    const int sign = zone[0] == u'-' ? -1 : 1;
    return QDateTime(*date, time, Qt::OffsetFromUTC, sign * (offsetHours * 3600 + offsetMinutes * 60));
}

Result<QDate> date(const QJsonObject& object, const QString& key, const QString& prefix)
{
    Result<QString> text = string(object, key, prefix, 100);
    if (!text)
        return text.error();
    const std::optional<QDate> day = parseDate(text.value());
    if (!day)
        return fieldError(path(prefix, key),
                          QStringLiteral("%1 must be a date YYYY-MM-DD").arg(path(prefix, key)));
    return *day;
}

Result<QDateTime> dateTime(const QJsonObject& object, const QString& key, const QString& prefix)
{
    Result<QString> text = string(object, key, prefix, 40);
    if (!text)
        return text.error();
    // An offset is required: a counter's local time without one is ambiguous.
    const QDateTime moment = parseDateTime(text.value());
    if (!moment.isValid()) {
        const QString field = path(prefix, key);
        return fieldError(field,
                          QStringLiteral("%1 must be an ISO 8601 date-time with an offset").arg(field));
    }
    return moment;
}

bool isUuid(QStringView text)
{
    // Was ^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$ (whose `$`
    // let "<uuid>\n" through, and it was stored so).
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != u'-' : !isHexDigit(text[i]))
            return false;
    }
    return true;
}

bool isIdentifier(QStringView text, int maxLength)
{
    // Was ^[0-9A-Za-z-]+$ (whose `$` let a final line feed through).
    return !text.isEmpty() && text.size() <= maxLength && std::all_of(text.begin(), text.end(), [](QChar c) {
        return isDigit(c) || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c == u'-';
    });
}

Result<QString> uuid(const QJsonObject& object, const QString& key, const QString& prefix)
{
    Result<QString> text = string(object, key, prefix, 64);
    if (text && !isUuid(text.value()))
        return fieldError(path(prefix, key), QStringLiteral("%1 must be a UUID").arg(path(prefix, key)));
    return text;
}

Result<QString> identifier(const QJsonObject& object, const QString& key, const QString& prefix,
                           int maxLength)
{
    Result<QString> text = string(object, key, prefix, 1000);
    if (text && !isIdentifier(text.value(), maxLength)) {
        return fieldError(path(prefix, key), QStringLiteral("%1 must be 1 to %2 letters, digits or hyphens")
                                                 .arg(path(prefix, key))
                                                 .arg(maxLength));
    }
    return text;
}

} // namespace madoguchi::coresim::JsonInput
