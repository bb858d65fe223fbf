#include "HomeModule.h"

#include "HomePage.h"
#include "icons/AppIcons.h"

#include <QCoreApplication>

namespace madoguchi {

QString HomeModule::title() const
{
    return QCoreApplication::translate("madoguchi::HomeModule", "Home");
}

QIcon HomeModule::icon() const
{
    return AppIcons::home();
}

QWidget* HomeModule::createPage(QWidget* parent)
{
    return new HomePage(parent);
}

} // namespace madoguchi
