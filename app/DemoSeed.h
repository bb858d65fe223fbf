#pragma once

#include "common/Result.h"
#include "common/Role.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace madoguchi {

class StaffDirectory;

// `madoguchi --demo`: on an empty staff table, creates one account per role with a published
// password, so that a demonstration or a training session starts at the login window instead
// of the first-run dialog. Never used without --demo; never touches a table that has accounts.
class DemoSeed
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::DemoSeed)

public:
    struct Account
    {
        QString login;
        Role role;
    };

    // demo-admin, demo-super, demo-clerk.
    static QList<Account> accounts();
    // Public on purpose (README, login window): demo data only, never a real ward's.
    static QString password();
    // The account the login window suggests.
    static QString hintLogin();

    // Creates the demo accounts when `demoMode` is set and no account exists yet. Returns
    // whether it created them.
    static Result<bool> seed(StaffDirectory& staff, bool demoMode);
    // Whether the demo accounts exist (the login hint is shown only then).
    static bool present(const StaffDirectory& staff);
    // The lines printed once after seeding.
    static QString credentialsText();
};

} // namespace madoguchi
