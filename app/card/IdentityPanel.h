#pragma once

#include "card/PinPadDialog.h"
#include "common/StaffDirectory.h"

#include "smartcard/PinFormat.h"
#include "smartcard/service/CardIdentity.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;

namespace madoguchi {

class AuditLog;
class FontCatalog;
class NameView;
class CardReaderStatus;
class InlineError;
class MyNumberField;
class ReaderChooser;
struct CardFailure;

// The "Identify by card" page: reads the citizen's Individual Number Card through the PIN pad
// and shows name, address, birth date (和暦 and Western), sex and the My Number masked.
//
// The flow, all through CardService's signals (the GUI thread never waits on the card): Read
// (F5 / Ctrl+R) → tries-left query → refused at 0, otherwise the PIN pad showing the count →
// the read with the PIN → the identity, audited (card.identity.read) before it is shown. A
// wrong PIN shows the new count in the pad and is never retried by itself.
//
// Personal data lives here only for the visit: it is cleared when the card leaves the reader,
// when Clear is pressed, when the page is disabled (the shell's lock screen disables it) and
// when the page goes (sign-out destroys the main window and its pages).
class IdentityPanel : public QWidget
{
    Q_OBJECT

public:
    // Everything passed by reference must outlive the panel; `actor` is who signed in.
    IdentityPanel(CardReaderStatus& status, AuditLog& audit, std::shared_ptr<FontCatalog> fonts,
                  StaffMember actor, QString workstation, QWidget* parent = nullptr);
    ~IdentityPanel() override;

    bool hasIdentity() const { return m_identity.has_value(); }
    PinPadDialog* pinPad() const { return m_pinPad; }
    MyNumberField* myNumberField() const { return m_myNumber; }
    QPushButton* readButton() const { return m_read; }
    QString messageText() const;
    QString nameText() const;
    QString addressText() const;
    QString birthDateText() const;
    QString sexText() const;

public Q_SLOTS:
    void readCard();
    // Forgets the identity shown; `why` (if any) is said on the page.
    void clearIdentity(const QString& why = {});

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void refreshStatus();
    void showIdentity();
    void showMessage(const QString& message);
    void openPinPad(int triesLeft);
    void closePinPad();
    void onPinSubmitted();
    void onTriesLeft(quint64 id, smartcard::PinKind kind, int triesLeft);
    void onIdentity(quint64 id, const CardIdentity& identity);
    void onFailed(quint64 id, const CardFailure& failure);
    void onCardRemoved();
    void finishRequest();
    Status audit(const QString& action, const QString& detail) const;

    std::shared_ptr<FontCatalog> m_fonts; // before the widgets that draw with it
    CardReaderStatus& m_status;
    AuditLog& m_audit;
    StaffMember m_actor;
    QString m_workstation;
    std::optional<CardIdentity> m_identity;
    QString m_readRef; // links the reveal records to the read record, never personal data
    quint64 m_triesRequest = 0;
    quint64 m_readRequest = 0;
    QPointer<PinPadDialog> m_pinPad;

    QLabel* m_heading = nullptr;
    QLabel* m_statusText = nullptr;
    ReaderChooser* m_chooser = nullptr;
    QPushButton* m_read = nullptr;
    QPushButton* m_clear = nullptr;
    InlineError* m_message = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_nameCaption = nullptr;
    QLabel* m_addressCaption = nullptr;
    QLabel* m_birthCaption = nullptr;
    QLabel* m_sexCaption = nullptr;
    QLabel* m_numberCaption = nullptr;
    NameView* m_name = nullptr;
    NameView* m_address = nullptr;
    QLabel* m_birthDate = nullptr;
    QLabel* m_sex = nullptr;
    MyNumberField* m_myNumber = nullptr;
};

} // namespace madoguchi
