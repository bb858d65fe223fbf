#include "counter/TicketCategoryLoader.h"

#include "documents/JsonLineLocator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace madoguchi::counter {

namespace {

// Collects every problem with "<file>:<line>: <path>" as its place.
class Reader
{
public:
    Reader(QString fileName, const QByteArray& json, QList<Error>& problems)
        : m_fileName(std::move(fileName))
        , m_lines(json)
        , m_problems(problems)
    {}

    void problem(const QString& path, const QString& message)
    {
        const QString place = QStringLiteral("%1:%2").arg(m_fileName).arg(m_lines.lineOf(path));
        m_problems.append(makeError(QStringLiteral("queue.categories.invalid"), message,
                                    path.isEmpty() ? place : place + QStringLiteral(": ") + path));
    }
    void syntax(int offset, const QString& message)
    {
        m_problems.append(
            makeError(QStringLiteral("queue.categories.syntax"),
                      TicketCategoryLoader::tr("the file is not valid JSON: %1").arg(message),
                      QStringLiteral("%1:%2").arg(m_fileName).arg(m_lines.lineAtOffset(offset))));
    }

    static QString join(const QString& path, const QString& key)
    {
        return path.isEmpty() ? key : path + u'.' + key;
    }

    void checkKeys(const QJsonObject& object, const QString& path, const QStringList& allowed)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key()))
                problem(join(path, it.key()),
                        TicketCategoryLoader::tr("unknown key \"%1\" (allowed here: %2)")
                            .arg(it.key(), allowed.join(QStringLiteral(", "))));
        }
    }

    // A required non-empty string.
    std::optional<QString> string(const QJsonObject& object, const QString& path, const QString& key)
    {
        if (!object.contains(key)) {
            problem(path, TicketCategoryLoader::tr("\"%1\" is missing").arg(key));
            return std::nullopt;
        }
        const QJsonValue value = object.value(key);
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            problem(join(path, key), TicketCategoryLoader::tr("\"%1\" must be a non-empty string").arg(key));
            return std::nullopt;
        }
        return value.toString();
    }

    // A list of ids (letters, digits, '.', '_', '-'), without duplicates; absent means empty.
    QStringList ids(const QJsonObject& object, const QString& path, const QString& key)
    {
        QStringList out;
        if (!object.contains(key))
            return out;
        const QString at = join(path, key);
        if (!object.value(key).isArray()) {
            problem(at, TicketCategoryLoader::tr("\"%1\" must be a list of ids").arg(key));
            return out;
        }
        const QJsonArray list = object.value(key).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString item = at + QStringLiteral("[%1]").arg(i);
            const QString id = list.at(i).toString();
            if (!list.at(i).isString() || !isId(id))
                problem(item, TicketCategoryLoader::tr("an id is 1 to 64 letters, digits, '.', '_' or '-'"));
            else if (out.contains(id))
                problem(item, TicketCategoryLoader::tr("\"%1\" is listed twice").arg(id));
            else
                out << id;
        }
        return out;
    }

    static bool isId(const QString& text)
    {
        static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
        return shape.match(text).hasMatch();
    }

private:
    QString m_fileName;
    JsonLineLocator m_lines;
    QList<Error>& m_problems;
};

TicketCategory readCategory(Reader& reader, const QJsonObject& object, const QString& path)
{
    TicketCategory category;
    reader.checkKeys(object, path,
                     {QStringLiteral("id"), QStringLiteral("prefix"), QStringLiteral("title"),
                      QStringLiteral("counters"), QStringLiteral("departments")});
    if (auto id = reader.string(object, path, QStringLiteral("id"))) {
        if (Reader::isId(*id))
            category.id = *id;
        else
            reader.problem(Reader::join(path, QStringLiteral("id")),
                           TicketCategoryLoader::tr("an id is 1 to 64 letters, digits, '.', '_' or '-'"));
    }
    if (auto prefix = reader.string(object, path, QStringLiteral("prefix"))) {
        static const QRegularExpression letter(QStringLiteral("^[A-Z]$"));
        if (letter.match(*prefix).hasMatch())
            category.prefix = *prefix;
        else
            reader.problem(
                Reader::join(path, QStringLiteral("prefix")),
                TicketCategoryLoader::tr("the prefix is one capital letter A to Z, not \"%1\"").arg(*prefix));
    }
    const QString titlePath = Reader::join(path, QStringLiteral("title"));
    if (!object.contains(QStringLiteral("title"))) {
        reader.problem(path, TicketCategoryLoader::tr("\"title\" is missing"));
    } else if (!object.value(QStringLiteral("title")).isObject()) {
        reader.problem(titlePath,
                       TicketCategoryLoader::tr("\"title\" must be an object with \"ja\" and \"en\""));
    } else {
        const QJsonObject title = object.value(QStringLiteral("title")).toObject();
        reader.checkKeys(title, titlePath, {QStringLiteral("ja"), QStringLiteral("en")});
        category.titleJa = reader.string(title, titlePath, QStringLiteral("ja")).value_or(QString());
        category.titleEn = reader.string(title, titlePath, QStringLiteral("en")).value_or(QString());
    }
    category.counters = reader.ids(object, path, QStringLiteral("counters"));
    category.departments = reader.ids(object, path, QStringLiteral("departments"));
    if (!object.contains(QStringLiteral("counters")) && !object.contains(QStringLiteral("departments")))
        reader.problem(
            path, TicketCategoryLoader::tr("a category needs \"counters\" or \"departments\" that serve it"));
    return category;
}

