#pragma once

#include "common/Module.h"
#include "common/StaffDirectory.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace madoguchi {

class AuditLog;
class FontCatalog;
class CardReaderStatus;

// The "Identify by card" page (本人確認): reads the citizen's Individual Number Card with the
// citizen's PIN and shows the identity, the My Number masked. Every role may open it.
class CardModule : public Module
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::CardModule)

public:
    // Everything passed by reference must outlive the module and its page; `actor` is who
    // signed in (the audit records name them).
    CardModule(CardReaderStatus& status, AuditLog& audit, std::shared_ptr<FontCatalog> fonts,
               StaffMember actor, QString workstation);

    QString id() const override { return QStringLiteral("card"); }
    QString title() const override;
    QIcon icon() const override;
    Role requiredRole() const override { return Role::Clerk; }
    QWidget* createPage(QWidget* parent) override;

private:
    CardReaderStatus& m_status;
    AuditLog& m_audit;
    std::shared_ptr<FontCatalog> m_fonts;
    StaffMember m_actor;
    QString m_workstation;
};

} // namespace madoguchi
