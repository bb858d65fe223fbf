#include "PolicyCheck.h"

#include <QStringList>

namespace madoguchi {

CheckResult PolicyCheck::fromProblems(const QString& policySource, int lockedKeys,
                                      const QList<Error>& problems)
{
    CheckResult result;
    result.id = QStringLiteral("policy");
    result.title = tr("Admin policy");
    if (problems.isEmpty()) {
        result.state = CheckResult::State::Ok;
        result.detail =
            lockedKeys == 0
                ? tr("No setting is set by the admin policy (%1).").arg(policySource)
                : tr("%n setting(s) set by the admin policy (%1).", nullptr, lockedKeys).arg(policySource);
        return result;
    }
    QStringList lines;
    for (const Error& problem : problems)
        lines << problem.toString();
    result.state = CheckResult::State::Problem;
    result.detail = tr("%n entry(ies) of the admin policy are ignored: %1", nullptr, int(problems.size()))
                        .arg(lines.join(QStringLiteral("; ")));
    result.remedy = tr("Correct or remove these entries in %1 (see policy.ini.example in the installer "
                       "folder for the keys and their ranges).")
                        .arg(policySource);
    return result;
}

} // namespace madoguchi
