#pragma once

#include "common/Result.h"
#include "documents/DocumentElements.h"
#include "documents/FontCatalog.h"
#include "documents/LaidOutPage.h"

#include <QCoreApplication>

#include <vector>

namespace madoguchi {

// Lays out the rows of a table that fit between its top and its bottom limit, header first.
class TableLayout
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::TableLayout)

public:
    TableLayout(const FontCatalog& fonts, const TableElement& table);

    // Rows from `firstRow` on, as many as fit; returns the index of the first row left over
    // (rows.size() when all fit). Error documents.layout when not even one row fits.
    Result<int> layoutRows(int firstRow, std::vector<DrawOp>& out) const;

private:
    Result<double> layoutRow(const QStringList& cells, bool header, double top,
                             std::vector<DrawOp>* out) const;

    const FontCatalog& m_fonts;
    const TableElement& m_table;
};

} // namespace madoguchi
