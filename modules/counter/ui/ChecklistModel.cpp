#include "counter/ui/ChecklistModel.h"

#include <QFont>

#include <algorithm>

namespace madoguchi::counter {

ChecklistModel::ChecklistModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

bool ChecklistModel::sameProcedures(const QList<ChecklistItem>& items) const
{
    if (items.size() != m_items.size())
        return false;
    for (qsizetype row = 0; row < items.size(); ++row) {
        if (items.at(row).procedureId != m_items.at(row).procedureId)
            return false;
    }
    return true;
}

void ChecklistModel::setItems(const QList<ChecklistItem>& items)
{
    if (!sameProcedures(items)) {
        beginResetModel();
        m_items = items;
        endResetModel();
        return;
    }
    // The same rows with a new status or note (a step of the visit): changed in place. A reset
    // made the view lay out and measure every row again, on the GUI thread, at each key press.
    for (int row = 0; row < int(items.size()); ++row) {
        const ChecklistItem& now = items.at(row);
        const ChecklistItem& before = m_items.at(row);
        if (now.title == before.title && now.department == before.department && now.status == before.status &&
            now.reason == before.reason && now.requiredDocuments == before.requiredDocuments &&
            now.note == before.note)
            continue;
        m_items[row] = now;
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
}

int ChecklistModel::rowOf(const QString& procedureId) const
{
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).procedureId == procedureId)
            return row;
    return -1;
}

bool ChecklistModel::setStatus(const QString& procedureId, ProcedureStatus status, const QString& note)
{
    const int row = rowOf(procedureId);
    if (row < 0)
        return false;
    ChecklistItem& item = m_items[row];
    item.status = status;
    if (!note.isEmpty())
        item.note = note;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

QStringList ChecklistModel::departments() const
{
    QStringList departments;
    for (const ChecklistItem& item : m_items)
        if (!item.department.isEmpty() && !departments.contains(item.department))
            departments.append(item.department);
    return departments;
}

int ChecklistModel::settledCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const ChecklistItem& item) {
        return ProcedureStatuses::isSettled(item.status);
    }));
}

void ChecklistModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_items.size()) - 1, ColumnCount - 1));
}

int ChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ChecklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChecklistModel::documentsText(const ChecklistItem& item) const
{
    return item.requiredDocuments.join(tr(", ", "separator of a list of documents"));
}

QString ChecklistModel::accessibleText(const ChecklistItem& item) const
{
    QString text = tr("%1, %2, %3").arg(item.title, item.department, ProcedureStatuses::title(item.status));
    if (!item.note.isEmpty())
        text = tr("%1 (%2)").arg(text, item.note);
    return text;
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const ChecklistItem& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            return ProcedureStatuses::title(item.status);
        case TitleColumn:
            return item.title;
        case DepartmentColumn:
            return item.department;
        case ReasonColumn:
            return item.reason;
        case DocumentsColumn:
            return documentsText(item);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !item.note.isEmpty())
            return item.note;
        if (index.column() == ReasonColumn)
            return item.reason;
        if (index.column() == DocumentsColumn)
            return item.requiredDocuments.join(QLatin1Char('\n'));
        return {};
    case Qt::AccessibleTextRole:
        return index.column() == TitleColumn ? accessibleText(item) : data(index, Qt::DisplayRole);
    case Qt::FontRole:
        if (index.column() == StatusColumn && item.status == ProcedureStatus::Pending) {
            // What is left to do stands out by weight, not only by colour.
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case ProcedureIdRole:
        return item.procedureId;
    case StatusRole:
        return int(item.status);
    case DepartmentRole:
        return item.department;
    }
    return {};
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case TitleColumn:
        return tr("Procedure");
    case DepartmentColumn:
        return tr("Department");
    case ReasonColumn:
        return tr("Why offered");
    case DocumentsColumn:
        return tr("Documents to bring");
    }
    return {};
}

} // namespace madoguchi::counter
