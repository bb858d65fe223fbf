#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace madoguchi {

// The outcome of one self-test check, as shown on the diagnostics page, printed by
// `madoguchi --self-test` / `madoguchi-cli self-test` and sent to the help desk.
struct CheckResult
{
    enum class State { Ok, Warning, Problem };

    QString id;    // stable ASCII: "database", "keychain", "pcsc", "tls", "printers", "fonts", "policy"
    QString title; // translated, e.g. "Database"
    State state = State::Problem;
    QString detail; // translated: what was found
    QString remedy; // translated: what to do (empty when nothing needs doing)
};

// Stable ASCII names used in JSON output: "ok", "warning", "problem".
QString checkStateName(CheckResult::State state);
// Translated words for people: "OK", "Warning", "Problem".
QString checkStateLabel(CheckResult::State state);

} // namespace madoguchi

Q_DECLARE_METATYPE(madoguchi::CheckResult)
