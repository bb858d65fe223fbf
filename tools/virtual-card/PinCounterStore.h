#pragma once

#include <QString>

#include <map>
#include <string>

namespace madoguchi::virtualcard {

// The tries-left counters of the card's secrets. A real card keeps them in EEPROM, so they
// must outlive a removed card and a restarted emulator: with a state file every change is
// written at once (atomically), and a card built later reads it back.
class PinCounterStore
{
public:
    // statePath empty: counters live in memory only (still shared by later insertions).
    explicit PinCounterStore(QString statePath);

    // The stored counter, or initial when the state file has none yet.
    int triesLeft(const std::string& counterId, int initial) const;
    void setTriesLeft(const std::string& counterId, int tries);

private:
    void load();
    void save() const;

    QString m_statePath;
    std::map<std::string, int> m_tries;
};

} // namespace madoguchi::virtualcard
