#include "sync/Backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace madoguchi::sync {

Backoff::Backoff(int baseMs, int maxMs)
    : m_baseMs(std::max(1, baseMs))
    , m_maxMs(std::max(m_baseMs, maxMs))
{}

int Backoff::delayMs(int attempt, int retryAfterMs) const
{
    const int shift = std::clamp(attempt - 1, 0, 20);
    const qint64 ceiling = std::min<qint64>(qint64(m_baseMs) << shift, m_maxMs);
    const qint64 floor = ceiling / 2;
    qint64 delay = floor + qint64(QRandomGenerator::global()->bounded(quint64(ceiling - floor + 1)));
    if (retryAfterMs >= 0)
        delay = std::max<qint64>(delay, std::min<qint64>(retryAfterMs, m_maxMs));
    return int(delay);
}

} // namespace madoguchi::sync
