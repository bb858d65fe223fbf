#pragma once

#include "common/Result.h"
#include "sync/ResidentRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace madoguchi::sync {

class ResidentCache;

// The file-linkage adapter: imports a resident extract (CSV, UTF-8, layout in docs/sync.md) into
// the local resident cache, for wards whose in-house link to the core is file-based.
//
// All or nothing: every line is checked first; the first bad line is reported as
// "file:line, column" and nothing is imported. Then all records are written in one transaction.
// Re-importing the same file changes nothing (records are keyed by residentId and never moved
// back to an older version). Meant for a worker thread (ResidentImportJob): `progress` is
// called from that thread; `cancel` is polled between records and rolls everything back.
//
// Errors: sync.import.file (unreadable), csv.* (Csv::parse), sync.import.header,
// sync.import.invalid (a field), sync.import.duplicate, sync.import.cancelled, and the cache's.
class ResidentFileImport
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::sync::ResidentFileImport)

public:
    using Progress = std::function<void(int done, int total)>;

    struct Summary
    {
        int records = 0; // lines in the file, all stored or already held in a newer version
    };

    // The columns of the layout, in the documented order; required ones first.
    static const QStringList& columns();
    static const QStringList& requiredColumns();

    // Parses and checks a whole file without touching the cache.
    static Result<QList<ResidentRecord>> read(const QByteArray& utf8, const QString& fileName,
                                              const std::atomic_bool* cancel = nullptr,
                                              const Progress& progress = {});

    static Result<Summary> importFile(const QString& path, const ResidentCache& cache,
                                      const std::atomic_bool* cancel = nullptr,
                                      const Progress& progress = {});
};

} // namespace madoguchi::sync
