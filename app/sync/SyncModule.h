#pragma once

#include "common/Module.h"
#include "common/StaffDirectory.h"

#include <QString>

#include <functional>

namespace madoguchi {

class AuditLog;
class SecretStore;

namespace sync {
class CoreLink;
}

// The supervisors' page "Core system": connection, outbox, retries (SyncPage).
class SyncModule : public Module
{
public:
    SyncModule(sync::CoreLink& link, AuditLog& audit, SecretStore& secrets, StaffMember actor,
               QString workstation, std::function<void()> reconfigure);

    QString id() const override { return QStringLiteral("sync"); }
    QString title() const override;
    QIcon icon() const override;
    Role requiredRole() const override { return Role::Supervisor; }
    QWidget* createPage(QWidget* parent) override;

private:
    sync::CoreLink& m_link;
    AuditLog& m_audit;
    SecretStore& m_secrets;
    StaffMember m_actor;
    QString m_workstation;
    std::function<void()> m_reconfigure;
};

} // namespace madoguchi
