// 50 simulated counters against a running madoguchi-core-sim over mutual TLS, for a number of
// seconds: throughput, latency percentiles and errors. Each counter is a thread with its own
// keep-alive TLS connection (cpp-httplib's client, so that the client side is not the limit),
// doing what a counter does: look a resident up by id, search by name and birth date, and
// commit the transactions of a visit (five per visit, in sequence).
//
// Run it against a fresh server with the test wrapper, which also makes the PKI:
//   tests/scripts/with-core-sim.sh --bin build/release/bin/madoguchi-core-sim --seed 10000
//     --timeout 600 -- build/release/bin/bench_coresim --seconds 60   (one command line)
// Options: --seconds N (default 20), --counters N (default 50). The server and PKI come from
// MADOGUCHI_CORESIM_URL and MADOGUCHI_CORESIM_PKI. Target on loopback: 0 errors, p99 < 100 ms.
#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

std::string env(const char* name)
{
    const char* value = std::getenv(name);
    return value ? value : "";
}

std::string uuid(std::mt19937_64& random)
{
    static const char* hex = "0123456789abcdef";
    std::string text = "xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx";
    for (char& c : text) {
        if (c == 'x')
            c = hex[random() % 16];
    }
    return text;
}

struct Sample
{
    double ms;
    int kind; // 0 lookup, 1 search, 2 commit
};

struct Totals
{
    std::mutex mutex;
    std::vector<Sample> samples;
    std::vector<std::string> errors;
};

void counter(int index, const std::string& host, int port, const std::string& pki, Clock::time_point end,
             Totals& totals)
{
    const std::string name = "counter-0" + std::to_string(1 + index % 3);
    httplib::SSLClient client(host, port, pki + "/" + name + ".crt", pki + "/" + name + ".key");
    client.set_ca_cert_path((pki + "/ca.crt").c_str());
    client.enable_server_certificate_verification(true);
    client.set_keep_alive(true);
    client.set_tcp_nodelay(true);
    client.set_read_timeout(30);
    std::mt19937_64 random(std::uint64_t(index) * 7919u + 1u);
    std::vector<Sample> samples;
    std::vector<std::string> errors;
    static const char* searches[] = {R"({"name":"高橋","birthDate":"1975-04-01"})",
                                     R"({"name":"葛城","birthDate":"1990-08-08"})",
                                     R"({"name":"やまだ たろう","birthDate":"1980-02-17"})"};
    std::string visit = uuid(random);
    int sequence = 0;
    for (long step = 0; Clock::now() < end; ++step) {
        const int kind = int(step % 3);
        const auto started = Clock::now();
        httplib::Result result{nullptr, httplib::Error::Unknown};
        int expected = 200;
        if (kind == 0) {
            char id[16];
            std::snprintf(id, sizeof id, "KT%07d", 1 + int(random() % 11));
            result = client.Get((std::string("/v1/residents/") + id).c_str());
        } else if (kind == 1) {
            result = client.Post("/v1/residents/search", searches[random() % 3], "application/json");
        } else {
            if (sequence == 5) {
                visit = uuid(random);
                sequence = 0;
            }
            ++sequence;
            const std::string body =
                R"({"visitId":")" + visit + R"(","sequence":)" + std::to_string(sequence) +
                R"(,"committedAt":"2026-11-27T10:00:00+09:00","items":[{"kind":"certificateIssued",)"
                R"("certificateType":"juminhyo","copies":1},{"kind":"feePaid","amountYen":300,)"
                R"("method":"cash"}]})";
            httplib::Headers headers{{"Idempotency-Key", uuid(random)}};
            result = client.Post("/v1/transactions", headers, body, "application/json");
            expected = 201;
        }
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - started).count();
        if (!result || result->status != expected) {
            errors.push_back(result ? "HTTP " + std::to_string(result->status) + " " +
                                          result->body.substr(0, 120)
                                    : "transport error " + httplib::to_string(result.error()));
        }
        samples.push_back({ms, kind});
    }
    std::lock_guard<std::mutex> lock(totals.mutex);
    totals.samples.insert(totals.samples.end(), samples.begin(), samples.end());
    totals.errors.insert(totals.errors.end(), errors.begin(), errors.end());
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(p * double(values.size())))];
}

} // namespace

int main(int argc, char* argv[])
{
    int seconds = 20;
    int counters = 50;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string option = argv[i];
        if (option == "--seconds")
            seconds = std::atoi(argv[i + 1]);
        else if (option == "--counters")
            counters = std::atoi(argv[i + 1]);
    }
    const std::string url = env("MADOGUCHI_CORESIM_URL");
    const std::string pki = env("MADOGUCHI_CORESIM_PKI");
    const std::size_t colon = url.rfind(':');
    if (url.rfind("https://", 0) != 0 || colon == std::string::npos || pki.empty()) {
        std::fprintf(stderr, "bench_coresim: set MADOGUCHI_CORESIM_URL and MADOGUCHI_CORESIM_PKI "
                             "(run it through tests/scripts/with-core-sim.sh)\n");
        return 2;
    }
    const std::string host = url.substr(8, colon - 8);
    const int port = std::atoi(url.c_str() + colon + 1);

    Totals totals;
    const auto start = Clock::now();
    const auto end = start + std::chrono::seconds(seconds);
    std::vector<std::thread> threads;
    for (int i = 0; i < counters; ++i)
        threads.emplace_back(counter, i, host, port, pki, end, std::ref(totals));
    for (std::thread& t : threads)
        t.join();
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();

    std::printf("core-sim under %d concurrent counters for %.1f s (mutual TLS, keep-alive)\n", counters,
                elapsed);
    std::printf("%-12s %9s %10s %9s %9s %9s %9s\n", "request", "count", "per s", "p50 ms", "p95 ms", "p99 ms",
                "max ms");
    const char* names[] = {"lookup", "search", "commit", "all"};
    for (int kind = 0; kind < 4; ++kind) {
        std::vector<double> values;
        for (const Sample& s : totals.samples) {
            if (kind == 3 || s.kind == kind)
                values.push_back(s.ms);
        }
        std::printf("%-12s %9zu %10.1f %9.2f %9.2f %9.2f %9.2f\n", names[kind], values.size(),
                    double(values.size()) / elapsed, percentile(values, 0.50), percentile(values, 0.95),
                    percentile(values, 0.99),
                    values.empty() ? 0.0 : *std::max_element(values.begin(), values.end()));
    }
    std::printf("errors: %zu\n", totals.errors.size());
    for (std::size_t i = 0; i < totals.errors.size() && i < 5; ++i)
        std::printf("  %s\n", totals.errors[i].c_str());
    return totals.errors.empty() ? 0 : 1;
}
