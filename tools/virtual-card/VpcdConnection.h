#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace madoguchi::virtualcard {

// The card side of vpcd's socket protocol: 2-byte big-endian length + bytes, both ways.
// "Inserting" the card means connecting; "removing" it means closing the socket.
class VpcdConnection
{
public:
    VpcdConnection() = default;
    VpcdConnection(const VpcdConnection&) = delete;
    VpcdConnection& operator=(const VpcdConnection&) = delete;
    ~VpcdConnection();

    bool connectTo(const std::string& host, std::uint16_t port);
    void close();
    bool isOpen() const { return m_fd >= 0; }
    int fd() const { return m_fd; }

    // One whole message; false when vpcd closed the connection or it broke.
    bool receive(std::vector<std::uint8_t>& message);
    bool send(const std::vector<std::uint8_t>& message);

private:
    bool readExact(std::uint8_t* buffer, std::size_t size);
    void setLatencyOptions();

    int m_fd = -1;
};

} // namespace madoguchi::virtualcard
