#pragma once

#include "common/Module.h"

#include <QString>

namespace madoguchi {

// The first page after sign-in: a greeting and today's date (in 和暦). Every role may open it.
class HomeModule : public Module
{
public:
    QString id() const override { return QStringLiteral("home"); }
    QString title() const override;
    QIcon icon() const override;
    Role requiredRole() const override { return Role::Clerk; }
    QWidget* createPage(QWidget* parent) override;
};

} // namespace madoguchi
