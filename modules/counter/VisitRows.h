#pragma once

#include "common/Result.h"
#include "counter/Visit.h"
#include "counter/VisitCipher.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

class QSqlQuery;

namespace madoguchi::counter {

// The SQL of VisitStore: reads and writes visits, their checklist, certificates, fees and
// timeline on a given connection (inside the caller's transaction), encrypting and decrypting
// the personal columns through VisitCipher. Errors: counter.visit.db (with the table),
// counter.visit.changed (the version check of an update failed), counter.visit.corrupt, and
// the data key's crypto.* errors.
class VisitRows
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::counter::VisitRows)

public:
    explicit VisitRows(const VisitCipher& cipher);

    // One visit with its checklist, certificates and fees; nothing when there is none. With
    // `forUpdate`, PostgreSQL locks the row until the transaction ends (SQLite's write
    // transaction already holds the whole database).
    Result<std::optional<Visit>> load(QSqlDatabase db, const QString& visitId, bool forUpdate) const;
    // Visits matching `where` (SQL on counter_visits, `?` bound to `values`), in `orderBy` order.
    Result<QList<Visit>> loadWhere(QSqlDatabase db, const QString& where, const QVariantList& values,
                                   const QString& orderBy) const;

    Status insert(QSqlDatabase db, const Visit& visit) const;
    // Writes the visit row if it still has `expectedVersion` (else counter.visit.changed), the
    // whole checklist, and the certificates and fees not stored yet (both only grow), stamped `at`.
    Status update(QSqlDatabase db, const Visit& visit, qint64 expectedVersion, const QDateTime& at) const;

    Status appendEvent(QSqlDatabase db, const QString& visitId, const VisitEvent& event) const;
    Result<int> lastEventSequence(QSqlDatabase db, const QString& visitId) const;
    Result<QList<VisitEvent>> events(QSqlDatabase db, const QString& visitId) const;

    // The next ticket number of `categoryId` on `day` (1, 2, 3 …), taken atomically.
    Result<int> takeTicketSequence(QSqlDatabase db, const QDate& day, const QString& categoryId) const;

    static QString eventKey(const QString& visitId, int sequence);
    static QString procedureKey(const QString& visitId, const QString& procedureId);

private:
    Result<Visit> readVisit(const QSqlQuery& row) const;
    Status readChildren(QSqlDatabase db, Visit& visit) const;
    Status writeProcedures(QSqlDatabase db, const Visit& visit, qint64 nowMs) const;
    Status appendLines(QSqlDatabase db, const Visit& visit, qint64 nowMs) const;

    const VisitCipher& m_cipher;
};

} // namespace madoguchi::counter
