#pragma once

#include "common/Role.h"

#include <QIcon>
#include <QString>

class QWidget;

namespace madoguchi {

// A feature area hosted by the main window shell (counter, certificates, payments, ...).
// Modules are built in main.cpp with the services they need and handed to the shell; the
// shell asks each one for its page only when the signed-in staff member may see it.
class Module
{
public:
    virtual ~Module() = default;

    virtual QString id() const = 0;    // stable, e.g. "diagnostics"
    virtual QString title() const = 0; // translated, shown in the navigation list
    virtual QIcon icon() const = 0;
    virtual Role requiredRole() const = 0; // the lowest role that may open the page
    // Creates the page; the shell owns it (parented to `parent`).
    virtual QWidget* createPage(QWidget* parent) = 0;
};

} // namespace madoguchi
