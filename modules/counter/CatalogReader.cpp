#include "counter/CatalogReader.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace madoguchi::counter {

CatalogReader::CatalogReader(QString fileName, QByteArray json)
    : m_fileName(std::move(fileName))
    , m_json(std::move(json))
    , m_lines(m_json)
{}

bool CatalogReader::parse()
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = m_lines.lineAtOffset(parseError.offset);
        m_problems.append(
            Problem{line, makeError(QStringLiteral("procedures.syntax"),
                                    tr("the file is not valid JSON: %1").arg(parseError.errorString()),
                                    QStringLiteral("%1:%2").arg(m_fileName).arg(line))});
        return false;
    }
    if (!document.isObject()) {
        problem(QString(), tr("a procedure file is a JSON object"));
        return false;
    }
    m_root = document.object();
    return true;
}

QString CatalogReader::join(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString CatalogReader::where(const QString& path) const
{
    // The whole document has no path: then the place is just "<file>:<line>".
    return path.isEmpty() ? place(path) : place(path) + QStringLiteral(": ") + path;
}

QString CatalogReader::place(const QString& path) const
{
    return QStringLiteral("%1:%2").arg(m_fileName).arg(m_lines.lineOf(path));
}

void CatalogReader::problem(const QString& path, const QString& message)
{
    m_problems.append(
        Problem{m_lines.lineOf(path), makeError(QStringLiteral("procedures.invalid"), message, where(path))});
}

void CatalogReader::referenceProblem(const QString& path, const QString& message)
{
    m_referenceProblems.append(
        Problem{m_lines.lineOf(path), makeError(QStringLiteral("procedures.invalid"), message, where(path))});
}

QList<Error> CatalogReader::sorted(QList<Problem> problems)
{
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem& a, const Problem& b) { return a.line < b.line; });
    QList<Error> errors;
    for (const Problem& problem : std::as_const(problems))
        errors.append(problem.error);
    return errors;
}

QList<Error> CatalogReader::problems() const
{
    return sorted(m_problems);
}

QList<Error> CatalogReader::referenceProblems() const
{
    return sorted(m_referenceProblems);
}

void CatalogReader::checkKeys(const QJsonObject& object, const QString& path, const QStringList& allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            problem(join(path, it.key()),
                    tr("unknown key (allowed here: %1)").arg(allowed.join(QStringLiteral(", "))));
        }
    }
}

std::optional<QString> CatalogReader::string(const QJsonObject& object, const QString& path,
                                             const QString& key, bool required)
{
    const QString at = join(path, key);
    if (!object.contains(key)) {
        if (required)
            problem(at, tr("is missing"));
        return std::nullopt;
    }
    if (!object.value(key).isString()) {
        problem(at, tr("must be a text"));
        return std::nullopt;
    }
    return object.value(key).toString();
}

bool CatalogReader::isIdentifier(const QString& text) const
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_-]{0,63}$"));
    return pattern.match(text).hasMatch();
}

std::optional<QString> CatalogReader::identifierValue(const QJsonValue& value, const QString& at)
{
    if (!value.isString() || !isIdentifier(value.toString())) {
        problem(at, tr("must be an id: a letter, then letters, digits, \"-\" or \"_\" (64 at most)"));
        return std::nullopt;
    }
    return value.toString();
}

std::optional<QString> CatalogReader::identifier(const QJsonObject& object, const QString& path,
                                                 const QString& key, bool required)
{
    if (!object.contains(key)) {
        if (required)
            problem(join(path, key), tr("is missing"));
        return std::nullopt;
    }
    return identifierValue(object.value(key), join(path, key));
}

std::optional<CatalogText> CatalogReader::textValue(const QJsonValue& value, const QString& at)
{
    if (!value.isObject()) {
        problem(at, tr("must be a text in both languages: {\"ja\": \"...\", \"en\": \"...\"}"));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    checkKeys(object, at, {QStringLiteral("ja"), QStringLiteral("en")});
    CatalogText text;
    bool complete = true;
    for (const QString& language : {QStringLiteral("ja"), QStringLiteral("en")}) {
        const std::optional<QString> part = string(object, at, language, true);
        if (!part) {
            complete = false;
            continue;
        }
        if (part->trimmed().isEmpty()) {
            problem(join(at, language), tr("must not be empty"));
            complete = false;
        }
        (language == QLatin1String("ja") ? text.ja : text.en) = *part;
    }
    if (!complete)
        return std::nullopt;
    return text;
}

std::optional<CatalogText> CatalogReader::text(const QJsonObject& object, const QString& path,
                                               const QString& key, bool required)
{
    if (!object.contains(key)) {
        if (required)
            problem(join(path, key), tr("is missing"));
        return std::nullopt;
    }
    return textValue(object.value(key), join(path, key));
}

std::optional<QJsonArray> CatalogReader::array(const QJsonObject& object, const QString& path,
                                               const QString& key, bool required, bool nonEmpty)
{
    const QString at = join(path, key);
    if (!object.contains(key)) {
        if (required)
            problem(at, tr("is missing"));
        return std::nullopt;
    }
    if (!object.value(key).isArray()) {
        problem(at, tr("must be a list"));
        return std::nullopt;
    }
    const QJsonArray list = object.value(key).toArray();
    if (nonEmpty && list.isEmpty()) {
        problem(at, tr("must not be an empty list"));
        return std::nullopt;
    }
    return list;
}

std::optional<int> CatalogReader::wholeNumberValue(const QJsonValue& value, int min, int max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number || number < min || number > max)
        return std::nullopt;
    return int(number);
}

std::optional<int> CatalogReader::wholeNumber(const QJsonObject& object, const QString& path,
                                              const QString& key, bool required, int min, int max,
                                              const QString& message)
{
    const QString at = join(path, key);
    if (!object.contains(key)) {
        if (required)
            problem(at, tr("is missing"));
        return std::nullopt;
    }
    const std::optional<int> number = wholeNumberValue(object.value(key), min, max);
    if (!number)
        problem(at, message);
    return number;
}

} // namespace madoguchi::counter
