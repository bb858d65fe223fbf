#include "common/AppIdentity.h"

#include <QCoreApplication>
#include <QString>

namespace madoguchi {

void applyApplicationIdentity()
{
    // No organisation name: it would add a second "Madoguchi" level to every path.
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("madoguchi.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("Madoguchi"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MADOGUCHI_VERSION));
}

} // namespace madoguchi
