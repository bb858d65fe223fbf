#include "counter/RequestKind.h"

namespace madoguchi::counter {

namespace {

struct Row
{
    RequestKind kind;
    const char* name;
    const char* title;
};

// The one table of names and titles; the order is the order of all().
const Row rows[] = {
    {RequestKind::Self, "self", QT_TRANSLATE_NOOP("madoguchi::counter::RequestKinds", "Self (本人)")},
    {RequestKind::Agent, "agent", QT_TRANSLATE_NOOP("madoguchi::counter::RequestKinds", "Agent (代理人)")},
    {RequestKind::ThirdParty, "thirdParty",
     QT_TRANSLATE_NOOP("madoguchi::counter::RequestKinds", "Third party (第三者)")},
    {RequestKind::Official, "official",
     QT_TRANSLATE_NOOP("madoguchi::counter::RequestKinds", "Official request (公用)")},
};

} // namespace

QList<RequestKind> RequestKinds::all()
{
    QList<RequestKind> kinds;
    for (const Row& row : rows)
        kinds << row.kind;
    return kinds;
}

QString RequestKinds::name(RequestKind kind)
{
    for (const Row& row : rows) {
        if (row.kind == kind)
            return QString::fromLatin1(row.name);
    }
    return QStringLiteral("self");
}

std::optional<RequestKind> RequestKinds::fromName(const QString& name)
{
    for (const Row& row : rows) {
        if (name == QLatin1String(row.name))
            return row.kind;
    }
    return std::nullopt;
}

QString RequestKinds::title(RequestKind kind)
{
    for (const Row& row : rows) {
        if (row.kind == kind)
            return tr(row.title);
    }
    return {};
}

} // namespace madoguchi::counter
