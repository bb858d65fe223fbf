#include "sync/ResidentImportJob.h"

#include "sync/ResidentFileImport.h"

#include <QPointer>
#include <QThread>

namespace madoguchi::sync {

ResidentImportJob::ResidentImportJob(const ResidentCache& cache, QObject* parent)
    : QObject(parent)
    , m_cache(cache)
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{}

ResidentImportJob::~ResidentImportJob()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
    }
}

bool ResidentImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool ResidentImportJob::start(const QString& path)
{
    if (isRunning())
        return false;
    if (m_thread)
        m_thread->wait();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const QPointer<ResidentImportJob> self(this);
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    const ResidentCache& cache = m_cache;
    m_thread.reset(QThread::create([self, cancel, &cache, path] {
        // Signals emitted from the worker reach receivers in their own threads (queued).
        const auto report = [self](int done, int total) {
            if (self)
                Q_EMIT self->progress(done, total);
        };
        const Result<ResidentFileImport::Summary> result =
            ResidentFileImport::importFile(path, cache, cancel.get(), report);
        if (self)
            Q_EMIT self->finished(result ? result.value().records : 0, result ? Error{} : result.error());
    }));
    m_thread->start();
    return true;
}

} // namespace madoguchi::sync
