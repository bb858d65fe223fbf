#include "counter/HandOff.h"

#include "common/MyNumber.h"

#include <QRegularExpression>

namespace madoguchi::counter {

bool HandOff::isPlaceId(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return shape.match(text).hasMatch();
}

Status HandOff::validate(const QString& fromCounter) const
{
    const QString code = QStringLiteral("counter.handOff.invalid");
    if (toCounter.isEmpty() && toDepartment.isEmpty())
        return makeError(code, tr("Say where the visit goes: another counter, a department, or both."),
                         QStringLiteral("toCounter"));
    if (!toCounter.isEmpty() && !isPlaceId(toCounter))
        return makeError(code, tr("\"%1\" is not a counter id.").arg(toCounter), QStringLiteral("toCounter"));
    if (!toDepartment.isEmpty() && !isPlaceId(toDepartment))
        return makeError(code, tr("\"%1\" is not a department id.").arg(toDepartment),
                         QStringLiteral("toDepartment"));
    if (toDepartment.isEmpty() && toCounter == fromCounter)
        return makeError(code, tr("A visit cannot be handed off to the counter that serves it."),
                         QStringLiteral("toCounter"));
    if (note.size() > maxNoteLength)
        return makeError(code, tr("The note is longer than %1 characters.").arg(maxNoteLength),
                         QStringLiteral("note"));
    if (MyNumber::containsCandidate(note))
        return makeError(QStringLiteral("counter.handOff.myNumber"),
                         tr("A My Number (or another 12-digit number) must not be written into the note: it "
                            "would be stored."),
                         QStringLiteral("note"));
    return {};
}

} // namespace madoguchi::counter
