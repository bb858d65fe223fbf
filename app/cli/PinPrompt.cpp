#include "PinPrompt.h"

#include <array>
#include <cstdio>
#include <optional>

#ifdef _WIN32
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace madoguchi {

namespace {

// Far above any PIN (4 digits; the signing password has at most 16): a longer line is not a
// PIN, and refusing it keeps the buffer fixed so it never reallocates and leaves copies.
constexpr std::size_t kMaxPin = 64;

int readByte(char* c)
{
#ifdef _WIN32
    return _read(0, c, 1);
#else
    return static_cast<int>(::read(STDIN_FILENO, c, 1));
#endif
}

// Terminal echo off for the lifetime of the object, restored on every way out. On Windows
// the console mode (only built there by the lead's cross-check; Linux is what CI runs).
class EchoOff
{
public:
    EchoOff()
    {
#ifdef _WIN32
        HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
        DWORD mode = 0;
        if (GetConsoleMode(in, &mode)) {
            m_saved = mode;
            m_changed = SetConsoleMode(in, mode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT)) != 0;
        }
#else
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            // ICANON stays: the line discipline still handles backspace; ECHONL shows the Enter.
            quiet.c_lflag |= ECHONL;
            m_changed = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
        if (!m_changed)
            return;
#ifdef _WIN32
        SetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), m_saved);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    bool m_changed = false;
#ifdef _WIN32
    DWORD m_saved = 0;
#else
    termios m_saved{};
#endif
};

} // namespace

bool PinPrompt::stdinIsTerminal()
{
#ifdef _WIN32
    return _isatty(0) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

PinPrompt::Outcome PinPrompt::read(const std::string& prompt, std::string* pin)
{
    const bool terminal = stdinIsTerminal();
    std::optional<EchoOff> echoOff;
    if (terminal) {
        std::fputs(prompt.c_str(), stderr);
        std::fflush(stderr);
        echoOff.emplace();
    }

    std::array<char, kMaxPin + 1> buffer{};
    std::size_t length = 0;
    bool gotAny = false;
    bool tooLong = false;
    char c = 0;
    while (readByte(&c) == 1) {
        gotAny = true;
        if (c == '\n')
            break;
        if (c == '\r') // Windows line ends, and files written there
            continue;
        if (length < kMaxPin)
            buffer[length++] = c;
        else
            tooLong = true; // keep reading to the line end, drop the rest
    }
    c = 0;

    Outcome outcome = Outcome::Ok;
    if (!gotAny)
        outcome = Outcome::NoInput;
    else if (tooLong)
        outcome = Outcome::TooLong;
    else {
        pin->reserve(kMaxPin); // one allocation: assign() below cannot reallocate
        pin->assign(buffer.data(), length);
    }
    // Through a volatile pointer, so the compiler cannot drop the stores as dead.
    volatile char* wipe = buffer.data();
    for (std::size_t i = 0; i < buffer.size(); ++i)
        wipe[i] = 0;
    return outcome;
}

} // namespace madoguchi
