#include "JsonInput.h"

#include "ApiReply.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QRegularExpression>

#include <cmath>

namespace madoguchi::coresim::JsonInput {

namespace {

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
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

Error wrongType(const QString& field, const char* wanted, const QJsonValue& got)
{
    return fieldError(
        field, QStringLiteral("%1 must be %2, not %3").arg(field, QLatin1String(wanted), typeName(got)));
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
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            const QString field = path(prefix, it.key());
            return fieldError(field, QStringLiteral("%1 is not a known field").arg(field));
        }
    }
    return {};
}

Result<QString> optionalString(const QJsonObject& object, const QString& key, const QString& prefix,
                               int maxLength)
{
    const QJsonValue value = object.value(key);
    const QString field = path(prefix, key);
    if (value.isUndefined() || value.isNull())
        return QString();
    if (!value.isString())
        return wrongType(field, "a string", value);
    const QString text = value.toString();
    if (text.size() > maxLength)
        return fieldError(field, QStringLiteral("%1 is longer than %2 characters").arg(field).arg(maxLength));
    return text;
}

Result<QString> string(const QJsonObject& object, const QString& key, const QString& prefix, int maxLength)
{
    const QString field = path(prefix, key);
    if (!object.contains(key) || object.value(key).isNull())
        return missing(field);
    Result<QString> text = optionalString(object, key, prefix, maxLength);
    if (text && text.value().trimmed().isEmpty())
        return fieldError(field, QStringLiteral("%1 must not be empty").arg(field));
    return text;
}

Result<std::optional<qint64>> optionalInteger(const QJsonObject& object, const QString& key,
                                              const QString& prefix, qint64 min, qint64 max)
{
    const QJsonValue value = object.value(key);
    const QString field = path(prefix, key);
    if (value.isUndefined() || value.isNull())
        return std::optional<qint64>();
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number)
        return wrongType(field, "an integer", value);
    if (number < double(min) || number > double(max))
        return fieldError(field, QStringLiteral("%1 must be between %2 and %3").arg(field).arg(min).arg(max));
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

std::optional<QDate> parseDate(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate day = QDate::fromString(text, Qt::ISODate);
    return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
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
    const QString field = path(prefix, key);
    // An offset is required: a counter's local time without one is ambiguous.
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"));
    const QDateTime moment = QDateTime::fromString(text.value(), Qt::ISODateWithMs);
    if (!shape.match(text.value()).hasMatch() || !moment.isValid())
        return fieldError(field,
                          QStringLiteral("%1 must be an ISO 8601 date-time with an offset").arg(field));
    return moment;
}

bool isUuid(const QString& text)
{
    static const QRegularExpression shape(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return shape.match(text).hasMatch();
}

bool isIdentifier(const QString& text, int maxLength)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9A-Za-z-]+$"));
    return !text.isEmpty() && text.size() <= maxLength && shape.match(text).hasMatch();
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
