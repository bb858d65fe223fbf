#pragma once

#include "WriteLock.h"

#include "common/Database.h"
#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace madoguchi::coresim {

struct SlipOutcome
{
    enum class Kind { Created, Replayed, Conflict };
    Kind kind = Kind::Created;
    QByteArray slip; // the Slip JSON as stored
};

// The registry of payment slips issued at counters. The slip number is the natural key: the
// same number with the same body is a replay, with another body a conflict.
class SlipStore
{
public:
    SlipStore(const Database& database, WriteLock& writeLock);

    // Checks a SlipRegistration body strictly (validation-error naming the field).
    static Status validate(const QJsonObject& body);
    Result<SlipOutcome> registerSlip(const QString& counterId, const QJsonObject& body);
    // The stored Slip JSON, or not-found.
    Result<QByteArray> slip(const QString& slipNumber);

private:
    const Database& m_database;
    WriteLock& m_writeLock;
};

} // namespace madoguchi::coresim
