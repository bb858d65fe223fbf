#include "InsertionSchedule.h"

#include <algorithm>
#include <cstdlib>
#include <sstream>

namespace madoguchi::virtualcard {

std::optional<InsertionSchedule> InsertionSchedule::parse(const std::string& text)
{
    InsertionSchedule schedule;
    std::stringstream items(text);
    std::string item;
    while (std::getline(items, item, ',')) {
        std::stringstream words(item);
        std::string verb;
        std::string when;
        if (!(words >> verb >> when) || (verb != "insert" && verb != "remove"))
            return std::nullopt;
        double factor = 1000.0;
        if (when.size() > 2 && when.compare(when.size() - 2, 2, "ms") == 0) {
            factor = 1.0;
            when.resize(when.size() - 2);
        } else if (!when.empty() && when.back() == 's') {
            when.pop_back();
        } else {
            return std::nullopt;
        }
        char* end = nullptr;
        const double value = std::strtod(when.c_str(), &end);
        if (when.empty() || *end != '\0' || value < 0)
            return std::nullopt;
        schedule.m_events.push_back({static_cast<long long>(value * factor), verb == "insert"});
    }
    std::stable_sort(schedule.m_events.begin(), schedule.m_events.end(),
                     [](const Event& a, const Event& b) { return a.atMs < b.atMs; });
    return schedule;
}

bool InsertionSchedule::insertedAt(long long elapsedMs, bool fallback) const
{
    bool inserted = m_events.empty() ? fallback : false;
    for (const Event& e : m_events)
        if (e.atMs <= elapsedMs)
            inserted = e.insert;
    return inserted;
}

long long InsertionSchedule::msUntilNext(long long elapsedMs) const
{
    for (const Event& e : m_events)
        if (e.atMs > elapsedMs)
            return e.atMs - elapsedMs;
    return -1;
}

} // namespace madoguchi::virtualcard
