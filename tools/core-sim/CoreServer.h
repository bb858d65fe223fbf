#pragma once

#include "CoreSimOptions.h"

#include "common/Database.h"
#include "common/Result.h"

#include <memory>

namespace madoguchi::coresim {

class AccessLog;

// The HTTPS server: cpp-httplib's SSLServer with mutual TLS (TLS 1.2 or later, a client
// certificate from the ward CA required), the routes of docs/api/openapi.yaml, a thread pool,
// the access log and the test-only failure knobs. start() binds, run() serves until stop()
// (callable from any thread): the listening socket closes, requests in flight finish, then
// run() returns.
class CoreServer
{
public:
    CoreServer(const CoreSimOptions& options, const Database& database, AccessLog& log);
    ~CoreServer();
    CoreServer(const CoreServer&) = delete;
    CoreServer& operator=(const CoreServer&) = delete;

    Status start();
    int port() const;
    void run();
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace madoguchi::coresim
