#pragma once

#include "common/Result.h"
#include "counter/VisitRecords.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace madoguchi::counter {

// The checks VisitStore makes on what a step is given, before any database work: ids in the
// shapes the core accepts, lists of 1 to maxListSize entries, amounts in range, and no My Number
// in free text. Errors: counter.visit.invalid (`where` the field, e.g.
// "certificates[1].copies"), counter.visit.myNumber.
class VisitInput
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::counter::VisitInput)

public:
    static constexpr int maxListSize = 50;
    static constexpr int maxNoteLength = 1000;
    static constexpr qint64 maxYen = 100000000;

    static Error invalid(const QString& message, const QString& where);

    // A counter id always; a staff id unless `staffRequired` is false (a ticket machine).
    static Status actor(const VisitActor& actor, bool staffRequired);
    static Status ticket(const QString& categoryId, const QString& prefix);
    static Status note(const QString& note, const QString& where);
    // A required reason (cancel, a supervisor's authorisation).
    static Status reason(const QString& reason);
    static Status procedureId(const QString& procedureId, const QString& where);
    static Status procedures(const QList<VisitProcedure>& procedures);
    // The life events chosen: catalog ids, each once, none (all cleared) to maxListSize.
    static Status lifeEvents(const QStringList& lifeEventIds);
    // The core's form types of `templateNames` ("forms/jumin-ido-todoke" → "jumin-ido-todoke").
    static Result<QStringList> formTypes(const QStringList& templateNames);
    static Status fees(const QList<VisitFee>& fees);
    static Status certificates(const QList<VisitCertificate>& certificates);

private:
    static Status listSize(qsizetype size, const QString& where);
};

} // namespace madoguchi::counter
