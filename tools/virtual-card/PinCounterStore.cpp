#include "PinCounterStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>
#include <utility>

namespace madoguchi::virtualcard {

PinCounterStore::PinCounterStore(QString statePath)
    : m_statePath(std::move(statePath))
{
    load();
}

int PinCounterStore::triesLeft(const std::string& counterId, int initial) const
{
    const auto it = m_tries.find(counterId);
    return it == m_tries.end() ? initial : it->second;
}

void PinCounterStore::setTriesLeft(const std::string& counterId, int tries)
{
    // A success on a full counter changes nothing: no write (QSaveFile's fsync costs
    // milliseconds per VERIFY, which would swamp the round trips the benchmark measures).
    const auto it = m_tries.find(counterId);
    if (it != m_tries.end() && it->second == tries)
        return;
    m_tries[counterId] = tries;
    save();
}

void PinCounterStore::load()
{
    if (m_statePath.isEmpty())
        return;
    QFile file(m_statePath);
    if (!file.open(QIODevice::ReadOnly))
        return; // a new card: the profile's counters apply
    const QJsonObject counters = QJsonDocument::fromJson(file.readAll()).object();
    for (auto it = counters.begin(); it != counters.end(); ++it)
        m_tries[it.key().toStdString()] = it.value().toInt();
}

void PinCounterStore::save() const
{
    if (m_statePath.isEmpty())
        return;
    QJsonObject counters;
    for (const auto& [id, tries] : m_tries)
        counters.insert(QString::fromStdString(id), tries);
    // QSaveFile renames into place: a card pulled (process killed) mid-write never leaves a
    // half-written file that would reset the counters.
    QSaveFile file(m_statePath);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(counters).toJson()) < 0 ||
        !file.commit())
        std::fprintf(stderr, "madoguchi-virtual-card: cannot write the state file\n");
}

} // namespace madoguchi::virtualcard
