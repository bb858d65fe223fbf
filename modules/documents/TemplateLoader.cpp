#include "documents/TemplateLoader.h"

#include "documents/Document.h"
#include "documents/JsonLineLocator.h"
#include "documents/TemplateReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace madoguchi {

namespace {

const QString formatName = QStringLiteral("madoguchi-document-template");

TextStyle readStyle(TemplateReader& reader, const QJsonObject& object, const QString& path, TextStyle style,
                    const QString& sizeKey = QStringLiteral("size"))
{
    if (auto role = reader.font(object, path, QStringLiteral("font")))
        style.role = *role;
    if (auto size = reader.number(object, path, sizeKey, 1, 200))
        style.sizePt = *size;
    if (auto bold = reader.boolean(object, path, QStringLiteral("bold")))
        style.bold = *bold;
    if (auto color = reader.color(object, path, QStringLiteral("color")))
        style.color = *color;
    Qt::Alignment horizontal = style.alignment & Qt::AlignHorizontal_Mask;
    Qt::Alignment vertical = style.alignment & Qt::AlignVertical_Mask;
    if (auto align = reader.alignment(object, path, QStringLiteral("align"), false))
        horizontal = *align;
    if (object.contains(QStringLiteral("valign"))) {
        if (auto align = reader.alignment(object, path, QStringLiteral("valign"), true))
            vertical = *align;
    }
    style.alignment = horizontal | vertical;
    return style;
}

void readText(TemplateReader& reader, const QJsonObject& object, const QString& path, TemplateElement& out)
{
    reader.checkKeys(object, path,
                     {QStringLiteral("type"), QStringLiteral("box"), QStringLiteral("text"),
                      QStringLiteral("font"), QStringLiteral("size"), QStringLiteral("bold"),
                      QStringLiteral("color"), QStringLiteral("align"), QStringLiteral("valign"),
                      QStringLiteral("wrap"), QStringLiteral("lineSpacing")});
    TextElement text;
    if (auto box = reader.rect(object, path, QStringLiteral("box")))
        text.box = *box;
    if (auto value = reader.string(object, path, QStringLiteral("text"), true)) {
        text.text = *value;
        reader.checkPlaceholders(*value, path + QStringLiteral(".text"), false);
    }
    text.style = readStyle(reader, object, path, text.style);
    if (auto wrap = reader.boolean(object, path, QStringLiteral("wrap")))
        text.wrap = *wrap;
    if (auto spacing = reader.number(object, path, QStringLiteral("lineSpacing"), 0.5, 5))
        text.style.lineSpacing = *spacing;
    out.element = text;
}

void readLine(TemplateReader& reader, const QJsonObject& object, const QString& path, TemplateElement& out)
{
    reader.checkKeys(object, path,
                     {QStringLiteral("type"), QStringLiteral("from"), QStringLiteral("to"),
                      QStringLiteral("width"), QStringLiteral("color")});
    LineElement line;
    if (auto from = reader.point(object, path, QStringLiteral("from")))
        line.from = *from;
    if (auto to = reader.point(object, path, QStringLiteral("to")))
        line.to = *to;
    if (auto width = reader.number(object, path, QStringLiteral("width"), 0, 20))
        line.widthPt = *width;
    if (auto color = reader.color(object, path, QStringLiteral("color")))
        line.color = *color;
    out.element = line;
}

void readBox(TemplateReader& reader, const QJsonObject& object, const QString& path, TemplateElement& out)
{
    reader.checkKeys(object, path,
                     {QStringLiteral("type"), QStringLiteral("rect"), QStringLiteral("width"),
                      QStringLiteral("color"), QStringLiteral("fill")});
    BoxElement box;
    if (auto rect = reader.rect(object, path, QStringLiteral("rect")))
        box.rect = *rect;
    if (auto width = reader.number(object, path, QStringLiteral("width"), 0, 20))
        box.widthPt = *width;
    if (auto color = reader.color(object, path, QStringLiteral("color")))
        box.stroke = *color;
    if (auto fill = reader.color(object, path, QStringLiteral("fill")))
        box.fill = *fill;
    out.element = box;
}

void readImage(TemplateReader& reader, const QJsonObject& object, const QString& path, TemplateElement& out)
{
    reader.checkKeys(object, path, {QStringLiteral("type"), QStringLiteral("rect"), QStringLiteral("field")});
    ImageElement image;
    if (auto rect = reader.rect(object, path, QStringLiteral("rect")))
        image.rect = *rect;
    if (auto field = reader.fieldName(object, path, QStringLiteral("field"), true))
        out.imageField = *field;
    out.element = image;
}

void readPageNumber(TemplateReader& reader, const QJsonObject& object, const QString& path,
                    TemplateElement& out)
{
    reader.checkKeys(object, path,
                     {QStringLiteral("type"), QStringLiteral("box"), QStringLiteral("format"),
                      QStringLiteral("font"), QStringLiteral("size"), QStringLiteral("bold"),
                      QStringLiteral("color"), QStringLiteral("align"), QStringLiteral("valign")});
    PageNumberElement number;
    if (auto box = reader.rect(object, path, QStringLiteral("box")))
        number.box = *box;
    number.style = readStyle(reader, object, path, number.style);
    if (auto format = reader.string(object, path, QStringLiteral("format"))) {
        if (!format->contains(QLatin1String("{{page}}"))) {
            reader.problem(
                path + QStringLiteral(".format"),
                TemplateLoader::tr("the page number format needs {{page}} (and may have {{pages}})"));
        }
        QString resolved = *format;
        resolved.replace(QLatin1String("{{page}}"), QLatin1String("%1"))
            .replace(QLatin1String("{{pages}}"), QLatin1String("%2"));
        if (resolved.contains(QLatin1String("{{"))) {
            reader.problem(path + QStringLiteral(".format"),
                           TemplateLoader::tr("a page number format knows only {{page}} and {{pages}}"));
        }
        number.format = resolved;
    }
    out.element = number;
}

void readTable(TemplateReader& reader, const QJsonObject& object, const QString& path, TemplateElement& out)
{
    reader.checkKeys(object, path,
                     {QStringLiteral("type"), QStringLiteral("at"), QStringLiteral("bottom"),
                      QStringLiteral("rows"), QStringLiteral("header"), QStringLiteral("size"),
                      QStringLiteral("headerSize"), QStringLiteral("padding"), QStringLiteral("minRowHeight"),
                      QStringLiteral("border"), QStringLiteral("columns")});
    TableElement table;
    if (auto at = reader.point(object, path, QStringLiteral("at")))
        table.topLeft = *at;
    if (auto bottom = reader.number(object, path, QStringLiteral("bottom"), 0, reader.pageSize().height()))
        table.maxBottomMm = *bottom;
    if (auto rows = reader.fieldName(object, path, QStringLiteral("rows"), true))
        out.rowsField = *rows;
    if (auto header = reader.boolean(object, path, QStringLiteral("header")))
        table.headerRow = *header;
    if (auto size = reader.number(object, path, QStringLiteral("size"), 1, 200))
        table.cellStyle.sizePt = *size;
    if (auto size = reader.number(object, path, QStringLiteral("headerSize"), 1, 200))
        table.headerStyle.sizePt = *size;
    if (auto padding = reader.number(object, path, QStringLiteral("padding"), 0, 50))
        table.paddingMm = *padding;
    if (auto height = reader.number(object, path, QStringLiteral("minRowHeight"), 0, 297))
        table.minRowHeightMm = *height;
    if (auto border = reader.number(object, path, QStringLiteral("border"), 0, 20))
        table.borderPt = *border;

    const QJsonValue columns = object.value(QStringLiteral("columns"));
    if (!columns.isArray() || columns.toArray().isEmpty()) {
        reader.problem(
            object.contains(QStringLiteral("columns")) ? path + QStringLiteral(".columns") : path,
            TemplateLoader::tr("a table needs \"columns\": a list of {\"width\", \"header\", \"cell\"}"));
    }
    double width = 0;
    const QJsonArray list = columns.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QString at = path + QStringLiteral(".columns[%1]").arg(i);
        const QJsonObject column = list.at(i).toObject();
        if (!list.at(i).isObject()) {
            reader.problem(at, TemplateLoader::tr("a column must be an object"));
            continue;
        }
        reader.checkKeys(column, at,
                         {QStringLiteral("width"), QStringLiteral("header"), QStringLiteral("cell"),
                          QStringLiteral("font"), QStringLiteral("align")});
        TableColumn parsed;
        if (auto w = reader.number(column, at, QStringLiteral("width"), 1, 297, true))
            parsed.widthMm = *w;
        width += parsed.widthMm;
        if (auto header = reader.string(column, at, QStringLiteral("header")))
            parsed.header = *header;
        if (auto role = reader.font(column, at, QStringLiteral("font")))
            parsed.role = *role;
        if (auto align = reader.alignment(column, at, QStringLiteral("align"), false))
            parsed.alignment = *align;
        const QString cell = reader.string(column, at, QStringLiteral("cell"), true).value_or(QString());
        reader.checkPlaceholders(cell, at + QStringLiteral(".cell"), true);
        out.cellTemplates << cell;
        table.columns << parsed;
    }
    if (table.topLeft.x() + width > reader.pageSize().width() + 0.01 && width > 0) {
        reader.problem(path + QStringLiteral(".columns"),
                       TemplateLoader::tr("the columns (%1 mm from x = %2 mm) are wider than the page")
                           .arg(width)
                           .arg(table.topLeft.x()));
    }
    if (table.maxBottomMm <= table.topLeft.y())
        reader.problem(path + QStringLiteral(".bottom"),
                       TemplateLoader::tr("\"bottom\" must lie below \"at\""));
    out.element = table;
}

