#pragma once

#include "counter/FormContext.h"
#include "counter/Visit.h"
#include "sync/ResidentRecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

namespace madoguchi {

namespace counter {
class ProcedureCatalog;
}

// Turns a visit (its identification and checklist) and the resident record into what the
// paperwork needs: the forms to print, the form context, the certificates requested with their
// fees. Pure functions over values; the page decides when.
class VisitPaperwork
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::VisitPaperwork)

public:
    struct Extra
    {
        QDate today;
        QDate moveDate;
        QString previousAddress;
        QString newAddress;
        QString purpose;
        counter::FormContext::Office office;
    };

    // The forms of the procedures still to do or done here (not "not needed", not handed off),
    // each once, in checklist order.
    static QStringList forms(const counter::Visit& visit, const counter::ProcedureCatalog& catalog);
    // The certificates those procedures involve, with the catalog's fees, for the person.
    static QList<counter::VisitCertificate> certificates(const counter::Visit& visit,
                                                         const counter::ProcedureCatalog& catalog);
    // "moveIn", "moveOut", "moveWithin" from the checklist's resident-move procedure; empty: none.
    static QString moveKind(const counter::Visit& visit);
    static bool hasCertificateForm(const QStringList& forms);
    static counter::FormContext context(const counter::Visit& visit,
                                        const std::optional<sync::ResidentRecord>& record,
                                        const counter::ProcedureCatalog& catalog, const Extra& extra);
    // The name a certificate type is printed with on the (Japanese) request form.
    static QString certificateTitle(const QString& type);
};

} // namespace madoguchi
