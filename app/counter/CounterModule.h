#pragma once

#include "common/Module.h"
#include "common/Result.h"
#include "common/StaffDirectory.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTranslator;

namespace madoguchi {

struct AppServices;

namespace counter {
class FormFiller;
class ProcedureCatalog;
class QueueService;
class SupportMeasureGuard;
class TicketSlip;
class VisitStore;
} // namespace counter

// The "Counter" page (窓口業務) for clerks: the queue, the visit being served from the ticket to
// the close, the procedure checklist, the forms and the citizen-facing screens. It needs the
// data key (personal data of visits is encrypted) and the core link (its outbox carries each
// step); ModuleCatalog adds it only when main.cpp made both.
class CounterModule : public Module
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::CounterModule)

public:
    // `services` (with its dataKey and core set) must outlive the module and its page.
    CounterModule(AppServices& services, StaffMember member);
    ~CounterModule() override;

    QString id() const override { return QStringLiteral("counter"); }
    QString title() const override;
    QIcon icon() const override;
    Role requiredRole() const override { return Role::Clerk; }
    QWidget* createPage(QWidget* parent) override;

    // Where tickets and forms are written (a temporary folder in tests); the page can change it.
    void setOutputDirectory(const QString& directory) { m_outputDirectory = directory; }
    // Why the catalog or the ticket categories could not be loaded; empty when they were.
    QString loadProblem() const { return m_loadProblem; }

private:
    AppServices& m_services;
    StaffMember m_member;
    QString m_outputDirectory;
    QString m_loadProblem;
    std::unique_ptr<counter::ProcedureCatalog> m_catalog;
    std::unique_ptr<counter::VisitStore> m_store;
    std::unique_ptr<counter::QueueService> m_queue;
    std::unique_ptr<counter::FormFiller> m_forms;
    std::unique_ptr<counter::TicketSlip> m_tickets;
    std::unique_ptr<counter::SupportMeasureGuard> m_guard;
    std::shared_ptr<QTranslator> m_japanese;
};

} // namespace madoguchi
