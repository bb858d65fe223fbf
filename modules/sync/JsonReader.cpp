#include "sync/JsonReader.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

namespace madoguchi::sync {

namespace {

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

bool isIsoDate(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return pattern.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

} // namespace

JsonReader::JsonReader(QJsonObject object, QString path, std::shared_ptr<std::optional<Error>> failure)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_failure(failure ? std::move(failure) : std::make_shared<std::optional<Error>>())
{}

Error JsonReader::malformed(const QString& path, const QString& problem)
{
    return makeError(QStringLiteral("core.malformed"),
                     tr("The core system sent an answer this program does not understand: %1. Nothing was "
                        "changed; tell IT (the core system or this program may need an update).")
                         .arg(problem),
                     path.isEmpty() ? QStringLiteral("$") : path);
}

Result<QJsonObject> JsonReader::parseObject(const QByteArray& bytes)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(QStringLiteral("$"),
                         tr("not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return malformed(QStringLiteral("$"), tr("a JSON object was expected"));
    return document.object();
}

QString JsonReader::memberPath(const char* name) const
{
    const QString member = QString::fromLatin1(name);
    return m_path.isEmpty() ? member : m_path + u'.' + member;
}

void JsonReader::fail(const QString& member, const QString& problem)
{
    if (m_failure->has_value())
        return;
    const QString where = member.isEmpty() ? m_path : (m_path.isEmpty() ? member : m_path + u'.' + member);
    *m_failure = malformed(where, problem);
}

std::optional<QJsonValue> JsonReader::required(const char* name, QJsonValue::Type type, const QString& wanted)
{
    if (failed())
        return std::nullopt;
    const QJsonValue value = m_object.value(QLatin1String(name));
    if (value.isUndefined()) {
        fail(QString::fromLatin1(name), tr("the field %1 is missing").arg(memberPath(name)));
        return std::nullopt;
    }
    if (value.type() != type) {
        fail(QString::fromLatin1(name),
             tr("%1 should be a %2, not a %3").arg(memberPath(name), wanted, typeName(value)));
        return std::nullopt;
    }
    return value;
}

bool JsonReader::has(const char* name) const
{
    return m_object.contains(QLatin1String(name));
}

bool JsonReader::isNull(const char* name) const
{
    const QJsonValue value = m_object.value(QLatin1String(name));
    return value.isNull() || value.isUndefined();
}

QString JsonReader::string(const char* name)
{
    const auto value = required(name, QJsonValue::String, QStringLiteral("string"));
    if (!value)
        return QString();
    const QString text = value->toString();
    // A lone surrogate (a "\ud800" escape) is no character: storing it would turn it into U+FFFD.
    if (!text.isValidUtf16()) {
        fail(QString::fromLatin1(name), tr("%1 is not valid Unicode text").arg(memberPath(name)));
        return QString();
    }
    return text;
}

std::optional<QString> JsonReader::optionalString(const char* name)
{
    if (isNull(name))
        return std::nullopt;
    return string(name);
}

qint64 JsonReader::integer(const char* name, qint64 minimum, qint64 maximum)
{
    const auto value = required(name, QJsonValue::Double, QStringLiteral("number"));
    if (!value)
        return 0;
    const double number = value->toDouble();
    // 2^53: beyond it a double no longer holds every integer, so the value cannot be trusted.
    constexpr double exactLimit = 9007199254740992.0;
    if (!std::isfinite(number) || std::trunc(number) != number || std::fabs(number) > exactLimit) {
        fail(QString::fromLatin1(name), tr("%1 should be a whole number").arg(memberPath(name)));
        return 0;
    }
    const auto whole = static_cast<qint64>(number);
    if (whole < minimum || whole > maximum) {
        fail(QString::fromLatin1(name), tr("%1 is out of range (%2)").arg(memberPath(name)).arg(whole));
        return 0;
    }
    return whole;
}

std::optional<qint64> JsonReader::optionalInteger(const char* name)
{
    if (isNull(name))
        return std::nullopt;
    return integer(name);
}

bool JsonReader::boolean(const char* name)
{
    const auto value = required(name, QJsonValue::Bool, QStringLiteral("boolean"));
    return value && value->toBool();
}

QString JsonReader::oneOf(const char* name, const QStringList& allowed)
{
    const QString value = string(name);
    if (!failed() && !allowed.contains(value)) {
        fail(QString::fromLatin1(name), tr("%1 has an unknown value \"%2\" (expected one of %3)")
                                            .arg(memberPath(name), value.left(40), allowed.join(u", ")));
    }
    return value;
}

QString JsonReader::date(const char* name)
{
    const QString value = string(name);
    if (!failed() && !isIsoDate(value))
        fail(QString::fromLatin1(name),
             tr("%1 should be a date YYYY-MM-DD, not \"%2\"").arg(memberPath(name), value.left(40)));
    return value;
}

std::optional<QString> JsonReader::optionalDate(const char* name)
{
    if (isNull(name))
        return std::nullopt;
    return date(name);
}

JsonReader JsonReader::object(const char* name)
{
    const auto value = required(name, QJsonValue::Object, QStringLiteral("object"));
    return JsonReader(value ? value->toObject() : QJsonObject(), memberPath(name), m_failure);
}

std::optional<JsonReader> JsonReader::optionalObject(const char* name)
{
    if (isNull(name))
        return std::nullopt;
    return object(name);
}

void JsonReader::objects(const char* name, const std::function<void(JsonReader&)>& each)
{
    const auto value = required(name, QJsonValue::Array, QStringLiteral("array"));
    if (!value)
        return;
    const QJsonArray array = value->toArray();
    for (qsizetype i = 0; i < array.size() && !failed(); ++i) {
        const QString elementPath = memberPath(name) + u'[' + QString::number(i) + u']';
        if (!array.at(i).isObject()) {
            *m_failure = malformed(
                elementPath, tr("%1 should be an object, not a %2").arg(elementPath, typeName(array.at(i))));
            return;
        }
        JsonReader element(array.at(i).toObject(), elementPath, m_failure);
        each(element);
    }
}

} // namespace madoguchi::sync
