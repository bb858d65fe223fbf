#include "common/CrashRingBuffer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <csignal>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

// POSIX only (Linux is the product platform for now); a Windows build needs an
// SetUnhandledExceptionFilter counterpart.
namespace madoguchi {

namespace {

constexpr int crashSignals[] = {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL};
constexpr int signalCount = int(sizeof(crashSignals) / sizeof(crashSignals[0]));

// Everything the handler touches is prepared at install time: no allocation, no locks, no Qt
// in the handler (signal-safety(7)).
struct CrashState
{
    std::atomic<const CrashRingBuffer*> buffer{nullptr};
    char path[4096] = {};
    struct sigaction previous[signalCount] = {};
    bool installed = false;
    // An alternate stack, so that a stack overflow (SIGSEGV) can still be reported.
    char* altStack = nullptr; // deliberately leaked, see installCrashHandler()
    bool haveAltStack = false;
};

CrashState& crashState()
{
    static CrashState state;
    return state;
}

bool writeAll(int fd, const char* data, size_t size) noexcept
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= size_t(n);
    }
    return true;
}

// snprintf is not async-signal-safe.
size_t formatUnsigned(unsigned value, char* out) noexcept
{
    char tmp[16];
    size_t n = 0;
    do {
        tmp[n++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0);
    for (size_t i = 0; i < n; ++i)
        out[i] = tmp[n - 1 - i];
    return n;
}

extern "C" void madoguchiCrashHandler(int signal)
{
    CrashState& state = crashState();
    if (const CrashRingBuffer* buffer = state.buffer.load()) {
        const int fd = ::open(state.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd >= 0) {
            static const char header[] = "Madoguchi crashed with signal ";
            char number[16];
            writeAll(fd, header, sizeof(header) - 1);
            writeAll(fd, number, formatUnsigned(unsigned(signal), number));
            writeAll(fd, ". Last log lines:\n", 18);
            buffer->writeTo(fd);
            ::fsync(fd);
            ::close(fd);
        }
    }
    // SA_RESETHAND already restored the default action; raising again ends the process the way
    // the signal would have without us (core dump, exit status).
    ::raise(signal);
}

} // namespace

CrashRingBuffer::CrashRingBuffer(qsizetype capacity)
    : m_data(new char[size_t(qMax<qsizetype>(capacity, 1))])
    , m_capacity(qMax<qsizetype>(capacity, 1))
{}

CrashRingBuffer::~CrashRingBuffer()
{
    CrashState& state = crashState();
    const CrashRingBuffer* self = this;
    state.buffer.compare_exchange_strong(self, nullptr);
}

void CrashRingBuffer::append(QByteArrayView data)
{
    if (data.size() >= m_capacity) {
        data = data.last(m_capacity);
    }
    qsizetype head = m_head.load(std::memory_order_relaxed);
    qsizetype done = 0;
    while (done < data.size()) {
        const qsizetype chunk = qMin(data.size() - done, m_capacity - head);
        std::memcpy(m_data.get() + head, data.data() + done, size_t(chunk));
        done += chunk;
        head += chunk;
        if (head == m_capacity) {
            head = 0;
            m_wrapped.store(true, std::memory_order_relaxed);
        }
    }
    m_head.store(head, std::memory_order_release);
}

QByteArray CrashRingBuffer::contents() const
{
    const qsizetype head = m_head.load(std::memory_order_acquire);
    if (!m_wrapped.load(std::memory_order_relaxed))
        return QByteArray(m_data.get(), head);
    QByteArray out(m_data.get() + head, m_capacity - head);
    out.append(m_data.get(), head);
    return out;
}

bool CrashRingBuffer::writeTo(int fd) const noexcept
{
    const qsizetype head = m_head.load(std::memory_order_acquire);
    bool ok = true;
    if (m_wrapped.load(std::memory_order_relaxed))
        ok = writeAll(fd, m_data.get() + head, size_t(m_capacity - head));
    return writeAll(fd, m_data.get(), size_t(head)) && ok;
}

bool CrashRingBuffer::installCrashHandler(const CrashRingBuffer* buffer, const QString& directory)
{
    CrashState& state = crashState();
    const QByteArray path = QFile::encodeName(QDir(directory).absoluteFilePath(
        QStringLiteral("crash-%1.log").arg(QCoreApplication::applicationPid())));
    if (path.size() >= qsizetype(sizeof(state.path)))
        return false;
    // The path is written before the buffer pointer is published; the handler reads the
    // pointer first.
    state.buffer.store(nullptr);
    std::memcpy(state.path, path.constData(), size_t(path.size()) + 1);
    state.buffer.store(buffer);
    if (state.installed)
        return true;

    // Allocated once and never freed: the kernel keeps pointing at it (main thread only).
    constexpr size_t altStackSize = 64 * 1024;
    if (!state.altStack) {
        state.altStack = new char[altStackSize];
        stack_t stack = {};
        stack.ss_sp = state.altStack;
        stack.ss_size = altStackSize;
        state.haveAltStack = ::sigaltstack(&stack, nullptr) == 0;
    }
    const bool haveAltStack = state.haveAltStack;

    struct sigaction action = {};
    action.sa_handler = madoguchiCrashHandler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND | (haveAltStack ? SA_ONSTACK : 0);
    for (int i = 0; i < signalCount; ++i) {
        if (::sigaction(crashSignals[i], &action, &state.previous[i]) != 0) {
            for (int j = 0; j < i; ++j)
                ::sigaction(crashSignals[j], &state.previous[j], nullptr);
            state.buffer.store(nullptr);
            return false;
        }
    }
    state.installed = true;
    return true;
}

void CrashRingBuffer::uninstallCrashHandler()
{
    CrashState& state = crashState();
    state.buffer.store(nullptr);
    if (!state.installed)
        return;
    for (int i = 0; i < signalCount; ++i)
        ::sigaction(crashSignals[i], &state.previous[i], nullptr);
    state.installed = false;
}

} // namespace madoguchi