DocumentTemplate readTemplate(TemplateReader& reader, const QJsonObject& root)
{
    DocumentTemplate result;
    reader.checkKeys(root, QString(),
                     {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("description"),
                      QStringLiteral("title"), QStringLiteral("page"), QStringLiteral("elements")});
    if (auto format = reader.string(root, QString(), QStringLiteral("format"), true);
        format && *format != formatName)
        reader.problem(QStringLiteral("format"),
                       TemplateLoader::tr("\"format\" must be \"%1\"").arg(formatName));
    if (auto version = reader.number(root, QString(), QStringLiteral("version"), 0, 1000, true);
        version && *version != 1)
        reader.problem(QStringLiteral("version"),
                       TemplateLoader::tr("version %1 is not supported (only 1)").arg(*version));
    (void)reader.string(root, QString(), QStringLiteral("description"));
    if (auto title = reader.string(root, QString(), QStringLiteral("title"))) {
        result.title = *title;
        reader.checkPlaceholders(*title, QStringLiteral("title"), false);
    }
    if (root.contains(QStringLiteral("page"))) {
        const QJsonObject page = root.value(QStringLiteral("page")).toObject();
        if (!root.value(QStringLiteral("page")).isObject())
            reader.problem(QStringLiteral("page"), TemplateLoader::tr("\"page\" must be an object"));
        reader.checkKeys(page, QStringLiteral("page"),
                         {QStringLiteral("size"), QStringLiteral("orientation")});
        if (auto size = reader.string(page, QStringLiteral("page"), QStringLiteral("size"));
            size && *size != QLatin1String("A4"))
            reader.problem(QStringLiteral("page.size"),
                           TemplateLoader::tr("unknown page size \"%1\" (known: A4)").arg(*size));
        if (auto orientation = reader.string(page, QStringLiteral("page"), QStringLiteral("orientation"))) {
            if (*orientation == QLatin1String("landscape"))
                result.landscape = true;
            else if (*orientation != QLatin1String("portrait"))
                reader.problem(QStringLiteral("page.orientation"),
                               TemplateLoader::tr("unknown orientation \"%1\" (known: portrait, landscape)")
                                   .arg(*orientation));
        }
    }
    reader.setPageSize(Document::a4Mm(result.landscape));

    const QJsonValue elements = root.value(QStringLiteral("elements"));
    if (!elements.isArray()) {
        reader.problem(root.contains(QStringLiteral("elements")) ? QStringLiteral("elements") : QString(),
                       TemplateLoader::tr("a template needs \"elements\": a list of objects"));
        return result;
    }
    const QJsonArray list = elements.toArray();
    for (int i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("elements[%1]").arg(i);
        if (!list.at(i).isObject()) {
            reader.problem(path, TemplateLoader::tr("an element must be an object"));
            continue;
        }
        const QJsonObject object = list.at(i).toObject();
        TemplateElement element;
        element.path = path;
        element.line = reader.lineOf(path);
        const QString type = reader.string(object, path, QStringLiteral("type"), true).value_or(QString());
        if (type == QLatin1String("text"))
            readText(reader, object, path, element);
        else if (type == QLatin1String("line"))
            readLine(reader, object, path, element);
        else if (type == QLatin1String("box"))
            readBox(reader, object, path, element);
        else if (type == QLatin1String("image"))
            readImage(reader, object, path, element);
        else if (type == QLatin1String("table"))
            readTable(reader, object, path, element);
        else if (type == QLatin1String("pageNumber"))
            readPageNumber(reader, object, path, element);
        else {
            if (object.contains(QStringLiteral("type")))
                reader.problem(
                    path + QStringLiteral(".type"),
                    TemplateLoader::tr("unknown element type \"%1\" (known: text, line, box, image, table, "
                                       "pageNumber)")
                        .arg(type));
            continue;
        }
        for (const QString& key : {QStringLiteral("text"), QStringLiteral("rows"), QStringLiteral("field")})
            element.keyLines.insert(key, reader.lineOf(path + u'.' + key));
        for (int c = 0; c < element.cellTemplates.size(); ++c) {
            const QString key = QStringLiteral("columns[%1].cell").arg(c);
            element.keyLines.insert(key, reader.lineOf(path + u'.' + key));
        }
        result.elements.append(element);
    }
    return result;
}

