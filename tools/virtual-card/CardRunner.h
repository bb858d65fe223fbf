#pragma once

#include "CardProfile.h"
#include "InsertionSchedule.h"
#include "PinCounterStore.h"
#include "VirtualCard.h"
#include "VpcdConnection.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <string>

namespace madoguchi::virtualcard {

struct RunnerOptions
{
    std::string host = "127.0.0.1";
    std::uint16_t port = 35963;
    QString statePath;
    QString controlFifo;   // lines "insert", "remove", "quit"
    QString readyFile;     // touched at the first get-ATR after each insertion
    QString apduCountFile; // rewritten with the number of command APDUs after each one
    InsertionSchedule schedule;
    long long removeAfterApdus = 0; // 0 = never
    bool verbose = false;
};

// The emulator's event loop: keeps the card inserted (connected to vpcd) or removed as the
// schedule, the signals (SIGUSR1 remove, SIGUSR2 insert) and the control FIFO say, and answers
// vpcd's messages. A card is rebuilt at every insertion, reading its counters back from the
// state file like a real card re-powered.
class CardRunner
{
public:
    CardRunner(CardProfile profile, RunnerOptions options);
    int run(); // until SIGTERM/SIGINT or "quit"

private:
    void setInserted(bool inserted);
    void handleMessage(std::vector<std::uint8_t>& message);
    void readControlFifo(int fd);
    void log(const std::string& line) const;

    CardProfile m_profile;
    RunnerOptions m_options;
    PinCounterStore m_counters;
    VpcdConnection m_connection;
    std::unique_ptr<VirtualCard> m_card;
    bool m_wantInserted = true;
    bool m_announced = false; // ready file written for this insertion
    long long m_apdus = 0;
    bool m_quit = false;
};

} // namespace madoguchi::virtualcard
