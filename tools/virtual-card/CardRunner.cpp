#include "CardRunner.h"

#include "smartcard/Apdu.h"
#include "smartcard/Hex.h"
#include "smartcard/SecureWipe.h"

#include <QFile>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <utility>

namespace madoguchi::virtualcard {

namespace sc = madoguchi::smartcard;

namespace {

int g_signalPipe[2] = {-1, -1};

extern "C" void onSignal(int signo)
{
    const char code = signo == SIGUSR1 ? 'r' : signo == SIGUSR2 ? 'i' : 'q';
    const int saved = errno;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &code, 1);
    errno = saved;
}

void installSignals()
{
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
    struct sigaction sa
    {};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    for (int s : {SIGUSR1, SIGUSR2, SIGTERM, SIGINT, SIGHUP})
        sigaction(s, &sa, nullptr);
}

long long nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

} // namespace

CardRunner::CardRunner(CardProfile profile, RunnerOptions options)
    : m_profile(std::move(profile))
    , m_options(std::move(options))
    , m_counters(m_options.statePath)
{}

void CardRunner::log(const std::string& line) const
{
    std::fprintf(stderr, "madoguchi-virtual-card: %s\n", line.c_str());
}

void CardRunner::setInserted(bool inserted)
{
    if (m_wantInserted != inserted)
        log(inserted ? "insert requested" : "remove requested");
    m_wantInserted = inserted;
}

void CardRunner::readControlFifo(int fd)
{
    char buf[256];
    ssize_t n = 0;
    static std::string pending;
    while ((n = ::read(fd, buf, sizeof buf)) > 0)
        pending.append(buf, static_cast<std::size_t>(n));
    std::size_t eol = 0;
    while ((eol = pending.find('\n')) != std::string::npos) {
        const std::string line = pending.substr(0, eol);
        pending.erase(0, eol + 1);
        if (line == "insert")
            setInserted(true);
        else if (line == "remove")
            setInserted(false);
        else if (line == "quit")
            m_quit = true;
        else
            log("unknown control line ignored");
    }
}

void CardRunner::handleMessage(std::vector<std::uint8_t>& message)
{
    if (message.size() == 1) {
        switch (message[0]) {
        case 0x00: // power off
        case 0x01: // power on
        case 0x02: // reset
            m_card->resetSecurityState();
            return;
        case 0x04: // get ATR: vpcd only counts the card as present after this answer
            m_connection.send(VirtualCard::atr());
            if (!m_announced && !m_options.readyFile.isEmpty()) {
                QFile ready(m_options.readyFile);
                if (ready.open(QIODevice::WriteOnly))
                    ready.write("ready\n");
            }
            m_announced = true;
            return;
        default:
            log("unknown control message ignored");
            return;
        }
    }
    if (m_options.verbose) {
        // The redacted form: a VERIFY's PIN never reaches the log.
        auto parsed = sc::CommandApdu::parse(message);
        log("> " + (parsed.ok() ? sc::redactedHex(parsed.value()) : std::string("(malformed)")));
    }
    const std::vector<std::uint8_t> answer = m_card->transmit(message);
    sc::secureWipe(message);
    if (m_options.verbose)
        log("< " + sc::toHex(answer.data() + answer.size() - 2, 2) + " (" +
            std::to_string(answer.size() - 2) + " data bytes)");
    m_connection.send(answer);
    ++m_apdus;
    if (!m_options.apduCountFile.isEmpty()) {
        // After the answer went out, so the count costs the client no time. Tests read it to
        // prove that a card in another reader got no APDU at all.
        QFile count(m_options.apduCountFile);
        if (count.open(QIODevice::WriteOnly | QIODevice::Truncate))
            count.write(QByteArray::number(m_apdus) + '\n');
    }
    if (m_options.removeAfterApdus > 0 && m_apdus == m_options.removeAfterApdus)
        setInserted(false);
}

int CardRunner::run()
{
    installSignals();
    int fifo = -1;
    if (!m_options.controlFifo.isEmpty()) {
        // O_RDWR: the FIFO never reports end-of-file when a writer goes away.
        fifo = ::open(QFile::encodeName(m_options.controlFifo).constData(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
        if (fifo < 0)
            log("cannot open the control FIFO");
    }
    const long long start = nowMs();
    bool scheduled = m_options.schedule.insertedAt(0, true);
    m_wantInserted = scheduled;
    long long nextConnectAt = 0;
    while (!m_quit) {
        const long long elapsed = nowMs() - start;
        // The schedule acts on its own transitions only, so signals in between still count.
        const bool nowScheduled = m_options.schedule.insertedAt(elapsed, true);
        if (nowScheduled != scheduled)
            setInserted(nowScheduled);
        scheduled = nowScheduled;

        if (m_wantInserted && !m_connection.isOpen() && nowMs() >= nextConnectAt) {
            if (m_connection.connectTo(m_options.host, m_options.port)) {
                m_card = std::make_unique<VirtualCard>(m_profile, m_counters);
                m_announced = false;
                log("inserted (connected to vpcd)");
            } else {
                nextConnectAt = nowMs() + 100; // vpcd not listening yet
            }
        } else if (!m_wantInserted && m_connection.isOpen()) {
            m_connection.close();
            m_card.reset();
            log("removed");
        }

        pollfd fds[3] = {{g_signalPipe[0], POLLIN, 0}, {fifo, POLLIN, 0}, {m_connection.fd(), POLLIN, 0}};
        long long timeout = 1000;
        if (m_wantInserted && !m_connection.isOpen())
            timeout = 100;
        const long long untilEvent = m_options.schedule.msUntilNext(elapsed);
        if (untilEvent >= 0 && untilEvent < timeout)
            timeout = untilEvent;
        if (::poll(fds, 3, static_cast<int>(timeout)) < 0 && errno != EINTR)
            return 1;
        if (fds[0].revents & POLLIN) {
            char code = 0;
            while (::read(g_signalPipe[0], &code, 1) == 1) {
                if (code == 'r')
                    setInserted(false);
                else if (code == 'i')
                    setInserted(true);
                else
                    m_quit = true;
            }
        }
        if (fifo >= 0 && (fds[1].revents & POLLIN))
            readControlFifo(fifo);
        if (m_connection.isOpen() && (fds[2].revents & (POLLIN | POLLHUP | POLLERR))) {
            std::vector<std::uint8_t> message;
            if (!m_connection.receive(message)) {
                // vpcd went away (pcscd stopped): stay "inserted" and reconnect when it is back.
                log("vpcd closed the connection");
                m_connection.close();
                m_card.reset();
                nextConnectAt = nowMs() + 200;
                continue;
            }
            handleMessage(message);
        }
    }
    if (fifo >= 0)
        ::close(fifo);
    m_connection.close();
    return 0;
}

} // namespace madoguchi::virtualcard
