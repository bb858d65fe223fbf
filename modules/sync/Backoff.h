#pragma once

#include <QtGlobal>

namespace madoguchi::sync {

// Exponential backoff with "full jitter": attempt n waits a random time in
// [base * 2^(n-1) / 2, base * 2^(n-1)], capped at `max`. The jitter spreads the retries of fifty
// counters that lost the core at the same moment, so that they do not all return at once.
class Backoff
{
public:
    Backoff(int baseMs, int maxMs);

    // The wait before retry number `attempt` (1 = the first retry). A server's Retry-After
    // (ms, -1 if none) is respected as a minimum, up to `max`.
    int delayMs(int attempt, int retryAfterMs = -1) const;

private:
    int m_baseMs;
    int m_maxMs;
};

} // namespace madoguchi::sync
