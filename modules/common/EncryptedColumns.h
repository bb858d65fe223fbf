#pragma once

#include <QString>

#include <vector>

namespace madoguchi {

class DataKeyManager;

// The one list of database columns that hold personal data encrypted with the data key. The
// application and madoguchi-cli both register it with their DataKeyManager, so that
// `madoguchi-cli datakey rotate` re-encrypts exactly what the application writes. A module
// that adds an encrypted column adds it here, in the same change as its migration.
class EncryptedColumns
{
public:
    struct Column
    {
        QString table;    // plain SQL identifiers only
        QString idColumn; // the row id bound into each blob's associated data
        QString column;
    };

    static std::vector<Column> all();
    // Declares every column of all() to `manager` (before its first rotate()).
    static void registerAll(DataKeyManager& manager);
};

} // namespace madoguchi
