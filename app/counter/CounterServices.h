#pragma once

#include "common/StaffDirectory.h"
#include "documents/FontCatalog.h"

#include <QString>

#include <functional>
#include <memory>

class QTranslator;

namespace madoguchi {

class AuditLog;
class CardReaderStatus;

namespace sync {
class CoreLink;
}

namespace counter {
class FormFiller;
class ProcedureCatalog;
class QueueService;
class SupportMeasureGuard;
class TicketSlip;
class VisitStore;
} // namespace counter

// What the counter page works with, built by CounterModule from the shell's services. Every
// reference outlives the page.
struct CounterServices
{
    counter::VisitStore& store;
    counter::QueueService& queue;
    const counter::ProcedureCatalog& catalog;
    const counter::FormFiller& forms;
    const counter::TicketSlip& tickets;
    counter::SupportMeasureGuard& guard;
    sync::CoreLink& core;
    StaffDirectory& staff;
    AuditLog& audit;
    CardReaderStatus* cardStatus = nullptr; // null: no card reader service (manual only)
    std::shared_ptr<FontCatalog> fonts;
    std::shared_ptr<const QTranslator> japanese; // for the citizen-facing windows
    StaffMember member;                          // who signed in: the clerk of every step
    QString counterId;                           // this PC's workstation id
    QString wardName;                            // printed on ticket slips and forms
    QString outputDirectory;                     // where tickets and forms are written as PDF
    std::function<QString()> language;           // the clerk's UI language ("ja", "en")
};

} // namespace madoguchi
