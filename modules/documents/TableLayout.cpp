#include "documents/TableLayout.h"

#include "documents/TextBlock.h"

namespace madoguchi {

TableLayout::TableLayout(const FontCatalog& fonts, const TableElement& table)
    : m_fonts(fonts)
    , m_table(table)
{}

// The row's height; with `out`, also its cells (fill, text, borders) at `top`.
Result<double> TableLayout::layoutRow(const QStringList& cells, bool header, double top,
                                      std::vector<DrawOp>* out) const
{
    const double padding = mmToPt(m_table.paddingMm);
    std::vector<TextBlock> blocks;
    double height = mmToPt(m_table.minRowHeightMm);
    for (int i = 0; i < m_table.columns.size(); ++i) {
        const TableColumn& column = m_table.columns.at(i);
        TextStyle style = header ? m_table.headerStyle : m_table.cellStyle;
        if (!header)
            style.role = column.role;
        style.alignment = (column.alignment & Qt::AlignHorizontal_Mask) | Qt::AlignTop;
        auto font = m_fonts.font(style.role);
        if (!font)
            return font.error();
        const QString text = header ? column.header : (i < cells.size() ? cells.at(i) : QString());
        blocks.emplace_back(font.value(), text, style, mmToPt(column.widthMm) - 2 * padding, true);
        height = std::max(height, blocks.back().heightPt() + 2 * padding);
    }
    if (!out)
        return height;

    double x = mmToPt(m_table.topLeft.x());
    for (int i = 0; i < m_table.columns.size(); ++i) {
        const double width = mmToPt(m_table.columns.at(i).widthMm);
        const QRectF cell(x, top, width, height);
        out->push_back(DrawRect{cell, m_table.borderPt, Qt::black,
                                header ? m_table.headerFill : QColor(Qt::transparent)});
        blocks.at(static_cast<std::size_t>(i))
            .place(cell.adjusted(padding, padding, -padding, -padding), *out);
        x += width;
    }
    return height;
}

Result<int> TableLayout::layoutRows(int firstRow, std::vector<DrawOp>& out) const
{
    const double bottom = mmToPt(m_table.maxBottomMm);
    double top = mmToPt(m_table.topLeft.y());
    std::vector<DrawOp> ops;
    if (m_table.headerRow) {
        auto height = layoutRow({}, true, top, &ops);
        if (!height)
            return height.error();
        top += height.value();
    }
    int row = firstRow;
    for (; row < m_table.rows.size(); ++row) {
        std::vector<DrawOp> rowOps;
        auto height = layoutRow(m_table.rows.at(row), false, top, &rowOps);
        if (!height)
            return height.error();
        if (top + height.value() > bottom + 0.01)
            break;
        for (DrawOp& op : rowOps)
            ops.push_back(std::move(op));
        top += height.value();
    }
    if (row == firstRow && firstRow < m_table.rows.size()) {
        return makeError(QStringLiteral("documents.layout"),
                         tr("Table row %1 is taller than the space between the table's top and its bottom "
                            "limit (%2 mm).")
                             .arg(firstRow + 1)
                             .arg(m_table.maxBottomMm),
                         QStringLiteral("table row %1").arg(firstRow + 1));
    }
    for (DrawOp& op : ops)
        out.push_back(std::move(op));
    return row;
}

} // namespace madoguchi
