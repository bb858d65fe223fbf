#include "documents/TemplateFiller.h"

#include "documents/TemplatePlaceholders.h"

#include <QDate>
#include <QDateTime>
#include <QImage>

namespace madoguchi {

namespace {

class Filler
{
public:
    Filler(const DocumentTemplate& t, const QVariantMap& data)
        : m_template(t)
        , m_data(data)
    {}

    // Looks `name` up in the data, or in `row` for "row.x".
    Result<QVariant> lookup(const QString& name, const QVariantMap* row, const TemplateElement* element,
                            const QString& path) const
    {
        QVariant current;
        QStringList parts = name.split(u'.');
        QVariantMap scope = m_data;
        if (row && parts.first() == QLatin1String("row")) {
            scope = *row;
            parts.removeFirst();
        }
        for (int i = 0; i < parts.size(); ++i) {
            if (!scope.contains(parts.at(i)))
                return error(TemplateFiller::tr("unknown field \"%1\"").arg(name), element, path);
            current = scope.value(parts.at(i));
            if (i + 1 < parts.size()) {
                if (current.typeId() != QMetaType::QVariantMap)
                    return error(TemplateFiller::tr("unknown field \"%1\": \"%2\" holds no fields")
                                     .arg(name, parts.mid(0, i + 1).join(u'.')),
                                 element, path);
                scope = current.toMap();
            }
        }
        return current;
    }

    Result<QString> substitute(const QString& text, const QVariantMap* row, const TemplateElement* element,
                               const QString& path) const
    {
        QString result;
        int pos = 0;
        for (const Placeholder& placeholder : TemplatePlaceholders::find(text)) {
            result += QStringView(text).mid(pos, placeholder.start - pos);
            auto value = lookup(placeholder.name, row, element, path);
            if (!value)
                return value.error();
            auto asText = toText(value.value(), placeholder.name, element, path);
            if (!asText)
                return asText.error();
            result += asText.value();
            pos = placeholder.start + placeholder.length;
        }
        result += QStringView(text).mid(pos);
        return result;
    }

    Error error(const QString& message, const TemplateElement* element, const QString& path) const
    {
        int line = 1;
        if (element) {
            // path is "elements[3].text" or "elements[3].columns[2].cell (row 5)": look up the key.
            QString key = path.mid(element->path.size() + 1);
            key = key.left(key.indexOf(u' ') < 0 ? key.size() : key.indexOf(u' '));
            line = element->keyLines.value(key, element->line);
        }
        return makeError(QStringLiteral("template.field"), message,
                         QStringLiteral("%1:%2: %3").arg(m_template.fileName).arg(line).arg(path));
    }

private:
    Result<QString> toText(const QVariant& value, const QString& name, const TemplateElement* element,
                           const QString& path) const
    {
        switch (value.typeId()) {
        case QMetaType::UnknownType:
        case QMetaType::Nullptr:
            return QString();
        case QMetaType::QDate:
            return value.toDate().toString(Qt::ISODate);
        case QMetaType::QDateTime:
            return value.toDateTime().toString(Qt::ISODate);
        case QMetaType::QString:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Double:
        case QMetaType::Bool:
            return value.toString();
        default:
            return error(TemplateFiller::tr("the field \"%1\" is not text (it holds %2)")
                             .arg(name, QString::fromLatin1(value.typeName())),
                         element, path);
        }
    }

    const DocumentTemplate& m_template;
    const QVariantMap& m_data;
};

} // namespace

Result<Document> TemplateFiller::fill(const DocumentTemplate& t, const QJsonObject& data,
                                      const QString& documentId)
{
    return fill(t, data.toVariantMap(), documentId);
}

Result<Document> TemplateFiller::fill(const DocumentTemplate& t, const QVariantMap& data,
                                      const QString& documentId)
{
    Filler filler(t, data);
    Document document;
    document.id = documentId.isEmpty() ? t.name : documentId;
    auto title = filler.substitute(t.title, nullptr, nullptr, QStringLiteral("title"));
    if (!title)
        return title.error();
    document.title = title.value();
    Page page;
    page.landscape = t.landscape;

    for (const TemplateElement& element : t.elements) {
        PageElement filled = element.element;
        if (auto* text = std::get_if<TextElement>(&filled)) {
            auto value =
                filler.substitute(text->text, nullptr, &element, element.path + QStringLiteral(".text"));
            if (!value)
                return value.error();
            text->text = value.value();
        } else if (auto* image = std::get_if<ImageElement>(&filled)) {
            const QString path = element.path + QStringLiteral(".field");
            auto value = filler.lookup(element.imageField, nullptr, &element, path);
            if (!value)
                return value.error();
            if (value.value().typeId() == QMetaType::QImage)
                image->image = value.value().value<QImage>();
            else if (value.value().typeId() == QMetaType::QByteArray)
                image->image.loadFromData(value.value().toByteArray());
            if (image->image.isNull()) {
                return filler.error(tr("the field \"%1\" holds no readable image").arg(element.imageField),
                                    &element, path);
            }
        } else if (auto* table = std::get_if<TableElement>(&filled)) {
            const QString path = element.path + QStringLiteral(".rows");
            auto rows = filler.lookup(element.rowsField, nullptr, &element, path);
            if (!rows)
                return rows.error();
            if (rows.value().typeId() != QMetaType::QVariantList) {
                return filler.error(tr("the field \"%1\" is not a list of rows").arg(element.rowsField),
                                    &element, path);
            }
            const QVariantList list = rows.value().toList();
            for (int r = 0; r < list.size(); ++r) {
                const QVariantMap row = list.at(r).toMap();
                QStringList cells;
                for (int c = 0; c < element.cellTemplates.size(); ++c) {
                    auto cell = filler.substitute(
                        element.cellTemplates.at(c), &row, &element,
                        element.path + QStringLiteral(".columns[%1].cell (row %2)").arg(c).arg(r + 1));
                    if (!cell)
                        return cell.error();
                    cells << cell.value();
                }
                table->rows << cells;
            }
        }
        page.elements.append(filled);
    }
    document.pages.append(page);
    return document;
}

} // namespace madoguchi
