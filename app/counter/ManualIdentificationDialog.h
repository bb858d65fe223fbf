#pragma once

#include "counter/Identification.h"
#include "sync/ResidentRecord.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace madoguchi {

namespace sync {
class CoreLink;
}

// Identification without the card (本人確認・手入力): why not by card, the ID document seen,
// who asks (本人 / 代理人 / 第三者 / 公用, and for an agent or a third party their name,
// relation and purpose), and the person: typed in, or looked up in the core by name and birth
// date (Ctrl+L), which also brings the resident record. Opened with open(); accept() checks
// Identification::validate() and keeps the dialog open with the reason inline otherwise.
class ManualIdentificationDialog : public QDialog
{
    Q_OBJECT

public:
    ManualIdentificationDialog(sync::CoreLink& core, QWidget* parent = nullptr);

    counter::Identification identification() const;
    // The record found by the look-up, when the person chosen is the one found.
    std::optional<sync::ResidentRecord> record() const { return m_record; }

    QLineEdit* reasonEdit() const { return m_reason; }
    QComboBox* documentBox() const { return m_document; }
    QComboBox* requestKindBox() const { return m_kind; }
    QLineEdit* requesterNameEdit() const { return m_requesterName; }
    QLineEdit* requesterRelationEdit() const { return m_requesterRelation; }
    QLineEdit* requesterPurposeEdit() const { return m_requesterPurpose; }
    QLineEdit* familyNameEdit() const { return m_family; }
    QLineEdit* givenNameEdit() const { return m_given; }
    QLineEdit* birthDateEdit() const { return m_birthDate; }
    QLineEdit* addressEdit() const { return m_address; }
    QPushButton* lookupButton() const { return m_lookup; }
    QString messageText() const;

public Q_SLOTS:
    void accept() override;
    // Searches the core for the name and birth date typed in.
    void lookUp();

private:
    void updateRequester();
    void fill(const sync::ResidentRecord& record);
    void showMessage(const QString& text);

    sync::CoreLink& m_core;
    std::optional<sync::ResidentRecord> m_record;
    QLineEdit* m_reason = nullptr;
    QComboBox* m_document = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_requesterName = nullptr;
    QLineEdit* m_requesterRelation = nullptr;
    QLineEdit* m_requesterPurpose = nullptr;
    QLineEdit* m_family = nullptr;
    QLineEdit* m_given = nullptr;
    QLineEdit* m_familyKana = nullptr;
    QLineEdit* m_givenKana = nullptr;
    QLineEdit* m_birthDate = nullptr;
    QComboBox* m_sex = nullptr;
    QLineEdit* m_address = nullptr;
    QPushButton* m_lookup = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace madoguchi
