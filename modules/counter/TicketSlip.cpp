#include "counter/TicketSlip.h"

#include "common/Wareki.h"
#include "documents/PdfWriter.h"
#include "documents/TemplateFiller.h"
#include "documents/TemplateLibrary.h"

#include <QStringList>
#include <QVariantMap>

namespace madoguchi::counter {

TicketSlip::TicketSlip(std::shared_ptr<FontCatalog> fonts, QString templateDirectory)
    : m_fonts(std::move(fonts))
    , m_templateDirectory(std::move(templateDirectory))
{}

Result<Document> TicketSlip::document(const Content& content) const
{
    QStringList missing;
    if (content.number.trimmed().isEmpty())
        missing << QStringLiteral("number");
    if (content.categoryTitle.trimmed().isEmpty())
        missing << QStringLiteral("categoryTitle");
    if (!content.issuedAt.isValid())
        missing << QStringLiteral("issuedAt");
    if (!missing.isEmpty()) {
        return makeError(QStringLiteral("ticket.missingField"),
                         tr("The ticket slip cannot be printed: these fields are empty: %1")
                             .arg(missing.join(QStringLiteral(", "))),
                         templateName.toString());
    }
    if (content.waitingCount < 0) {
        return makeError(QStringLiteral("ticket.invalid"),
                         tr("The number of people waiting cannot be negative (%1)").arg(content.waitingCount),
                         templateName.toString() + QStringLiteral(": waitingCount"));
    }

    auto slipTemplate = TemplateLibrary(m_templateDirectory).load(templateName.toString());
    if (!slipTemplate)
        return slipTemplate.error();
    const QDateTime local = content.issuedAt.toLocalTime();
    const QVariantMap ticket{{QStringLiteral("ward"), content.wardName},
                             {QStringLiteral("category"), content.categoryTitle},
                             {QStringLiteral("categoryEn"), content.categoryTitleEn},
                             {QStringLiteral("number"), content.number},
                             {QStringLiteral("date"), Wareki::format(local.date(), Wareki::Style::Long)},
                             {QStringLiteral("time"), local.toString(QStringLiteral("HH:mm"))},
                             {QStringLiteral("waiting"), content.waitingCount}};
    return TemplateFiller::fill(slipTemplate.value(), QVariantMap{{QStringLiteral("ticket"), ticket}},
                                templateName.toString() + u'/' + content.number);
}

Result<QByteArray> TicketSlip::pdf(const Content& content) const
{
    auto slip = document(content);
    if (!slip)
        return slip.error();
    return PdfWriter(m_fonts).write(slip.value());
}

} // namespace madoguchi::counter
