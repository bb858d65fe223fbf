#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace madoguchi {

// Staff roles, ordered: a higher role may do everything a lower one may.
enum class Role { Clerk = 0, Supervisor = 1, Admin = 2 };

inline bool roleAtLeast(Role have, Role need)
{
    return static_cast<int>(have) >= static_cast<int>(need);
}

// Stable ASCII names used in the database, the audit log and policy files.
inline QString roleName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return QStringLiteral("clerk");
}

// The role as staff read it ("Supervisor" / "監督者"), for every screen that names one.
inline QString roleTitle(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QCoreApplication::translate("madoguchi::Role", "Clerk");
    case Role::Supervisor:
        return QCoreApplication::translate("madoguchi::Role", "Supervisor");
    case Role::Admin:
        return QCoreApplication::translate("madoguchi::Role", "Administrator");
    }
    return {};
}

inline std::optional<Role> roleFromName(const QString& name)
{
    if (name == QLatin1String("clerk"))
        return Role::Clerk;
    if (name == QLatin1String("supervisor"))
        return Role::Supervisor;
    if (name == QLatin1String("admin"))
        return Role::Admin;
    return std::nullopt;
}

} // namespace madoguchi
