#include "common/TimeOrderedUuid.h"

#include <QRandomGenerator>

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>

namespace madoguchi::TimeOrderedUuid {

namespace {

// The last time stamp handed out by this process: the 48 bits of milliseconds and the 12 bits
// of fraction as one number.
std::atomic<std::uint64_t> lastStamp{0};

// `unixNs`: nanoseconds since the epoch. The 12 bits after the milliseconds are the fraction
// of the millisecond (in 1/4096). Two ids made within the same 1/4096 ms, or after the clock
// stepped back, take the last stamp + 1 instead (RFC 9562 §6.2): the ids of one process sort in
// the order they were made.
QUuid fromNanoseconds(std::int64_t unixNs, bool monotonic)
{
    std::uint64_t stamp = (static_cast<std::uint64_t>(unixNs / 1000000) << 12) |
                          static_cast<std::uint64_t>(((unixNs % 1000000) * 4096) / 1000000);
    if (monotonic) {
        std::uint64_t last = lastStamp.load(std::memory_order_relaxed);
        std::uint64_t next = 0;
        do {
            next = stamp > last ? stamp : last + 1;
        } while (!lastStamp.compare_exchange_weak(last, next, std::memory_order_relaxed));
        stamp = next;
    }
    const std::uint64_t ms = stamp >> 12;
    const std::uint64_t fraction = stamp & 0xfff;
    std::array<quint32, 2> random{};
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    std::array<uchar, 16> bytes{};
    for (int i = 0; i < 6; ++i)
        bytes[std::size_t(i)] = uchar(ms >> (8 * (5 - i)));
    bytes[6] = uchar(0x70 | ((fraction >> 8) & 0x0f)); // version 7
    bytes[7] = uchar(fraction & 0xff);
    const std::uint64_t tail = (std::uint64_t(random[0]) << 32) | random[1];
    for (int i = 0; i < 8; ++i)
        bytes[std::size_t(8 + i)] = uchar(tail >> (8 * (7 - i)));
    bytes[8] = uchar(0x80 | (bytes[8] & 0x3f)); // variant 10 (RFC 9562)
    return QUuid::fromRfc4122(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
}

} // namespace

QUuid create()
{
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    return fromNanoseconds(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count(), true);
}

QString createString()
{
    return create().toString(QUuid::WithoutBraces);
}

QUuid createAt(const QDateTime& at)
{
    return fromNanoseconds(at.toMSecsSinceEpoch() * 1000000, false);
}

QDateTime timeOf(const QUuid& id)
{
    // QUuid::version() of Qt 6.4 knows versions 1 to 5 only: the version nibble is read here.
    if (id.isNull() || (id.data3 >> 12) != 7 || id.variant() != QUuid::DCE)
        return {};
    const QByteArray bytes = id.toRfc4122();
    qint64 ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | qint64(uchar(bytes.at(i)));
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace madoguchi::TimeOrderedUuid
