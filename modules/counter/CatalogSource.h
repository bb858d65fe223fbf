#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace madoguchi::counter {

// One data file of the catalog as read: the name that messages give it (the bare name for a
// built-in file, the full path for a ward's file) and its bytes.
struct CatalogSource
{
    QString fileName;
    QByteArray json;
};

} // namespace madoguchi::counter
