#include "documents/Document.h"

namespace madoguchi {

QList<DocumentText> Document::texts() const
{
    QList<DocumentText> result;
    for (const Page& page : pages) {
        for (const PageElement& element : page.elements) {
            if (const auto* text = std::get_if<TextElement>(&element)) {
                result.append(DocumentText{text->text, text->style.role});
            } else if (const auto* table = std::get_if<TableElement>(&element)) {
                for (const TableColumn& column : table->columns) {
                    if (table->headerRow)
                        result.append(DocumentText{column.header, table->headerStyle.role});
                }
                for (const QStringList& row : table->rows) {
                    for (int i = 0; i < row.size() && i < table->columns.size(); ++i)
                        result.append(DocumentText{row.at(i), table->columns.at(i).role});
                }
            }
        }
    }
    return result;
}

} // namespace madoguchi
