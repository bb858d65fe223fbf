#pragma once

#include <QDate>
#include <QDialog>

class QLabel;
class QLineEdit;

namespace madoguchi {

// What the forms need that neither the card nor the resident record gives: the day of the move,
// the previous and the new address, and the purpose of the certificates. Prefilled by the page;
// the clerk checks and completes it, then prints (Enter).
class FormDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Details
    {
        QDate moveDate;
        QString previousAddress;
        QString newAddress;
        QString purpose;
    };

    FormDetailsDialog(const Details& details, bool hasMove, QWidget* parent = nullptr);

    Details details() const;
    QLineEdit* moveDateEdit() const { return m_moveDate; }
    QLineEdit* previousAddressEdit() const { return m_previous; }
    QLineEdit* newAddressEdit() const { return m_new; }
    QLineEdit* purposeEdit() const { return m_purpose; }

public Q_SLOTS:
    void accept() override;

private:
    QLineEdit* m_moveDate = nullptr;
    QLineEdit* m_previous = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_purpose = nullptr;
    QLabel* m_message = nullptr;
    bool m_hasMove = false;
};

} // namespace madoguchi
