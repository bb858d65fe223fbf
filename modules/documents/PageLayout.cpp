#include "documents/PageLayout.h"

#include "documents/TableLayout.h"
#include "documents/TextBlock.h"

namespace madoguchi {

namespace {

QRectF toPt(const QRectF& mm)
{
    return QRectF(mmToPt(mm.x()), mmToPt(mm.y()), mmToPt(mm.width()), mmToPt(mm.height()));
}

QPointF toPt(const QPointF& mm)
{
    return QPointF(mmToPt(mm.x()), mmToPt(mm.y()));
}

QSizeF pageSizePt(bool landscape)
{
    const QSizeF mm = Document::a4Mm(landscape);
    return QSizeF(mmToPt(mm.width()), mmToPt(mm.height()));
}

} // namespace

PageLayout::PageLayout(const FontCatalog& fonts)
    : m_fonts(fonts)
{}

Status PageLayout::layoutElement(const PageElement& element, std::vector<DrawOp>& out) const
{
    if (const auto* text = std::get_if<TextElement>(&element)) {
        auto font = m_fonts.font(text->style.role);
        if (!font)
            return font.error();
        const QRectF box = toPt(text->box);
        TextBlock(font.value(), text->text, text->style, box.width(), text->wrap).place(box, out);
    } else if (const auto* line = std::get_if<LineElement>(&element)) {
        out.push_back(DrawLine{toPt(line->from), toPt(line->to), line->widthPt, line->color});
    } else if (const auto* box = std::get_if<BoxElement>(&element)) {
        out.push_back(DrawRect{toPt(box->rect), box->widthPt, box->stroke, box->fill});
    } else if (const auto* image = std::get_if<ImageElement>(&element)) {
        if (!image->image.isNull())
            out.push_back(DrawImage{toPt(image->rect), image->image});
    } else if (const auto* number = std::get_if<PageNumberElement>(&element)) {
        out.push_back(DrawPageNumber{std::make_shared<const PageNumberElement>(*number)});
    }
    return {};
}

Result<std::vector<LaidOutPage>> PageLayout::layout(const Document& document) const
{
    if (document.pages.isEmpty()) {
        return makeError(QStringLiteral("documents.empty"), tr("The document has no pages."), document.id);
    }
    std::vector<LaidOutPage> pages;
    for (const Page& page : document.pages) {
        LaidOutPage current{pageSizePt(page.landscape), {}};
        std::vector<std::pair<const TableElement*, int>> continued;
        std::vector<DrawOp> pageNumbers;
        for (const PageElement& element : page.elements) {
            if (const auto* table = std::get_if<TableElement>(&element)) {
                auto next = TableLayout(m_fonts, *table).layoutRows(0, current.ops);
                if (!next)
                    return next.error();
                if (next.value() < table->rows.size())
                    continued.emplace_back(table, next.value());
                continue;
            }
            Status placed = layoutElement(element, current.ops);
            if (!placed)
                return placed.error();
            if (std::holds_alternative<PageNumberElement>(element))
                pageNumbers.push_back(current.ops.back());
        }
        pages.push_back(std::move(current));
        for (auto [table, row] : continued) {
            while (row < table->rows.size()) {
                LaidOutPage more{pageSizePt(page.landscape), pageNumbers};
                auto next = TableLayout(m_fonts, *table).layoutRows(row, more.ops);
                if (!next)
                    return next.error();
                row = next.value();
                pages.push_back(std::move(more));
            }
        }
    }
    Status numbered = resolvePageNumbers(pages);
    if (!numbered)
        return numbered.error();
    return pages;
}

Status PageLayout::resolvePageNumbers(std::vector<LaidOutPage>& pages) const
{
    const int count = int(pages.size());
    for (int i = 0; i < count; ++i) {
        std::vector<DrawOp> resolved;
        for (DrawOp& op : pages[static_cast<std::size_t>(i)].ops) {
            const auto* number = std::get_if<DrawPageNumber>(&op);
            if (!number) {
                resolved.push_back(std::move(op));
                continue;
            }
            const PageNumberElement& element = *number->element;
            auto font = m_fonts.font(element.style.role);
            if (!font)
                return font.error();
            const QString text = QString(element.format)
                                     .replace(QLatin1String("%1"), QString::number(i + 1))
                                     .replace(QLatin1String("%2"), QString::number(count));
            const QRectF box = toPt(element.box);
            TextBlock(font.value(), text, element.style, box.width(), false).place(box, resolved);
        }
        pages[static_cast<std::size_t>(i)].ops = std::move(resolved);
    }
    return {};
}

} // namespace madoguchi
