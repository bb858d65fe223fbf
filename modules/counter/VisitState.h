#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace madoguchi::counter {

// Where a visit (来庁) stands. The working states, in order, from the call to the last step at
// the counter: Called → Identified → ProceduresChosen → FormsPrinted (printed and signed) →
// FeesRecorded → CertificatesRequested. Before them Waiting (a ticket was issued); after them
// Closed. Aside: Skipped (no-show after the calls; may be called again), HandedOff (waiting at
// another counter or department), Cancelled (ended without being done, with a reason).
enum class VisitState {
    Waiting,
    Called,
    Identified,
    ProceduresChosen,
    FormsPrinted,
    FeesRecorded,
    CertificatesRequested,
    Closed,
    Skipped,
    HandedOff,
    Cancelled,
};

// Stable names (stored in the database) and translated titles, and the groups the rules use.
class VisitStates
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::counter::VisitStates)

public:
    static QList<VisitState> all();
    // "waiting", "called", "identified", "proceduresChosen", "formsPrinted", "feesRecorded",
    // "certificatesRequested", "closed", "skipped", "handedOff", "cancelled".
    static QString name(VisitState state);
    static std::optional<VisitState> fromName(const QString& name);
    static QString title(VisitState state);

    // Closed or Cancelled: nothing more happens to the visit.
    static bool isTerminal(VisitState state)
    {
        return state == VisitState::Closed || state == VisitState::Cancelled;
    }
    // Called … CertificatesRequested: a counter is serving the visit now.
    static bool isWorking(VisitState state)
    {
        return rank(state) >= rank(VisitState::Called) &&
               rank(state) <= rank(VisitState::CertificatesRequested);
    }
    // The position of a working state in the order above (Waiting 0 … CertificatesRequested 6,
    // Closed 7); -1 for the states aside.
    static int rank(VisitState state);
};

} // namespace madoguchi::counter
