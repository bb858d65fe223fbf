#include "card/MyNumberField.h"

#include "common/MyNumber.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace madoguchi {

namespace {

constexpr int kRevealMs = 30000;

// "1234 5678 9018": grouped 4-4-4 as on the card, easier to read out and compare.
QString grouped(const QString& number)
{
    return number.size() == 12 ? number.left(4) + u' ' + number.mid(4, 4) + u' ' + number.mid(8) : number;
}

} // namespace

MyNumberField::MyNumberField(AuditHook audit, QWidget* parent)
    : QWidget(parent)
    , m_audit(std::move(audit))
{
    setObjectName(QStringLiteral("myNumberField"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_value = new QLabel(this);
    m_value->setObjectName(QStringLiteral("myNumberValue"));
    m_value->setTextFormat(Qt::PlainText);
    // Wide enough for the masked form from the start, so that nothing moves when a number comes.
    m_value->setMinimumWidth(m_value->fontMetrics().horizontalAdvance(QStringLiteral("●●●● ●●●● 0000  ")));
    // Not selectable: a revealed number must not go to the clipboard by a stray drag.
    m_reveal = new QPushButton(this);
    m_reveal->setObjectName(QStringLiteral("myNumberReveal"));
    layout->addWidget(m_value);
    layout->addWidget(m_reveal);
    layout->addStretch();
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kRevealMs);
    connect(m_timer, &QTimer::timeout, this, &MyNumberField::mask);
    connect(m_reveal, &QPushButton::clicked, this, [this] { m_revealed ? mask() : reveal(); });
    refresh();
}

MyNumberField::~MyNumberField()
{
    clear();
}

void MyNumberField::setRevealMilliseconds(int ms)
{
    m_timer->setInterval(ms);
}

int MyNumberField::revealMilliseconds() const
{
    return m_timer->interval();
}

void MyNumberField::setNumber(const QString& number)
{
    m_number = number;
    m_revealed = false;
    m_timer->stop();
    refresh();
}

void MyNumberField::clear()
{
    // QString cannot be wiped reliably (CardIdentity.h); overwrite our buffer at least.
    if (!m_number.isEmpty())
        m_number.fill(QLatin1Char('0'));
    m_number.clear();
    m_revealed = false;
    m_timer->stop();
    refresh();
}

void MyNumberField::reveal()
{
    if (m_number.isEmpty() || m_revealed)
        return;
    // The record first: a reveal that cannot be audited does not happen.
    const Status written =
        m_audit ? m_audit()
                : Status(makeError(QStringLiteral("audit.missing"), tr("No audit log is available.")));
    if (!written) {
        Q_EMIT revealRefused(tr("The number is not shown because the audit record could not be written: %1")
                                 .arg(written.error().toString()));
        return;
    }
    m_revealed = true;
    m_timer->start();
    refresh();
    Q_EMIT revealed();
}

void MyNumberField::mask()
{
    m_revealed = false;
    m_timer->stop();
    refresh();
}

QString MyNumberField::displayedText() const
{
    return m_value->text();
}

void MyNumberField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void MyNumberField::refresh()
{
    if (m_number.isEmpty()) {
        m_value->setText(tr("—"));
        m_value->setAccessibleName(tr("My Number: none read"));
    } else if (m_revealed) {
        m_value->setText(grouped(m_number));
        m_value->setAccessibleName(tr("My Number: %1").arg(grouped(m_number)));
    } else {
        m_value->setText(MyNumber::masked(m_number));
        m_value->setAccessibleName(tr("My Number, hidden; last four digits %1").arg(m_number.right(4)));
    }
    m_reveal->setEnabled(!m_number.isEmpty());
    m_reveal->setText(m_revealed ? tr("&Hide number") : tr("&Show number"));
    m_reveal->setAccessibleName(m_revealed ? tr("Hide the My Number")
                                           : tr("Show the full My Number (writes an audit record)"));
    m_reveal->setToolTip(m_revealed ? QString()
                                    : tr("Shows the full number for %1 seconds; the reveal is recorded in "
                                         "the audit log.")
                                          .arg(m_timer->interval() / 1000));
    QAccessibleEvent event(m_value, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

} // namespace madoguchi
