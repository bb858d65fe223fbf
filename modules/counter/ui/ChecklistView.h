#pragma once

#include "counter/ui/ChecklistItem.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace madoguchi::counter {

class ChecklistModel;

// The visit's procedure checklist for the clerk: one row per procedure (status, procedure,
// department, why it was offered, documents to bring), a department filter, and the details of
// the current row. Keyboard-first, in the table: Space or D = done, N = not needed, H = hand
// off, arrows to move; after done / not needed the cursor moves to the next row. The buttons
// do the same for the mouse.
//
// The view asks, the host decides: the keys and buttons only emit signals with the procedure's
// id; the host records the change in the visit and then calls setStatus().
class ChecklistView : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistView(QWidget* parent = nullptr);

    void setItems(const QList<ChecklistItem>& items);
    QList<ChecklistItem> items() const;
    bool setStatus(const QString& procedureId, ProcedureStatus status, const QString& note = {});

    // The procedure at the cursor; empty when none.
    QString currentProcedureId() const;
    bool setCurrentProcedure(const QString& procedureId);
    // Shows one department only; empty: all.
    void setDepartmentFilter(const QString& department);
    QString departmentFilter() const;

    ChecklistModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* departmentBox() const { return m_department; }
    QString summaryText() const;
    QString detailsText() const;

Q_SIGNALS:
    void doneRequested(const QString& procedureId);
    void notNeededRequested(const QString& procedureId);
    void handOffRequested(const QString& procedureId);
    void currentProcedureChanged(const QString& procedureId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuildDepartments();
    void applyFilter();
    void refresh();
    void requestDone();
    void requestNotNeeded();
    void requestHandOff();
    void moveToNextRow();
    int currentSourceRow() const;

    ChecklistModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLabel* m_departmentLabel = nullptr;
    QComboBox* m_department = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_details = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_notNeeded = nullptr;
    QPushButton* m_handOff = nullptr;
};

} // namespace madoguchi::counter
