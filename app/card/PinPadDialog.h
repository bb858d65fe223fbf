#pragma once

#include <QByteArray>
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace madoguchi {

class InlineError;

// The PIN pad for the card-info PIN (券面事項入力補助用暗証番号, 4 digits): a masked field,
// on-screen digit keys and the keyboard; Enter confirms, Esc cancels. It shows the tries left
// that the caller queried before any VERIFY, refuses at 0, and at 1 asks for a separate
// confirmation whose default button is Cancel. It never sends anything itself: pinSubmitted()
// tells the caller a well-formed PIN is ready, takePin() hands it over and keeps no copy.
//
// Screen readers: the field's accessible name and description never contain the digits (the
// line edit's accessible value is masked in Password mode), and the digit keys take no focus,
// so focus — and what is announced — stays on the masked field.
class PinPadDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PinPadDialog(QWidget* parent = nullptr);
    ~PinPadDialog() override;

    // The tries left as the card reported them; resets any last-try confirmation.
    void setTriesLeft(int tries);
    int triesLeft() const { return m_triesLeft; }
    // While the card works: input disabled and a "reading" note; Esc still cancels.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    // A problem to show under the field (wrong PIN, bad format); clears the field.
    void showProblem(const QString& message);

    // The confirmed PIN (ASCII digits), moved out; nothing is kept here afterwards.
    QByteArray takePin();
    // True when the clerk explicitly confirmed using the last try.
    bool lastTryConfirmed() const { return m_lastTryConfirmed; }
    bool isConfirmingLastTry() const;

    QLineEdit* pinField() const { return m_field; }
    QPushButton* confirmButton() const { return m_ok; }
    QPushButton* useLastTryButton() const { return m_useLastTry; }
    QPushButton* cancelLastTryButton() const { return m_cancelLastTry; }
    QString problemText() const;
    QString triesText() const;

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void pinSubmitted();

private:
    QWidget* buildEntryPage();
    QWidget* buildConfirmPage();
    void submit();
    void useLastTry();
    void showEntryPage();
    void pressDigit(char digit);
    void wipe();

    QStackedWidget* m_pages = nullptr;
    QLabel* m_tries = nullptr;
    QLabel* m_busyNote = nullptr;
    QLineEdit* m_field = nullptr;
    InlineError* m_problem = nullptr;
    QWidget* m_keypad = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_useLastTry = nullptr;
    QPushButton* m_cancelLastTry = nullptr;
    QByteArray m_pin;
    int m_triesLeft = -1;
    bool m_busy = false;
    bool m_lastTryConfirmed = false;
};

} // namespace madoguchi
