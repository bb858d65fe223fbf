#pragma once

#include "common/Result.h"
#include "documents/Document.h"
#include "documents/FontCatalog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <memory>

namespace madoguchi::counter {

// The queue ticket slip a citizen takes at reception: ward, category, a big ticket number, when
// it was issued and how many people wait before them. The layout is the template
// "queue-ticket" (resources/templates/queue-ticket.json, or the ward's template directory).
// It holds no personal data, so it is written by PdfWriter directly, without the print gate.
class TicketSlip
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::counter::TicketSlip)

public:
    static constexpr QStringView templateName = u"queue-ticket";

    struct Content
    {
        QString wardName;        // "北区役所"
        QString categoryTitle;   // Japanese title of the queue category: "住所の変更"
        QString categoryTitleEn; // its English title, printed small under it; may be empty
        QString number;          // as called out: "A-012"
        QDateTime issuedAt;      // printed in local time, date in 和暦
        int waitingCount = 0;    // people waiting in this category when the ticket was issued
    };

    // `templateDirectory`: the ward's template directory, as TemplateLibrary takes it.
    explicit TicketSlip(std::shared_ptr<FontCatalog> fonts, QString templateDirectory = {});

    // Errors: ticket.missingField (number, category title or issue time empty), ticket.invalid
    // (a negative waiting count), and the template's errors.
    Result<Document> document(const Content& content) const;
    Result<QByteArray> pdf(const Content& content) const;

private:
    std::shared_ptr<FontCatalog> m_fonts;
    QString m_templateDirectory;
};

} // namespace madoguchi::counter
