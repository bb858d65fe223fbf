#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThread>
#include <QThreadPool>

#include <memory>
#include <utility>

namespace madoguchi {

// Runs `work` on a worker thread of `pool` (Qt's global pool when null) and then `done` with its
// result on the thread of `context`, through that thread's event loop: never before
// runInBackground() returns, and not at all when `context` is destroyed first (the watcher that
// would call it is its child and goes with it; the worker finishes on its own and its result is
// dropped).
//
// `work` runs on another thread: it must own copies of what it reads (implicitly shared Qt values
// and std::shared_ptr are safe to copy across threads) and touch nothing of the caller's thread,
// neither `context` nor a database connection (QSqlDatabase connections are per thread).
// Call it on the thread `context` lives in.
//
// QPromise + QFutureWatcher (QtCore) rather than QtConcurrent: no extra library, and the watcher
// is what makes a late result safe when its receiver is gone.
template <typename T, typename Work, typename Done>
void runInBackground(QObject* context, Work work, Done done, QThreadPool* pool = nullptr)
{
    Q_ASSERT(context && context->thread() == QThread::currentThread());
    // Shared: QThreadPool::start() takes a std::function (copyable) in Qt 6.4, QPromise is move-only.
    auto promise = std::make_shared<QPromise<T>>();
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, watcher,
                     [watcher, done = std::move(done)]() mutable {
                         watcher->deleteLater();
                         const QFuture<T> future = watcher->future();
                         // No result only when the pool dropped the job (the application ended).
                         if (future.resultCount() > 0)
                             done(future.result());
                     });
    watcher->setFuture(promise->future());
    (pool ? pool : QThreadPool::globalInstance())->start([promise, work = std::move(work)]() mutable {
        promise->start();
        promise->addResult(work());
        promise->finish();
    });
}

} // namespace madoguchi
