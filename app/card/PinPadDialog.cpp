#include "card/PinPadDialog.h"

#include "InlineError.h"
#include "card/CardMessages.h"

#include "smartcard/PinFormat.h"
#include "smartcard/SecureWipe.h"
#include "smartcard/service/CardFailure.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <string>

namespace madoguchi {

namespace {

constexpr int kPinLength = 4;

// Large type at the counter: the citizen may be reading over the clerk's shoulder, or typing.
void enlarge(QWidget* widget, double factor)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * factor);
    widget->setFont(font);
}

} // namespace

PinPadDialog::PinPadDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("pinPad"));
    setWindowTitle(tr("Card PIN"));
    setAccessibleName(tr("Card PIN"));
    setAccessibleDescription(tr("The citizen enters the four-digit PIN of the card. Enter reads the card, "
                                "Escape cancels."));
    enlarge(this, 1.3);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildEntryPage());
    m_pages->addWidget(buildConfirmPage());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    showEntryPage();
}

PinPadDialog::~PinPadDialog()
{
    wipe();
}

QWidget* PinPadDialog::buildEntryPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);

    m_tries = new QLabel(page);
    m_tries->setObjectName(QStringLiteral("pinTries"));
    enlarge(m_tries, 1.2);
    layout->addWidget(m_tries);

    auto* prompt = new QLabel(tr("&PIN (four digits):"), page);
    layout->addWidget(prompt);
    m_field = new QLineEdit(page);
    m_field->setObjectName(QStringLiteral("pinField"));
    m_field->setEchoMode(QLineEdit::Password);
    m_field->setMaxLength(kPinLength);
    m_field->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                 Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    // Never the digits: the name and description are fixed texts, the value is masked.
    m_field->setAccessibleName(tr("Card PIN"));
    m_field->setAccessibleDescription(tr("Four digits. What is typed is not read aloud."));
    m_field->setContextMenuPolicy(Qt::NoContextMenu); // no copy or paste of a PIN
    enlarge(m_field, 1.5);
    prompt->setBuddy(m_field);
    layout->addWidget(m_field);

    m_problem = new InlineError(page);
    m_problem->setObjectName(QStringLiteral("pinProblem"));
    layout->addWidget(m_problem);
    m_busyNote = new QLabel(tr("Reading the card… keep it on the reader."), page);
    m_busyNote->hide();
    layout->addWidget(m_busyNote);

    // On-screen keys for a mouse or touch screen. They take no focus: keyboard users type the
    // digits, and focus (what a screen reader announces) stays on the masked field.
    m_keypad = new QWidget(page);
    auto* grid = new QGridLayout(m_keypad);
    const char keys[] = "1234567890";
    for (int i = 0; i < 10; ++i) {
        const char digit = keys[i];
        auto* key = new QPushButton(QString(QLatin1Char(digit)), m_keypad);
        key->setFocusPolicy(Qt::NoFocus);
        key->setAutoDefault(false);
        key->setMinimumSize(56, 48);
        enlarge(key, 1.4);
        connect(key, &QPushButton::clicked, this, [this, digit] { pressDigit(digit); });
        grid->addWidget(key, i < 9 ? i / 3 : 3, i < 9 ? i % 3 : 1);
    }
    auto* clear = new QPushButton(tr("Clear"), m_keypad);
    clear->setAccessibleName(tr("Clear the PIN"));
    clear->setFocusPolicy(Qt::NoFocus);
    clear->setAutoDefault(false);
    clear->setMinimumSize(56, 48);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_field->clear();
        m_field->setFocus();
    });
    grid->addWidget(clear, 3, 0);
    auto* back = new QPushButton(tr("Delete"), m_keypad);
    back->setAccessibleName(tr("Delete the last digit"));
    back->setFocusPolicy(Qt::NoFocus);
    back->setAutoDefault(false);
    back->setMinimumSize(56, 48);
    connect(back, &QPushButton::clicked, this, [this] {
        m_field->backspace();
        m_field->setFocus();
    });
    grid->addWidget(back, 3, 2);
    layout->addWidget(m_keypad);

    auto* buttons = new QHBoxLayout;
    m_cancel = new QPushButton(tr("Cancel"), page);
    m_cancel->setAccessibleName(tr("Cancel without reading the card"));
    m_ok = new QPushButton(tr("&Read card"), page);
    m_ok->setObjectName(QStringLiteral("pinConfirm"));
    m_ok->setAccessibleName(tr("Read the card with this PIN"));
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_ok);
    layout->addLayout(buttons);
    connect(m_ok, &QPushButton::clicked, this, &PinPadDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &PinPadDialog::reject);
    // Field, then confirm, then cancel: Enter anywhere on the page confirms anyway.
    setTabOrder(m_field, m_ok);
    setTabOrder(m_ok, m_cancel);
    return page;
}

