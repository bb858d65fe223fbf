#pragma once

#include <optional>
#include <string>
#include <vector>

namespace madoguchi::virtualcard {

// "insert 0s, remove 5s, insert 7s": when (from start) the card goes in or out.
class InsertionSchedule
{
public:
    struct Event
    {
        long long atMs = 0;
        bool insert = true;
    };

    // nullopt on a syntax error. Units: ms or s (decimals allowed, "1.5s").
    static std::optional<InsertionSchedule> parse(const std::string& text);

    bool empty() const { return m_events.empty(); }
    // Whether the card is in at the start (before any event: out when a schedule is given).
    bool insertedAt(long long elapsedMs, bool fallback) const;
    // Milliseconds until the next event after elapsedMs, or -1 when none is left.
    long long msUntilNext(long long elapsedMs) const;

private:
    std::vector<Event> m_events; // sorted by time
};

} // namespace madoguchi::virtualcard
