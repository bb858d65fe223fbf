#pragma once

#include "common/Module.h"
#include "common/StaffDirectory.h"

namespace madoguchi {

// Staff accounts (職員アカウント): administrators create accounts, reset passwords, change
// roles, disable and unlock them. Every change is made in the signed-in admin's name.
class StaffModule : public Module
{
public:
    // `staff` must outlive the module; `actor` is the member who signed in.
    StaffModule(StaffDirectory& staff, StaffMember actor);

    QString id() const override { return QStringLiteral("staff"); }
    QString title() const override;
    QIcon icon() const override;
    Role requiredRole() const override { return Role::Admin; }
    QWidget* createPage(QWidget* parent) override;

private:
    StaffDirectory& m_staff;
    StaffMember m_actor;
};

} // namespace madoguchi
