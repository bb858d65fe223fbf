#include "documents/TemplateReader.h"

#include "documents/TemplateLoader.h"
#include "documents/TemplatePlaceholders.h"

#include <QJsonArray>

namespace madoguchi {

namespace {
constexpr double tolerance = 0.01; // mm
}

TemplateReader::TemplateReader(QString fileName, const JsonLineLocator& lines, QList<Error>& problems)
    : m_fileName(std::move(fileName))
    , m_lines(lines)
    , m_problems(problems)
{}

QString TemplateReader::where(const QString& path) const
{
    return QStringLiteral("%1:%2: %3").arg(m_fileName).arg(m_lines.lineOf(path)).arg(path);
}

void TemplateReader::problem(const QString& path, const QString& message)
{
    m_problems.append(makeError(QStringLiteral("template.invalid"), message, where(path)));
}

void TemplateReader::checkKeys(const QJsonObject& object, const QString& path, const QStringList& allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key())) {
            problem(path.isEmpty() ? it.key() : path + u'.' + it.key(),
                    TemplateLoader::tr("unknown key \"%1\" (allowed here: %2)")
                        .arg(it.key(), allowed.join(QStringLiteral(", "))));
        }
    }
}

std::optional<QString> TemplateReader::string(const QJsonObject& object, const QString& path,
                                              const QString& key, bool required)
{
    const QString at = path.isEmpty() ? key : path + u'.' + key;
    if (!object.contains(key)) {
        if (required)
            problem(path, TemplateLoader::tr("\"%1\" is missing").arg(key));
        return std::nullopt;
    }
    if (!object.value(key).isString()) {
        problem(at, TemplateLoader::tr("\"%1\" must be a string").arg(key));
        return std::nullopt;
    }
    return object.value(key).toString();
}

std::optional<double> TemplateReader::number(const QJsonObject& object, const QString& path,
                                             const QString& key, double min, double max, bool required)
{
    const QString at = path.isEmpty() ? key : path + u'.' + key;
    if (!object.contains(key)) {
        if (required)
            problem(path, TemplateLoader::tr("\"%1\" is missing").arg(key));
        return std::nullopt;
    }
    const QJsonValue value = object.value(key);
    if (!value.isDouble() || value.toDouble() < min || value.toDouble() > max) {
        problem(at, TemplateLoader::tr("\"%1\" must be a number from %2 to %3").arg(key).arg(min).arg(max));
        return std::nullopt;
    }
    return value.toDouble();
}

std::optional<bool> TemplateReader::boolean(const QJsonObject& object, const QString& path,
                                            const QString& key)
{
    if (!object.contains(key))
        return std::nullopt;
    if (!object.value(key).isBool()) {
        problem(path + u'.' + key, TemplateLoader::tr("\"%1\" must be true or false").arg(key));
        return std::nullopt;
    }
    return object.value(key).toBool();
}

std::optional<std::vector<double>> TemplateReader::numbers(const QJsonObject& object, const QString& path,
                                                           const QString& key, int count)
{
    const QString at = path + u'.' + key;
    if (!object.contains(key)) {
        problem(path, TemplateLoader::tr("\"%1\" is missing").arg(key));
        return std::nullopt;
    }
    const QJsonArray array = object.value(key).toArray();
    std::vector<double> values;
    for (const QJsonValue& value : array) {
        if (value.isDouble())
            values.push_back(value.toDouble());
    }
    if (!object.value(key).isArray() || int(values.size()) != count || array.size() != count) {
        problem(at, count == 4
                        ? TemplateLoader::tr("\"%1\" must be [x, y, width, height] in millimetres").arg(key)
                        : TemplateLoader::tr("\"%1\" must be [x, y] in millimetres").arg(key));
        return std::nullopt;
    }
    return values;
}

std::optional<QRectF> TemplateReader::rect(const QJsonObject& object, const QString& path, const QString& key)
{
    auto values = numbers(object, path, key, 4);
    if (!values)
        return std::nullopt;
    const QRectF r((*values)[0], (*values)[1], (*values)[2], (*values)[3]);
    if (r.x() < 0 || r.y() < 0 || r.width() <= 0 || r.height() <= 0 ||
        r.right() > m_pageMm.width() + tolerance || r.bottom() > m_pageMm.height() + tolerance) {
        problem(path + u'.' + key,
                TemplateLoader::tr("the area [%1, %2, %3, %4] does not lie on the %5 x %6 mm page")
                    .arg(r.x())
                    .arg(r.y())
                    .arg(r.width())
                    .arg(r.height())
                    .arg(m_pageMm.width())
                    .arg(m_pageMm.height()));
        return std::nullopt;
    }
    return r;
}

