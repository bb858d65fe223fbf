#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <atomic>
#include <memory>

namespace madoguchi {

// The last few hundred KiB of log lines, kept in memory so that a crash report shows what led
// up to the crash (Nextcloud does the same). The storage is allocated once: the crash handler
// must not allocate, and it writes this buffer with write(2) only.
//
// append() is not thread-safe; LogSink calls it under its mutex. writeTo() may run in a signal
// handler while another thread appends: it then writes a torn line at worst.
class CrashRingBuffer
{
public:
    explicit CrashRingBuffer(qsizetype capacity = 256 * 1024);
    CrashRingBuffer(const CrashRingBuffer&) = delete;
    CrashRingBuffer& operator=(const CrashRingBuffer&) = delete;
    ~CrashRingBuffer();

    qsizetype capacity() const { return m_capacity; }
    void append(QByteArrayView data);
    // The buffered text, oldest first (possibly starting mid-line once the buffer wrapped).
    QByteArray contents() const;
    // Async-signal-safe: write(2) calls only. False if a write failed.
    bool writeTo(int fd) const noexcept;

    // Installs handlers for SIGSEGV, SIGABRT, SIGBUS, SIGFPE and SIGILL that write `buffer` to
    // <directory>/crash-<pid>.log and then re-raise the signal with the default action (so the
    // exit status and core dump are what they would have been). Process-wide by nature: only
    // one buffer can be installed; installing again replaces it. False if `directory` is too
    // long or sigaction fails.
    static bool installCrashHandler(const CrashRingBuffer* buffer, const QString& directory);
    // Restores the handlers that were there before installCrashHandler().
    static void uninstallCrashHandler();

private:
    std::unique_ptr<char[]> m_data;
    qsizetype m_capacity = 0;
    // Read by the crash handler without a lock, hence atomics.
    std::atomic<qsizetype> m_head{0}; // next write position
    std::atomic<bool> m_wrapped{false};
};

} // namespace madoguchi
