#pragma once

// Shared by the form and ticket-slip suites: a sample resident with registered variants and a
// character outside the BMP in the names, and reading back the text a PDF shows inside one box.

#include "DocumentsTestSupport.h"

#include "counter/FormContext.h"
#include "documents/DocumentTemplate.h"
#include "sync/ResidentRecord.h"

#include <QRectF>

#include <cmath>
#include <optional>

namespace madoguchi::test {

// 葛 + U+E0102 (a registered IVS of IPAmj Mincho) and 𠮷 (U+20BB7, outside the BMP).
inline QString ivsFamily()
{
    return ucs(U"葛\U000E0102城");
}
inline QString nonBmpGiven()
{
    return ucs(U"𠮷乃");
}
inline QString personName()
{
    return ivsFamily() + QChar(0x3000) + nonBmpGiven();
}
// 住居表示 and 地番: two different places that must never be mixed up on a form.
inline QString sampleAddress()
{
    return ucs(U"東京都北区王子本町1丁目15番22号　葛\U000E0102城ハイツ101");
}
inline QString sampleHonseki()
{
    return QStringLiteral("京都府京都市左京区吉田本町36番地");
}

inline sync::ResidentRecord sampleResident()
{
    sync::ResidentRecord record;
    record.residentId = QStringLiteral("R-0001");
    record.status = QStringLiteral("resident");
    record.household.householdId = QStringLiteral("H-0001");
    record.household.headResidentId = QStringLiteral("R-0000");
    record.household.headFullName = ivsFamily() + QChar(0x3000) + QStringLiteral("太郎");
    record.household.relationship = QStringLiteral("妻");
    record.names = {ivsFamily(), nonBmpGiven(), QStringLiteral("かつらぎ"), QStringLiteral("よしの")};
    record.birthDate = QStringLiteral("1985-04-12"); // 昭和60年4月12日
    record.sex = QStringLiteral("female");
    record.address.postalCode = QStringLiteral("114-8508");
    record.address.fullText = sampleAddress();
    record.honseki.fullText = sampleHonseki();
    record.updatedAt = QStringLiteral("2024-04-01T09:00:00+09:00");
    return record;
}

inline counter::FormContext::Office sampleOffice()
{
    return {QStringLiteral("北区役所 戸籍住民課"), QStringLiteral("2番窓口"), QStringLiteral("窓口 一郎")};
}

// How pdftotext gives a text back: poppler splits words at U+3000 (the space between family and
// given name) and writes an ASCII space there; every other code point, variation selectors and
// characters outside the BMP included, comes back as it is.
inline QString asExtracted(QString text)
{
    return text.replace(QChar(0x3000), u' ');
}

// The text pdftotext finds inside `boxMm` (millimetres from the top-left corner of page 1), in
// content-stream order (-raw), so that one box's text is not split into columns.
inline QString pdfTextIn(const QString& pdfPath, const QRectF& boxMm, bool* ok)
{
    const auto pt = [](double mm) { return mm * 72.0 / 25.4; };
    const int x = int(std::floor(pt(boxMm.left())));
    const int y = int(std::floor(pt(boxMm.top())));
    const int w = int(std::ceil(pt(boxMm.right()))) - x;
    const int h = int(std::ceil(pt(boxMm.bottom()))) - y;
    const QByteArray out =
        runTool(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-raw"),
                 QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-f"), QStringLiteral("1"),
                 QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-x"), QString::number(x),
                 QStringLiteral("-y"), QString::number(y), QStringLiteral("-W"), QString::number(w),
                 QStringLiteral("-H"), QString::number(h), pdfPath, QStringLiteral("-")},
                ok);
    return QString::fromUtf8(out).remove(u'\f').trimmed();
}

// The box of the text element whose text holds `placeholder` ("{{person.honseki}}").
inline std::optional<QRectF> boxOfPlaceholder(const DocumentTemplate& t, const QString& placeholder)
{
    for (const TemplateElement& element : t.elements) {
        if (const auto* text = std::get_if<TextElement>(&element.element);
            text && text->text.contains(placeholder))
            return text->box;
    }
    return std::nullopt;
}

// The empty value box drawn right of the label `label` (the 署名 box, the seal box).
inline std::optional<QRectF> boxRightOfLabel(const DocumentTemplate& t, const QString& label)
{
    std::optional<QRectF> labelBox;
    for (const TemplateElement& element : t.elements) {
        if (const auto* text = std::get_if<TextElement>(&element.element); text && text->text == label)
            labelBox = text->box;
    }
    if (!labelBox)
        return std::nullopt;
    for (const TemplateElement& element : t.elements) {
        const auto* box = std::get_if<BoxElement>(&element.element);
        if (box && std::abs(box->rect.top() - labelBox->top()) < 0.01 &&
            std::abs(box->rect.left() - (labelBox->right() + 0.5)) < 0.01)
            return box->rect;
    }
    return std::nullopt;
}

// The area of one column of a table bound to `rowsField`, from its header down to its bottom.
inline std::optional<QRectF> tableColumn(const DocumentTemplate& t, const QString& rowsField, int column)
{
    for (const TemplateElement& element : t.elements) {
        const auto* table = std::get_if<TableElement>(&element.element);
        if (!table || element.rowsField != rowsField || column >= table->columns.size())
            continue;
        double x = table->topLeft.x();
        for (int c = 0; c < column; ++c)
            x += table->columns.at(c).widthMm;
        return QRectF(x, table->topLeft.y(), table->columns.at(column).widthMm,
                      table->maxBottomMm - table->topLeft.y());
    }
    return std::nullopt;
}

} // namespace madoguchi::test