std::optional<QPointF> TemplateReader::point(const QJsonObject& object, const QString& path,
                                             const QString& key)
{
    auto values = numbers(object, path, key, 2);
    if (!values)
        return std::nullopt;
    const QPointF p((*values)[0], (*values)[1]);
    if (p.x() < 0 || p.y() < 0 || p.x() > m_pageMm.width() + tolerance ||
        p.y() > m_pageMm.height() + tolerance) {
        problem(path + u'.' + key,
                TemplateLoader::tr("the point [%1, %2] does not lie on the %3 x %4 mm page")
                    .arg(p.x())
                    .arg(p.y())
                    .arg(m_pageMm.width())
                    .arg(m_pageMm.height()));
        return std::nullopt;
    }
    return p;
}

std::optional<FontRole> TemplateReader::font(const QJsonObject& object, const QString& path,
                                             const QString& key)
{
    auto name = string(object, path, key);
    if (!name)
        return std::nullopt;
    auto role = fontRoleFromName(*name);
    if (!role) {
        problem(path + u'.' + key,
                TemplateLoader::tr("unknown font role \"%1\" (known: name, body, bodyMincho)").arg(*name));
    }
    return role;
}

std::optional<QColor> TemplateReader::color(const QJsonObject& object, const QString& path,
                                            const QString& key)
{
    auto name = string(object, path, key);
    if (!name)
        return std::nullopt;
    const QColor color = QColor::fromString(*name);
    if (!color.isValid() || !name->startsWith(u'#')) {
        problem(path + u'.' + key, TemplateLoader::tr("\"%1\" is no colour of the form #rrggbb").arg(*name));
        return std::nullopt;
    }
    return color;
}

std::optional<Qt::Alignment> TemplateReader::alignment(const QJsonObject& object, const QString& path,
                                                       const QString& key, bool vertical)
{
    auto name = string(object, path, key);
    if (!name)
        return std::nullopt;
    const QStringList names =
        vertical ? QStringList{QStringLiteral("top"), QStringLiteral("middle"), QStringLiteral("bottom")}
                 : QStringList{QStringLiteral("left"), QStringLiteral("center"), QStringLiteral("right")};
    const Qt::Alignment values[] = {vertical ? Qt::AlignTop : Qt::AlignLeft,
                                    vertical ? Qt::AlignVCenter : Qt::AlignHCenter,
                                    vertical ? Qt::AlignBottom : Qt::AlignRight};
    const int index = int(names.indexOf(*name));
    if (index < 0) {
        problem(path + u'.' + key, TemplateLoader::tr("unknown alignment \"%1\" (known: %2)")
                                       .arg(*name, names.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return values[index];
}

std::optional<QString> TemplateReader::fieldName(const QJsonObject& object, const QString& path,
                                                 const QString& key, bool required)
{
    auto name = string(object, path, key, required);
    if (!name)
        return std::nullopt;
    if (!TemplatePlaceholders::isValidName(*name) || name->startsWith(QLatin1String("row."))) {
        problem(path + u'.' + key,
                TemplateLoader::tr("\"%1\" is no field name (letters, digits, '_' and '.')").arg(*name));
        return std::nullopt;
    }
    return name;
}

void TemplateReader::checkPlaceholders(const QString& text, const QString& path, bool rowAllowed)
{
    int unclosed = -1;
    for (const Placeholder& placeholder : TemplatePlaceholders::find(text, &unclosed)) {
        if (!TemplatePlaceholders::isValidName(placeholder.name)) {
            problem(path, TemplateLoader::tr(
                              "\"{{%1}}\" is no placeholder: a field name has letters, digits, '_' and '.'")
                              .arg(placeholder.name));
        } else if (!rowAllowed && placeholder.name.startsWith(QLatin1String("row."))) {
            problem(path, TemplateLoader::tr("\"{{%1}}\": {{row.<name>}} is only for the cells of a table")
                              .arg(placeholder.name));
        }
    }
    if (unclosed >= 0)
        problem(path, TemplateLoader::tr("a placeholder opened with \"{{\" is not closed with \"}}\""));
}

} // namespace madoguchi
