#include "counter/VisitEventKind.h"

namespace madoguchi::counter {

namespace {

struct Row
{
    VisitEventKind kind;
    const char* name;
    const char* title;
};

const Row rows[] = {
    {VisitEventKind::TicketIssued, "ticketIssued",
     QT_TRANSLATE_NOOP("madoguchi::counter::VisitEventKinds", "Ticket issued")},
    {VisitEventKind::Called, "called", QT_TRANSLATE_NOOP("madoguchi::counter::VisitEventKinds", "Called")},
    {VisitEventKind::Recalled, "recalled",
     QT_TRANSLATE_NOOP("madoguchi::counter::VisitEventKinds", "Called again")},
    {VisitEventKind::Skipped, "skipped",
     QT_TRANSLATE_NOOP("madoguchi::counter::VisitEventKinds", "Skipped (no-show)")},
    {VisitEventKind::Identified, "identified",
     QT_TRANSLATE_NOOP("madoguchi::counter::VisitEventKinds", "Identified")},
    {VisitEventKind::ProceduresChosen, "proceduresChosen",
     QT_TRANSLATE_NOOP("madoguchi::counter::VisitEventKinds", "Procedures chosen")},
    {VisitEventKind::ProcedureUpdated, "procedureUpdated",
     QT_TRANSLATE_NOOP("madoguchi::counter::VisitEventKinds", "Procedure updated")},
    {VisitEventKind::FormsPrinted, "formsPrinted",
     QT_TRANSLATE_NOOP("madoguchi::counter::VisitEventKinds", "Forms printed and signed")},
    {VisitEventKind::FeesRecorded, "feesRecorded",
     QT_TRANSLATE_NOOP("madoguchi::counter::VisitEventKinds", "Fees recorded")},
    {VisitEventKind::CertificatesRequested, "certificatesRequested",
     QT_TRANSLATE_NOOP("madoguchi::counter::VisitEventKinds", "Certificates requested")},
    {VisitEventKind::HandedOff, "handedOff",
     QT_TRANSLATE_NOOP("madoguchi::counter::VisitEventKinds", "Handed off")},
    {VisitEventKind::Closed, "closed", QT_TRANSLATE_NOOP("madoguchi::counter::VisitEventKinds", "Closed")},
    {VisitEventKind::Cancelled, "cancelled",
     QT_TRANSLATE_NOOP("madoguchi::counter::VisitEventKinds", "Cancelled")},
    {VisitEventKind::SupportMeasureOverride, "supportMeasureOverride",
     QT_TRANSLATE_NOOP("madoguchi::counter::VisitEventKinds", "Support measure: authorised by a supervisor")},
    {VisitEventKind::LifeEventsChosen, "lifeEventsChosen",
     QT_TRANSLATE_NOOP("madoguchi::counter::VisitEventKinds", "Life events chosen")},
};

} // namespace

QList<VisitEventKind> VisitEventKinds::all()
{
    QList<VisitEventKind> kinds;
    for (const Row& row : rows)
        kinds << row.kind;
    return kinds;
}

QString VisitEventKinds::name(VisitEventKind kind)
{
    for (const Row& row : rows) {
        if (row.kind == kind)
            return QString::fromLatin1(row.name);
    }
    return {};
}

std::optional<VisitEventKind> VisitEventKinds::fromName(const QString& name)
{
    for (const Row& row : rows) {
        if (name == QLatin1String(row.name))
            return row.kind;
    }
    return std::nullopt;
}

QString VisitEventKinds::title(VisitEventKind kind)
{
    for (const Row& row : rows) {
        if (row.kind == kind)
            return tr(row.title);
    }
    return {};
}

} // namespace madoguchi::counter