DocumentTemplate parseAll(const QByteArray& json, const QString& fileName, QList<Error>& problems)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const JsonLineLocator lines(json);
    if (parseError.error != QJsonParseError::NoError) {
        problems.append(
            makeError(QStringLiteral("template.syntax"),
                      TemplateLoader::tr("the file is not valid JSON: %1").arg(parseError.errorString()),
                      QStringLiteral("%1:%2").arg(fileName).arg(lines.lineAtOffset(parseError.offset))));
        return {};
    }
    TemplateReader reader(fileName, lines, problems);
    if (!document.isObject()) {
        reader.problem(QString(), TemplateLoader::tr("a template is a JSON object"));
        return {};
    }
    DocumentTemplate result = readTemplate(reader, document.object());
    result.fileName = fileName;
    result.name = QFileInfo(fileName).completeBaseName();
    return result;
}

} // namespace

QList<Error> TemplateLoader::problems(const QByteArray& json, const QString& fileName)
{
    QList<Error> problems;
    (void)parseAll(json, fileName, problems);
    return problems;
}

Result<DocumentTemplate> TemplateLoader::parse(const QByteArray& json, const QString& fileName)
{
    QList<Error> problems;
    DocumentTemplate result = parseAll(json, fileName, problems);
    if (!problems.isEmpty())
        return problems.first();
    return result;
}

Result<DocumentTemplate> TemplateLoader::loadFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(QStringLiteral("template.read"),
                         tr("The template cannot be read: %1").arg(file.errorString()), path);
    }
    return parse(file.readAll(), QFileInfo(path).fileName());
}

} // namespace madoguchi
