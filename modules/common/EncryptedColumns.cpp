#include "common/EncryptedColumns.h"

#include "common/DataKeyManager.h"

namespace madoguchi {

std::vector<EncryptedColumns::Column> EncryptedColumns::all()
{
    // Empty until the first module stores personal fields, e.g.
    // {QStringLiteral("visits"), QStringLiteral("id"), QStringLiteral("address_enc")}.
    return {};
}

void EncryptedColumns::registerAll(DataKeyManager& manager)
{
    for (const Column& column : all())
        manager.registerColumn(column.table, column.idColumn, column.column);
}

} // namespace madoguchi
