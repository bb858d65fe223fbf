#pragma once

#include "CheckResult.h"

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace madoguchi {

// Does the admin policy (policy.ini / HKLM\Software\Policies\Madoguchi) hold only keys the
// application understands? A bad entry is ignored by Settings, so the lock the admin meant to
// set is not in force: that is a problem IT must see, with the file, line and key.
class PolicyCheck
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::PolicyCheck)

public:
    static CheckResult fromProblems(const QString& policySource, int lockedKeys,
                                    const QList<Error>& problems);
};

} // namespace madoguchi
