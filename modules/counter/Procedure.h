#pragma once

#include "counter/CatalogText.h"
#include "counter/Condition.h"
#include "counter/ProcedureCertificate.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace madoguchi::counter {

// One procedure of the catalog (resources/procedures/*.json, docs/procedures.md): what the
// citizen does at which department, what to bring, which forms the counter prints and which
// certificates (with fees) it usually involves.
struct Procedure
{
    QString id; // "jumin-tennyu"
    CatalogText title;
    CatalogText department;
    QList<CatalogText> documents; // what the citizen brings
    QStringList forms;            // document template names: "forms/jumin-ido-todoke"
    QList<ProcedureCertificate> certificates;
    Condition condition; // wherever it is offered; always true when absent
    CatalogText notes;   // may be empty
    QString where;       // "procedures.json:40: procedures[3]"

    qint64 totalFeeYen() const
    {
        qint64 total = 0;
        for (const ProcedureCertificate& certificate : certificates)
            total += certificate.totalYen();
        return total;
    }
};

} // namespace madoguchi::counter
