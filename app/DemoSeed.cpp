#include "DemoSeed.h"

#include "common/StaffDirectory.h"

namespace madoguchi {

QList<DemoSeed::Account> DemoSeed::accounts()
{
    return {{QStringLiteral("demo-admin"), Role::Admin},
            {QStringLiteral("demo-super"), Role::Supervisor},
            {QStringLiteral("demo-clerk"), Role::Clerk}};
}

QString DemoSeed::password()
{
    return QStringLiteral("madoguchi-demo");
}

QString DemoSeed::hintLogin()
{
    return QStringLiteral("demo-clerk");
}

Result<bool> DemoSeed::seed(StaffDirectory& staff, bool demoMode)
{
    if (!demoMode)
        return false;
    auto existing = staff.listAccounts();
    if (!existing)
        return existing.error();
    if (!existing.value().isEmpty())
        return false;
    for (const Account& account : accounts()) {
        QString name;
        switch (account.role) {
        case Role::Admin:
            name = tr("Demo Administrator");
            break;
        case Role::Supervisor:
            name = tr("Demo Supervisor");
            break;
        case Role::Clerk:
            name = tr("Demo Clerk");
            break;
        }
        if (auto created = staff.createAccount(account.login, name, account.role, password()); !created)
            return created.error();
    }
    return true;
}

bool DemoSeed::present(const StaffDirectory& staff)
{
    return staff.find(hintLogin()).ok();
}

QString DemoSeed::credentialsText()
{
    QString text = tr("Demo accounts (password %1):").arg(password()) + u'\n';
    for (const Account& account : accounts())
        text += QStringLiteral("  %1 (%2)\n").arg(account.login, roleName(account.role));
    return text;
}

} // namespace madoguchi