QWidget* PinPadDialog::buildConfirmPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* warning =
        new QLabel(tr("Only one PIN try is left. If this PIN is wrong, the card's PIN is blocked and the "
                      "citizen must have it reset at the municipal counter.\n\nUse the last try?"),
                   page);
    warning->setObjectName(QStringLiteral("lastTryWarning"));
    warning->setWordWrap(true);
    enlarge(warning, 1.1);
    layout->addWidget(warning);
    auto* buttons = new QHBoxLayout;
    // Cancel first and default: Enter pressed out of habit must not spend the last try.
    m_cancelLastTry = new QPushButton(tr("Cancel"), page);
    m_cancelLastTry->setObjectName(QStringLiteral("lastTryCancel"));
    m_cancelLastTry->setAccessibleName(tr("Cancel, keep the last try"));
    m_useLastTry = new QPushButton(tr("&Use the last try"), page);
    m_useLastTry->setObjectName(QStringLiteral("lastTryUse"));
    m_useLastTry->setAccessibleName(tr("Use the last PIN try"));
    m_useLastTry->setAutoDefault(false);
    buttons->addStretch();
    buttons->addWidget(m_cancelLastTry);
    buttons->addWidget(m_useLastTry);
    layout->addLayout(buttons);
    connect(m_cancelLastTry, &QPushButton::clicked, this, &PinPadDialog::reject);
    connect(m_useLastTry, &QPushButton::clicked, this, &PinPadDialog::useLastTry);
    return page;
}

void PinPadDialog::showEntryPage()
{
    m_pages->setCurrentIndex(0);
    m_cancelLastTry->setDefault(false);
    m_ok->setDefault(true);
    m_field->setFocus();
}

bool PinPadDialog::isConfirmingLastTry() const
{
    return m_pages->currentIndex() == 1;
}

void PinPadDialog::setTriesLeft(int tries)
{
    m_triesLeft = tries;
    m_lastTryConfirmed = false;
    if (tries <= 0)
        m_tries->setText(tr("PIN blocked"));
    else
        m_tries->setText(CardMessages::triesLeft(tries));
    m_tries->setAccessibleName(m_tries->text());
    // At 0 nothing may be sent: the field and the keys go.
    const bool usable = tries > 0 && !m_busy;
    m_field->setEnabled(usable);
    m_keypad->setEnabled(usable);
    m_ok->setEnabled(usable);
    if (tries <= 0)
        m_problem->showMessage(CardMessages::pinBlocked());
    showEntryPage();
}

void PinPadDialog::setBusy(bool busy)
{
    m_busy = busy;
    const bool usable = !busy && m_triesLeft > 0;
    m_field->setEnabled(usable);
    m_keypad->setEnabled(usable);
    m_ok->setEnabled(usable);
    m_busyNote->setVisible(busy);
    if (busy)
        m_problem->clear();
    else
        m_field->setFocus();
}

void PinPadDialog::showProblem(const QString& message)
{
    m_field->clear();
    m_problem->showMessage(message);
    m_field->setFocus();
}

QString PinPadDialog::problemText() const
{
    return m_problem->isVisible() || !m_problem->text().isEmpty() ? m_problem->text() : QString();
}

QString PinPadDialog::triesText() const
{
    return m_tries->text();
}

QByteArray PinPadDialog::takePin()
{
    QByteArray out = std::move(m_pin);
    m_pin = QByteArray();
    return out;
}

void PinPadDialog::pressDigit(char digit)
{
    if (m_field->text().size() < kPinLength)
        m_field->insert(QString(QLatin1Char(digit)));
    m_field->setFocus();
}

void PinPadDialog::submit()
{
    if (m_busy || isConfirmingLastTry())
        return;
    if (m_triesLeft <= 0) {
        m_field->clear();
        m_problem->showMessage(CardMessages::pinBlocked());
        return;
    }
    // The one QString is the line edit's own; from here the PIN lives in bytes we can wipe.
    QByteArray bytes = m_field->text().toLatin1();
    m_field->clear();
    std::string candidate(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    const bool wellFormed = smartcard::PinFormat::isValid(smartcard::PinKind::CardInfo, candidate);
    smartcard::secureWipe(candidate);
    if (!wellFormed) {
        bytes.fill('\0');
        showProblem(CardMessages::forFailure(
            CardFailure::make(smartcard::CardErrorCode::InvalidPinFormat, QStringLiteral("pin pad"))));
        return;
    }
    m_pin.fill('\0');
    m_pin = std::move(bytes);
    m_problem->clear();
    if (m_triesLeft == 1 && !m_lastTryConfirmed) {
        // A separate step, Cancel by default: spending the last try must be a decision.
        m_pages->setCurrentIndex(1);
        m_ok->setDefault(false);
        m_cancelLastTry->setDefault(true);
        m_cancelLastTry->setFocus();
        return;
    }
    Q_EMIT pinSubmitted();
}

void PinPadDialog::useLastTry()
{
    m_lastTryConfirmed = true;
    showEntryPage();
    Q_EMIT pinSubmitted();
}

void PinPadDialog::wipe()
{
    m_pin.fill('\0');
    m_pin.clear();
    if (m_field)
        m_field->clear();
}

void PinPadDialog::reject()
{
    wipe();
    QDialog::reject();
}

} // namespace madoguchi
