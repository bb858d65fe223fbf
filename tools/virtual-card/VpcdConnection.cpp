#include "VpcdConnection.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>

namespace madoguchi::virtualcard {

namespace {
// vpcd has no timeouts of its own; neither side may wait forever for the rest of a message.
constexpr int kMessageTimeoutMs = 10000;
} // namespace

VpcdConnection::~VpcdConnection()
{
    close();
}

bool VpcdConnection::connectTo(const std::string& host, std::uint16_t port)
{
    close();
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    if (inet_pton(AF_INET, host.c_str(), &addr.sin_addr) != 1)
        return false;
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    if (::connect(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return false;
    }
    m_fd = fd;
    setLatencyOptions();
    return true;
}

void VpcdConnection::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

void VpcdConnection::setLatencyOptions()
{
    // Debian 12's vpcd writes the length and the payload separately. TCP_QUICKACK is not
    // sticky (the kernel clears it again), so it is set before every read; without it each
    // APDU waits ~40 ms for a delayed ACK. TCP_NODELAY does the same for our own replies.
    const int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
}

bool VpcdConnection::readExact(std::uint8_t* buffer, std::size_t size)
{
    std::size_t done = 0;
    while (done < size) {
        setLatencyOptions();
        pollfd p{m_fd, POLLIN, 0};
        const int ready = ::poll(&p, 1, kMessageTimeoutMs);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            return false;
        const ssize_t n = ::recv(m_fd, buffer + done, size - done, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

bool VpcdConnection::receive(std::vector<std::uint8_t>& message)
{
    if (m_fd < 0)
        return false;
    std::uint8_t header[2];
    if (!readExact(header, 2))
        return false;
    message.assign(static_cast<std::size_t>(header[0] << 8 | header[1]), 0);
    return message.empty() || readExact(message.data(), message.size());
}

bool VpcdConnection::send(const std::vector<std::uint8_t>& message)
{
    if (m_fd < 0 || message.size() > 0xFFFF)
        return false;
    // One write for header and payload: the peer then never waits for a second segment.
    std::vector<std::uint8_t> frame{static_cast<std::uint8_t>(message.size() >> 8),
                                    static_cast<std::uint8_t>(message.size() & 0xFF)};
    frame.insert(frame.end(), message.begin(), message.end());
    std::size_t done = 0;
    while (done < frame.size()) {
        const ssize_t n = ::send(m_fd, frame.data() + done, frame.size() - done, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += static_cast<std::size_t>(n);
    }
    return true;
}

} // namespace madoguchi::virtualcard
