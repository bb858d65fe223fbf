#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <limits>
#include <memory>
#include <optional>

namespace madoguchi::sync {

// Reads one JSON object strictly and remembers the first mistake with its path
// ("residents[3].names.family"), so that a decoder reads like the schema and still says where
// an answer went wrong. Unknown members are ignored: the API may add fields within v1.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::sync::JsonReader)

public:
    // `failure` is shared by the readers of nested objects: the first error wins.
    JsonReader(QJsonObject object, QString path, std::shared_ptr<std::optional<Error>> failure = {});

    // Parses `bytes` as one JSON object; a parse error or another top-level type is an error.
    static Result<QJsonObject> parseObject(const QByteArray& bytes);

    QString string(const char* name);
    std::optional<QString> optionalString(const char* name); // absent or null: nullopt
    qint64 integer(const char* name, qint64 minimum = std::numeric_limits<qint64>::min(),
                   qint64 maximum = std::numeric_limits<qint64>::max());
    std::optional<qint64> optionalInteger(const char* name);
    bool boolean(const char* name);
    // A string from a fixed list.
    QString oneOf(const char* name, const QStringList& allowed);
    // YYYY-MM-DD, a real date.
    QString date(const char* name);
    std::optional<QString> optionalDate(const char* name);
    bool has(const char* name) const;
    bool isNull(const char* name) const;

    JsonReader object(const char* name);
    std::optional<JsonReader> optionalObject(const char* name); // absent or null: nullopt
    // Calls `each` with a reader for every element, which must be an object.
    void objects(const char* name, const std::function<void(JsonReader&)>& each);

    bool failed() const { return m_failure->has_value(); }
    // The first mistake as core.malformed, or nothing.
    std::optional<Error> error() const { return *m_failure; }
    QString path() const { return m_path; }

    // Marks a mistake found by the caller (e.g. an inconsistency between fields).
    void fail(const QString& member, const QString& problem);

    static Error malformed(const QString& path, const QString& problem);

private:
    QString memberPath(const char* name) const;
    std::optional<QJsonValue> required(const char* name, QJsonValue::Type type, const QString& typeName);

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<std::optional<Error>> m_failure;
};

} // namespace madoguchi::sync
