#pragma once

#include <openssl/crypto.h>

namespace madoguchi {

// Leaves OpenSSL's global state to the operating system when the process exits, instead of
// OpenSSL freeing it from its own atexit handler.
//
// Why: Qt runs HTTP in a thread of its own, and QNetworkAccessManager's destructor only waits
// until that thread has left its event loop, not until it has ended. When main() then returns,
// OpenSSL's atexit handler deletes the thread-local key that frees each thread's state at
// thread end. If the network thread ends after that, its random generators and TLS objects
// are never freed (the sanitizer runs reported it as a leak in about one run in sixteen under
// load), and a thread still inside OpenSSL would use state already freed.
// With the handler off, a thread that ends still frees its own state, and what is left at exit
// is still referenced, so it is not a leak.
//
// Takes effect only before anything has initialised OpenSSL: call it first thing in main(),
// before the QApplication. Returns false when OpenSSL could not be initialised at all.
inline bool keepOpenSslUntilProcessExit()
{
    return OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr) == 1;
}

} // namespace madoguchi
