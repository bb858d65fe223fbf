#include "StaffModule.h"

#include "StaffPage.h"
#include "icons/AppIcons.h"

#include <QCoreApplication>

namespace madoguchi {

StaffModule::StaffModule(StaffDirectory& staff, StaffMember actor)
    : m_staff(staff)
    , m_actor(std::move(actor))
{}

QString StaffModule::title() const
{
    return QCoreApplication::translate("madoguchi::StaffModule", "Staff accounts");
}

QIcon StaffModule::icon() const
{
    return AppIcons::staff();
}

QWidget* StaffModule::createPage(QWidget* parent)
{
    return new StaffPage(m_staff, m_actor, parent);
}

} // namespace madoguchi
