// Child process of tst_opensslexit: makes, every time, the exit-time ordering that let the
// sanitizer runs leak OpenSSL state — a thread that used OpenSSL is still ending when main()
// has returned and the atexit handlers run.
//
//   openssl_exit_helper keep      calls keepOpenSslUntilProcessExit() first, as main() does
//   openssl_exit_helper default   leaves OpenSSL's own atexit cleanup in place
//
// A worker thread draws random bytes (OpenSSL then gives it random generators of its own) and
// ends. Its end is held in a thread-specific-data destructor of ours, which runs before
// OpenSSL's (its key is older), until an atexit handler of ours lets it go. That handler was
// registered before OpenSSL's, so it runs after it. It then waits for the worker to be gone
// and reports whether the worker freed anything of OpenSSL's while ending.
// Prints "freed at thread end: N" and exits 0 when N > 0, 3 when N == 0 (the worker's state
// was never freed), 2 on bad usage or a failed setup.
#include "common/OpenSslExit.h"

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <pthread.h>

#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>

namespace {

thread_local bool t_isWorker = false;
std::atomic<bool> g_workerEnding{false};
std::atomic<int> g_freedAtThreadEnd{0};

std::mutex g_mutex;
std::condition_variable g_changed;
bool g_workerDone = false;
bool g_workerDrewBytes = false;
bool g_released = false;
bool g_workerStarted = false;
pthread_t g_worker;
pthread_key_t g_holdKey;

void* allocate(size_t size, const char*, int)
{
    return std::malloc(size);
}

void* reallocate(void* block, size_t size, const char*, int)
{
    return std::realloc(block, size);
}

void release(void* block, const char*, int)
{
    if (block && t_isWorker && g_workerEnding.load())
        g_freedAtThreadEnd.fetch_add(1);
    std::free(block);
}

// The worker's first thread-specific-data destructor: holds its end until exit has begun.
void holdThreadEnd(void*)
{
    g_workerEnding.store(true);
    std::unique_lock lock(g_mutex);
    g_changed.wait(lock, [] { return g_released; });
}

void* work(void*)
{
    t_isWorker = true;
    pthread_setspecific(g_holdKey, &g_holdKey);
    unsigned char bytes[16];
    const bool drawn = RAND_bytes(bytes, sizeof bytes) == 1;
    {
        std::lock_guard lock(g_mutex);
        g_workerDone = true;
        g_workerDrewBytes = drawn;
    }
    g_changed.notify_all();
    return nullptr;
}

// Runs after OpenSSL's atexit handler, if OpenSSL registered one.
void finishAtExit()
{
    if (!g_workerStarted)
        return;
    {
        std::lock_guard lock(g_mutex);
        g_released = true;
    }
    g_changed.notify_all();
    pthread_join(g_worker, nullptr);
    const int freed = g_freedAtThreadEnd.load();
    std::printf("freed at thread end: %d\n", freed);
    std::fflush(stdout);
    if (freed == 0)
        std::_Exit(3);
}

int fail(const char* message)
{
    std::fprintf(stderr, "openssl_exit_helper: %s\n", message);
    return 2;
}

int usage()
{
    std::fprintf(stderr, "usage: openssl_exit_helper keep|default\n");
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2)
        return usage();
    const bool keep = std::strcmp(argv[1], "keep") == 0;
    if (!keep && std::strcmp(argv[1], "default") != 0)
        return usage();
    // Order matters: the allocator hooks before any OpenSSL allocation, our key and our atexit
    // handler before OpenSSL creates its own.
    if (CRYPTO_set_mem_functions(allocate, reallocate, release) != 1)
        return fail("OpenSSL allocated before its allocator could be hooked");
    if (pthread_key_create(&g_holdKey, holdThreadEnd) != 0 || std::atexit(finishAtExit) != 0)
        return fail("cannot create the thread key or register the exit handler");
    if (keep && !madoguchi::keepOpenSslUntilProcessExit())
        return fail("OpenSSL could not be initialised");
    // The main thread's generators and the shared ones exist before the worker starts, so what
    // the worker frees at its end is its own.
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return fail("the main thread could not draw random bytes");
    if (pthread_create(&g_worker, nullptr, work, nullptr) != 0)
        return fail("cannot start the worker thread");
    g_workerStarted = true;
    std::unique_lock lock(g_mutex);
    g_changed.wait(lock, [] { return g_workerDone; });
    if (!g_workerDrewBytes)
        std::_Exit(fail("the worker could not draw random bytes"));
    return 0;
}
