#pragma once

#include "CheckResult.h"

#include <QJsonDocument>
#include <QList>
#include <QString>

namespace madoguchi {

// Text for people: one line per check, "[OK] Database — Opened ... What to do: ...".
QString formatReport(const QList<CheckResult>& results);

// For scripts (documented in docs/cli.md):
// {"ok": bool, "problems": n, "warnings": n,
//  "checks": [{"id", "title", "state": "ok"|"warning"|"problem", "detail", "remedy"}]}
QJsonDocument toJson(const QList<CheckResult>& results);

// 0 when no check reports a Problem (warnings do not fail), 1 otherwise.
int exitCodeFor(const QList<CheckResult>& results);

} // namespace madoguchi
