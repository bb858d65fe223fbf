#pragma once

#include "counter/ConditionTerm.h"

#include <QList>
#include <QStringList>

namespace madoguchi::counter {

// Three-valued: a condition over a fact nobody has given yet is Unknown, not false, so that the
// navigator asks before it offers or drops a procedure.
enum class Truth { False, True, Unknown };

struct ConditionOutcome
{
    Truth truth = Truth::True;
    // True or False: the comparisons that decided it, each stated as it holds (see ConditionTerm).
    QList<ConditionTerm> terms;
    // Unknown: the facts whose answers could decide it, in the order the condition names them.
    QStringList missing;
};

} // namespace madoguchi::counter
