#pragma once

#include "counter/ui/ChecklistItem.h"

#include <QAbstractTableModel>
#include <QList>

namespace madoguchi::counter {

// The visit's procedure checklist as a table: status, procedure, department, why it was offered,
// what to bring. The model only shows: status changes come from the host (setStatus) after the
// visit logic accepted them.
class ChecklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StatusColumn, TitleColumn, DepartmentColumn, ReasonColumn, DocumentsColumn, ColumnCount };
    enum Role {
        ProcedureIdRole = Qt::UserRole + 1, // QString
        StatusRole,                         // int(ProcedureStatus)
        DepartmentRole,                     // QString
    };

    explicit ChecklistModel(QObject* parent = nullptr);

    // The same procedures in the same order update the changed rows in place; anything else
    // resets the model.
    void setItems(const QList<ChecklistItem>& items);
    bool sameProcedures(const QList<ChecklistItem>& items) const;
    const QList<ChecklistItem>& items() const { return m_items; }
    // -1 when not there.
    int rowOf(const QString& procedureId) const;
    // False when no such procedure.
    bool setStatus(const QString& procedureId, ProcedureStatus status, const QString& note = {});
    // The departments in the order they first appear.
    QStringList departments() const;
    int settledCount() const;
    // The texts made here (status names, headers) after a language change.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The documents as one line, in the clerk's language's list style ("A、B" / "A, B").
    QString documentsText(const ChecklistItem& item) const;
    // "procedure, department, status (note)": what a screen reader says for a row.
    QString accessibleText(const ChecklistItem& item) const;

private:
    QList<ChecklistItem> m_items;
};

} // namespace madoguchi::counter
