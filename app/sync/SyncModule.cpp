#include "sync/SyncModule.h"

#include "sync/SyncPage.h"

#include <QApplication>
#include <QCoreApplication>
#include <QStyle>

namespace madoguchi {

SyncModule::SyncModule(sync::CoreLink& link, AuditLog& audit, SecretStore& secrets, StaffMember actor,
                       QString workstation, std::function<void()> reconfigure)
    : m_link(link)
    , m_audit(audit)
    , m_secrets(secrets)
    , m_actor(std::move(actor))
    , m_workstation(std::move(workstation))
    , m_reconfigure(std::move(reconfigure))
{}

QString SyncModule::title() const
{
    return QCoreApplication::translate("madoguchi::SyncModule", "Core system");
}

QIcon SyncModule::icon() const
{
    return QApplication::style()->standardIcon(QStyle::SP_DriveNetIcon);
}

QWidget* SyncModule::createPage(QWidget* parent)
{
    return new SyncPage(m_link, m_audit, m_secrets, m_actor, m_workstation, m_reconfigure, parent);
}

} // namespace madoguchi
