#include "counter/CounterModule.h"

#include "AppServices.h"
#include "TranslationLoader.h"
#include "counter/CounterPage.h"
#include "counter/CounterServices.h"

#include "common/AuditLog.h"
#include "common/DataKeyManager.h"
#include "counter/FormFiller.h"
#include "counter/ProcedureCatalog.h"
#include "counter/QueueService.h"
#include "counter/SupportMeasureGuard.h"
#include "counter/TicketCategoryLoader.h"
#include "counter/TicketSlip.h"
#include "counter/VisitStore.h"
#include "sync/CoreLink.h"

#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QStandardPaths>
#include <QTranslator>

namespace madoguchi {

namespace {

// Drawn in code like the shell's other icons: a counter with a queue ticket on it.
QIcon counterIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 32.0, size / 32.0);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2e, 0x6b, 0x3a));
        p.drawRect(QRectF(2, 20, 28, 8));
        p.setBrush(QColor(0xf2, 0xb6, 0x32));
        p.drawRoundedRect(QRectF(10, 4, 12, 14), 2, 2);
        p.setBrush(Qt::white);
        p.drawRect(QRectF(13, 8, 6, 2));
        p.drawRect(QRectF(13, 12, 6, 2));
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

CounterModule::CounterModule(AppServices& services, StaffMember member)
    : m_services(services)
    , m_member(std::move(member))
{
    m_outputDirectory =
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QStringLiteral("/Madoguchi");
    auto catalog = counter::ProcedureCatalog::load();
    if (catalog) {
        m_catalog = std::make_unique<counter::ProcedureCatalog>(std::move(catalog).value());
    } else {
        m_loadProblem = catalog.error().toString();
        m_catalog = std::make_unique<counter::ProcedureCatalog>();
    }
    auto categories = counter::TicketCategoryLoader::load();
    if (!categories && m_loadProblem.isEmpty())
        m_loadProblem = categories.error().toString();
    m_store = std::make_unique<counter::VisitStore>(services.database, *services.dataKey,
                                                    services.core->outbox(), &services.clock);
    m_queue = std::make_unique<counter::QueueService>(*m_store, categories ? categories.value()
                                                                           : counter::TicketCategories());
    m_forms = std::make_unique<counter::FormFiller>(services.fonts);
    m_tickets = std::make_unique<counter::TicketSlip>(services.fonts);
    m_guard = std::make_unique<counter::SupportMeasureGuard>(services.audit, services.staff,
                                                             services.workstationId);
    // The citizen-facing windows show every fixed phrase in both languages, whatever the
    // clerk's language: they need the Japanese catalogue of their own.
    m_japanese = std::make_shared<QTranslator>();
    if (!m_japanese->load(QStringLiteral(":/i18n/madoguchi_ja.qm")))
        m_japanese.reset();
}

CounterModule::~CounterModule() = default;

QString CounterModule::title() const
{
    return tr("Counter");
}

QIcon CounterModule::icon() const
{
    return counterIcon();
}

QWidget* CounterModule::createPage(QWidget* parent)
{
    CounterServices services{*m_store,
                             *m_queue,
                             *m_catalog,
                             *m_forms,
                             *m_tickets,
                             *m_guard,
                             *m_services.core,
                             m_services.staff,
                             m_services.audit,
                             m_services.cardStatus,
                             m_services.fonts,
                             m_japanese,
                             m_member,
                             m_services.workstationId,
                             tr("Ward office"),
                             m_outputDirectory,
                             [this] { return m_services.translations.language(); }};
    auto* page = new CounterPage(std::move(services), parent);
    if (!m_loadProblem.isEmpty())
        page->showProblem(m_loadProblem);
    return page;
}

} // namespace madoguchi
