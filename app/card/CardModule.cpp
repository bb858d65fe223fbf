#include "card/CardModule.h"

#include "card/IdentityPanel.h"

#include <QPainter>
#include <QPixmap>

namespace madoguchi {

namespace {

// Drawn in code like the shell's icons (app/icons): the icon theme is often missing on counter
// PCs and always offscreen. A card with a chip and a portrait square.
QIcon cardIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 32.0, size / 32.0);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x1f, 0x5f, 0x99));
        p.drawRoundedRect(QRectF(2, 7, 28, 19), 3, 3);
        p.setBrush(QColor(0xf2, 0xb6, 0x32));
        p.drawRoundedRect(QRectF(6, 12, 7, 6), 1, 1);
        p.setBrush(Qt::white);
        p.drawRect(QRectF(19, 11, 8, 10));
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

CardModule::CardModule(CardReaderStatus& status, AuditLog& audit, std::shared_ptr<FontCatalog> fonts,
                       StaffMember actor, QString workstation)
    : m_status(status)
    , m_audit(audit)
    , m_fonts(std::move(fonts))
    , m_actor(std::move(actor))
    , m_workstation(std::move(workstation))
{}

QString CardModule::title() const
{
    return tr("Identify by card");
}

QIcon CardModule::icon() const
{
    return cardIcon();
}

QWidget* CardModule::createPage(QWidget* parent)
{
    return new IdentityPanel(m_status, m_audit, m_fonts, m_actor, m_workstation, parent);
}

} // namespace madoguchi
