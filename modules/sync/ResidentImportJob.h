#pragma once

#include "common/Result.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace madoguchi::sync {

class ResidentCache;

// Runs ResidentFileImport::importFile on a worker thread so that the GUI stays responsive:
// progress() and finished() arrive in the thread that owns the job; cancel() asks the worker to
// stop (everything is rolled back). The cache (and its Database and DataKeyManager) must outlive
// the job; the Database hands the worker its own connection.
class ResidentImportJob : public QObject
{
    Q_OBJECT

public:
    ResidentImportJob(const ResidentCache& cache, QObject* parent = nullptr);
    ~ResidentImportJob() override; // waits for the worker

    // Starts importing `path`; false if a run is still going.
    bool start(const QString& path);
    void cancel() { m_cancel->store(true); }
    bool isRunning() const;

Q_SIGNALS:
    void progress(int done, int total);
    // error.code empty: `records` were imported.
    void finished(int records, const madoguchi::Error& error);

private:
    const ResidentCache& m_cache;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::unique_ptr<QThread> m_thread;
};

} // namespace madoguchi::sync
