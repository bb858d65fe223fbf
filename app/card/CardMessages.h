#pragma once

#include <QCoreApplication>
#include <QString>

namespace madoguchi {

struct CardFailure;

// The sentences the clerk reads when a card request fails: what happened and what to do.
// The cases the counter meets every day have their own tr() text; everything else reuses
// CardFailure::message() in the language on screen. Never a PIN, never personal data.
class CardMessages
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::CardMessages)

public:
    static QString forFailure(const CardFailure& failure);
    // The citizen's PIN is blocked (also what a 0 from the tries query means).
    static QString pinBlocked();
    static QString wrongPin(int triesLeft);
    // "2 tries left" / "1 try left" (残り2回).
    static QString triesLeft(int tries);
};

} // namespace madoguchi
