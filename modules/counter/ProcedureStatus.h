#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace madoguchi::counter {

// Where one procedure of a visit's checklist stands. Pending until the clerk marks it done, not
// needed (the navigator offered it, the citizen's case does not need it) or handed off to
// another counter or department.
enum class ProcedureStatus { Pending, Done, NotNeeded, HandedOff };

// Stable names ("pending", "done", "notNeeded", "handedOff": the database and the core API's
// procedureRecorded.status) and translated titles.
class ProcedureStatuses
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::counter::ProcedureStatuses)

public:
    static QList<ProcedureStatus> all();
    static QString name(ProcedureStatus status);
    static std::optional<ProcedureStatus> fromName(const QString& name);
    static QString title(ProcedureStatus status);
    // Done, not needed or handed off: nothing more to do for it at this counter.
    static bool isSettled(ProcedureStatus status) { return status != ProcedureStatus::Pending; }
};

} // namespace madoguchi::counter
