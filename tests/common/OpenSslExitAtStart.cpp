// Linked into every test executable (madoguchi_test_openssl_exit in tests/CMakeLists.txt): the
// tests that use TLS end their network thread the way the app does, so they take the same
// precaution as the app's main() (common/OpenSslExit.h). A static initialiser runs before
// QTEST_MAIN creates the application.
#include "common/OpenSslExit.h"

namespace {

[[maybe_unused]] const bool s_openSslKeptUntilExit = madoguchi::keepOpenSslUntilProcessExit();

} // namespace
