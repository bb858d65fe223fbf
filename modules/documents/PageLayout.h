#pragma once

#include "common/Result.h"
#include "documents/Document.h"
#include "documents/FontCatalog.h"
#include "documents/LaidOutPage.h"

#include <QCoreApplication>

#include <vector>

namespace madoguchi {

// Turns a Document into pages of drawing operations: wraps text, continues tables that do not
// fit on continuation pages (inserted after their page, header repeated, the page's page
// numbers repeated), and numbers the pages.
class PageLayout
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::PageLayout)

public:
    explicit PageLayout(const FontCatalog& fonts);

    Result<std::vector<LaidOutPage>> layout(const Document& document) const;

private:
    Status layoutElement(const PageElement& element, std::vector<DrawOp>& out) const;
    Status resolvePageNumbers(std::vector<LaidOutPage>& pages) const;

    const FontCatalog& m_fonts;
};

} // namespace madoguchi
