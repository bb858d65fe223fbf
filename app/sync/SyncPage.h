#pragma once

#include "common/StaffDirectory.h"
#include "sync/OutboxItem.h"

#include <QList>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace madoguchi {

class AuditLog;
class InlineError;
class SecretStore;

namespace sync {
class CoreLink;
}

// The supervisor's view of the link to the core system: the connection state, the outbox
// counts, the transactions not yet sent (failed ones with the reason) and Retry for a failed
// one (audited). Admins can also store the client certificate's passphrase in the keychain
// and apply the link's settings again. Refreshes itself when the outbox or the connection
// changes; F5 refreshes by hand.
class SyncPage : public QWidget
{
    Q_OBJECT

public:
    // `reconfigure` reloads the link's settings and passphrase and restarts it (main.cpp's).
    SyncPage(sync::CoreLink& link, AuditLog& audit, SecretStore& secrets, StaffMember actor,
             QString workstation, std::function<void()> reconfigure, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLabel* summary() const { return m_summary; }
    QPushButton* retryButton() const { return m_retry; }
    QComboBox* filter() const { return m_filter; }
    QString message() const;

public Q_SLOTS:
    void refresh();
    void retrySelected();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();
    void setPassphrase();
    QList<sync::OutboxState> filterStates() const;

    sync::CoreLink& m_link;
    AuditLog& m_audit;
    SecretStore& m_secrets;
    StaffMember m_actor;
    QString m_workstation;
    std::function<void()> m_reconfigure;
    QList<sync::OutboxItem> m_items;

    QLabel* m_state = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_filterLabel = nullptr;
    QComboBox* m_filter = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_passphrase = nullptr;
    InlineError* m_message = nullptr;
};

} // namespace madoguchi
