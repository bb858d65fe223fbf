#pragma once

#include <QString>
#include <QtGlobal>

namespace madoguchi::counter {

// A certificate a procedure usually needs, with the ward's fee: what a visit records as
// "certificates requested and fees due" for the certificates and payments modules.
struct ProcedureCertificate
{
    QString type;   // "juminhyo", "inkanShomei", ...
    int copies = 1; // 1..99
    int feeYen = 0; // per copy, 0..1,000,000

    qint64 totalYen() const { return qint64(copies) * feeYen; }

    bool operator==(const ProcedureCertificate& o) const
    {
        return type == o.type && copies == o.copies && feeYen == o.feeYen;
    }
};

} // namespace madoguchi::counter
