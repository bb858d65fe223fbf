#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace madoguchi::counter {

// Passing a visit on: to another counter (its counter id), to a department (any of its counters
// may call it), or both. The note tells the next clerk what is left; it is free text, stored
// encrypted and never sent to the core. Procedures named here are marked handed off.
struct HandOff
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::counter::HandOff)

public:
    QString toCounter;
    QString toDepartment;
    QString note;
    QStringList procedureIds;

    static constexpr int maxNoteLength = 1000;

    // counter.handOff.invalid: no target, a target that is not an id (letters, digits, '.', '_',
    // '-', up to 64), the counter handing off as the only target, a note over maxNoteLength;
    // counter.handOff.myNumber: a My Number typed into the note.
    Status validate(const QString& fromCounter) const;

    static bool isPlaceId(const QString& text);
};

} // namespace madoguchi::counter
