#include "counter/VisitState.h"

namespace madoguchi::counter {

namespace {

struct Row
{
    VisitState state;
    const char* name;
    const char* title;
    int rank;
};

const Row rows[] = {
    {VisitState::Waiting, "waiting", QT_TRANSLATE_NOOP("madoguchi::counter::VisitStates", "Waiting"), 0},
    {VisitState::Called, "called", QT_TRANSLATE_NOOP("madoguchi::counter::VisitStates", "Called"), 1},
    {VisitState::Identified, "identified", QT_TRANSLATE_NOOP("madoguchi::counter::VisitStates", "Identified"),
     2},
    {VisitState::ProceduresChosen, "proceduresChosen",
     QT_TRANSLATE_NOOP("madoguchi::counter::VisitStates", "Procedures chosen"), 3},
    {VisitState::FormsPrinted, "formsPrinted",
     QT_TRANSLATE_NOOP("madoguchi::counter::VisitStates", "Forms printed and signed"), 4},
    {VisitState::FeesRecorded, "feesRecorded",
     QT_TRANSLATE_NOOP("madoguchi::counter::VisitStates", "Fees recorded"), 5},
    {VisitState::CertificatesRequested, "certificatesRequested",
     QT_TRANSLATE_NOOP("madoguchi::counter::VisitStates", "Certificates requested"), 6},
    {VisitState::Closed, "closed", QT_TRANSLATE_NOOP("madoguchi::counter::VisitStates", "Closed"), 7},
    {VisitState::Skipped, "skipped",
     QT_TRANSLATE_NOOP("madoguchi::counter::VisitStates", "Skipped (no-show)"), -1},
    {VisitState::HandedOff, "handedOff", QT_TRANSLATE_NOOP("madoguchi::counter::VisitStates", "Handed off"),
     -1},
    {VisitState::Cancelled, "cancelled", QT_TRANSLATE_NOOP("madoguchi::counter::VisitStates", "Cancelled"),
     -1},
};

const Row* rowOf(VisitState state)
{
    for (const Row& row : rows) {
        if (row.state == state)
            return &row;
    }
    return nullptr;
}

} // namespace

QList<VisitState> VisitStates::all()
{
    QList<VisitState> states;
    for (const Row& row : rows)
        states << row.state;
    return states;
}

QString VisitStates::name(VisitState state)
{
    const Row* row = rowOf(state);
    return row ? QString::fromLatin1(row->name) : QString();
}

std::optional<VisitState> VisitStates::fromName(const QString& name)
{
    for (const Row& row : rows) {
        if (name == QLatin1String(row.name))
            return row.state;
    }
    return std::nullopt;
}

QString VisitStates::title(VisitState state)
{
    const Row* row = rowOf(state);
    return row ? tr(row->title) : QString();
}

int VisitStates::rank(VisitState state)
{
    const Row* row = rowOf(state);
    return row ? row->rank : -1;
}

} // namespace madoguchi::counter