TicketCategories parseAll(const QByteArray& json, const QString& fileName, QList<Error>& problems)
{
    Reader reader(fileName, json, problems);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        reader.syntax(parseError.offset, parseError.errorString());
        return {};
    }
    if (!document.isObject()) {
        reader.problem(QString(), TicketCategoryLoader::tr("the ticket categories are a JSON object"));
        return {};
    }
    const QJsonObject root = document.object();
    reader.checkKeys(root, QString(),
                     {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("description"),
                      QStringLiteral("categories")});
    if (auto format = reader.string(root, QString(), QStringLiteral("format"));
        format && *format != TicketCategoryLoader::formatName())
        reader.problem(
            QStringLiteral("format"),
            TicketCategoryLoader::tr("\"format\" must be \"%1\"").arg(TicketCategoryLoader::formatName()));
    if (!root.contains(QStringLiteral("version")))
        reader.problem(QString(), TicketCategoryLoader::tr("\"version\" is missing"));
    else if (root.value(QStringLiteral("version")) != QJsonValue(1))
        reader.problem(QStringLiteral("version"), TicketCategoryLoader::tr("only version 1 is known"));
    const QJsonValue list = root.value(QStringLiteral("categories"));
    if (!list.isArray() || list.toArray().isEmpty()) {
        reader.problem(root.contains(QStringLiteral("categories")) ? QStringLiteral("categories") : QString(),
                       TicketCategoryLoader::tr("\"categories\" must be a non-empty list"));
        return {};
    }
    QList<TicketCategory> categories;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("categories[%1]").arg(i);
        if (!array.at(i).isObject()) {
            reader.problem(path, TicketCategoryLoader::tr("a category must be an object"));
            continue;
        }
        TicketCategory category = readCategory(reader, array.at(i).toObject(), path);
        for (const TicketCategory& earlier : std::as_const(categories)) {
            if (!category.id.isEmpty() && earlier.id == category.id)
                reader.problem(
                    path + QStringLiteral(".id"),
                    TicketCategoryLoader::tr("the id \"%1\" is used by another category").arg(category.id));
            if (!category.prefix.isEmpty() && earlier.prefix == category.prefix)
                reader.problem(path + QStringLiteral(".prefix"),
                               TicketCategoryLoader::tr("the prefix \"%1\" is used by category \"%2\"")
                                   .arg(category.prefix, earlier.id));
        }
        categories << category;
    }
    return TicketCategories(categories);
}

} // namespace

QList<Error> TicketCategoryLoader::problems(const QByteArray& json, const QString& fileName)
{
    QList<Error> problems;
    (void)parseAll(json, fileName, problems);
    return problems;
}

Result<TicketCategories> TicketCategoryLoader::parse(const QByteArray& json, const QString& fileName)
{
    QList<Error> problems;
    TicketCategories categories = parseAll(json, fileName, problems);
    if (!problems.isEmpty())
        return problems.first();
    return categories;
}

Result<TicketCategories> TicketCategoryLoader::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("queue.categories.read"),
                         tr("The ticket categories cannot be read: %1").arg(file.errorString()), path);
    return parse(file.readAll(), QFileInfo(path).fileName());
}

QString TicketCategoryLoader::pathFor(const QString& overrideDirectory)
{
    if (!overrideDirectory.isEmpty()) {
        const QString path = QDir(overrideDirectory).filePath(fileName());
        if (QFileInfo::exists(path))
            return path;
    }
    return builtInPath();
}

Result<TicketCategories> TicketCategoryLoader::load(const QString& overrideDirectory)
{
    return loadFile(pathFor(overrideDirectory));
}

} // namespace madoguchi::counter
