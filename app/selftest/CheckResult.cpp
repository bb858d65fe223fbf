#include "CheckResult.h"

#include <QCoreApplication>

namespace madoguchi {

QString checkStateName(CheckResult::State state)
{
    switch (state) {
    case CheckResult::State::Ok:
        return QStringLiteral("ok");
    case CheckResult::State::Warning:
        return QStringLiteral("warning");
    case CheckResult::State::Problem:
        break;
    }
    return QStringLiteral("problem");
}

QString checkStateLabel(CheckResult::State state)
{
    switch (state) {
    case CheckResult::State::Ok:
        return QCoreApplication::translate("madoguchi::CheckResult", "OK");
    case CheckResult::State::Warning:
        return QCoreApplication::translate("madoguchi::CheckResult", "Warning");
    case CheckResult::State::Problem:
        break;
    }
    return QCoreApplication::translate("madoguchi::CheckResult", "Problem");
}

} // namespace madoguchi
