#include "documents/FontRole.h"

namespace madoguchi {

QString fontRoleName(FontRole role)
{
    switch (role) {
    case FontRole::Name:
        return QStringLiteral("name");
    case FontRole::Body:
        return QStringLiteral("body");
    case FontRole::BodyMincho:
        return QStringLiteral("bodyMincho");
    }
    return QStringLiteral("body");
}

std::optional<FontRole> fontRoleFromName(const QString& name)
{
    for (FontRole role : {FontRole::Name, FontRole::Body, FontRole::BodyMincho}) {
        if (name == fontRoleName(role))
            return role;
    }
    return std::nullopt;
}

} // namespace madoguchi
