#include "counter/ProcedureStatus.h"

namespace madoguchi::counter {

namespace {

struct Row
{
    ProcedureStatus status;
    const char* name;
    const char* title;
};

const Row rows[] = {
    {ProcedureStatus::Pending, "pending",
     QT_TRANSLATE_NOOP("madoguchi::counter::ProcedureStatuses", "Pending")},
    {ProcedureStatus::Done, "done", QT_TRANSLATE_NOOP("madoguchi::counter::ProcedureStatuses", "Done")},
    {ProcedureStatus::NotNeeded, "notNeeded",
     QT_TRANSLATE_NOOP("madoguchi::counter::ProcedureStatuses", "Not needed")},
    {ProcedureStatus::HandedOff, "handedOff",
     QT_TRANSLATE_NOOP("madoguchi::counter::ProcedureStatuses", "Handed off")},
};

} // namespace

QList<ProcedureStatus> ProcedureStatuses::all()
{
    QList<ProcedureStatus> statuses;
    for (const Row& row : rows)
        statuses << row.status;
    return statuses;
}

QString ProcedureStatuses::name(ProcedureStatus status)
{
    for (const Row& row : rows) {
        if (row.status == status)
            return QString::fromLatin1(row.name);
    }
    return QStringLiteral("pending");
}

std::optional<ProcedureStatus> ProcedureStatuses::fromName(const QString& name)
{
    for (const Row& row : rows) {
        if (name == QLatin1String(row.name))
            return row.status;
    }
    return std::nullopt;
}

QString ProcedureStatuses::title(ProcedureStatus status)
{
    for (const Row& row : rows) {
        if (row.status == status)
            return tr(row.title);
    }
    return {};
}

} // namespace madoguchi::counter
