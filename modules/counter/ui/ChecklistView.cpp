#include "counter/ui/ChecklistView.h"

#include "counter/ui/ChecklistModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace madoguchi::counter {

ChecklistView::ChecklistView(QWidget* parent)
    : QWidget(parent)
    , m_model(new ChecklistModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("checklistView"));
    // Large readable type: the clerk works through this list with the citizen watching.
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    setFont(big);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ChecklistModel::DepartmentRole);
    m_proxy->setFilterKeyColumn(ChecklistModel::DepartmentColumn);

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_departmentLabel = new QLabel(this);
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("checklistDepartment"));
    m_departmentLabel->setBuddy(m_department);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("checklistSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    top->addWidget(m_departmentLabel);
    top->addWidget(m_department);
    top->addStretch();
    top->addWidget(m_summary);
    layout->addLayout(top);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("checklistTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    // Rows as tall as their wrapped text at the current column widths, also after a resize.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ChecklistModel::StatusColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ChecklistModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ChecklistModel::DepartmentColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ChecklistModel::ReasonColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ChecklistModel::DocumentsColumn, QHeaderView::Stretch);
    // Letter keys would start the view's keyboard search: they are the checklist's actions.
    m_table->installEventFilter(this);
    layout->addWidget(m_table, 1);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("checklistDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_details);

    auto* buttons = new QHBoxLayout;
    m_done = new QPushButton(this);
    m_done->setObjectName(QStringLiteral("checklistDone"));
    m_notNeeded = new QPushButton(this);
    m_notNeeded->setObjectName(QStringLiteral("checklistNotNeeded"));
    m_handOff = new QPushButton(this);
    m_handOff->setObjectName(QStringLiteral("checklistHandOff"));
    buttons->addWidget(m_done);
    buttons->addWidget(m_notNeeded);
    buttons->addWidget(m_handOff);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_done, &QPushButton::clicked, this, &ChecklistView::requestDone);
    connect(m_notNeeded, &QPushButton::clicked, this, &ChecklistView::requestNotNeeded);
    connect(m_handOff, &QPushButton::clicked, this, &ChecklistView::requestHandOff);
    connect(m_department, &QComboBox::currentIndexChanged, this, &ChecklistView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        refresh();
        Q_EMIT currentProcedureChanged(currentProcedureId());
    });
    connect(m_model, &ChecklistModel::dataChanged, this, &ChecklistView::refresh);
    connect(m_model, &ChecklistModel::modelReset, this, &ChecklistView::refresh);

    setFocusProxy(m_table);
    setTabOrder(m_table, m_done);
    setTabOrder(m_done, m_notNeeded);
    setTabOrder(m_notNeeded, m_handOff);
    setTabOrder(m_handOff, m_department);
    retranslate();
}

void ChecklistView::setItems(const QList<ChecklistItem>& items)
{
    const QString current = currentProcedureId();
    const bool sameRows = m_model->sameProcedures(items);
    m_model->setItems(items);
    if (!sameRows) // the same procedures have the same departments
        rebuildDepartments();
    if (!setCurrentProcedure(current) && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, ChecklistModel::TitleColumn));
    refresh();
}

QList<ChecklistItem> ChecklistView::items() const
{
    return m_model->items();
}

bool ChecklistView::setStatus(const QString& procedureId, ProcedureStatus status, const QString& note)
{
    return m_model->setStatus(procedureId, status, note);
}

int ChecklistView::currentSourceRow() const
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    return current.isValid() ? current.row() : -1;
}

QString ChecklistView::currentProcedureId() const
{
    const int row = currentSourceRow();
    return row < 0 ? QString() : m_model->items().at(row).procedureId;
}

bool ChecklistView::setCurrentProcedure(const QString& procedureId)
{
    const int row = m_model->rowOf(procedureId);
    if (procedureId.isEmpty() || row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, ChecklistModel::TitleColumn));
    if (!index.isValid())
        return false; // filtered out
    m_table->setCurrentIndex(index);
    return true;
}

void ChecklistView::setDepartmentFilter(const QString& department)
{
    const int index = m_department->findData(department);
    m_department->setCurrentIndex(index < 0 ? 0 : index);
}

QString ChecklistView::departmentFilter() const
{
    return m_department->currentData().toString();
}

QString ChecklistView::summaryText() const
{
    return m_summary->text();
}

QString ChecklistView::detailsText() const
{
    return m_details->text();
}

bool ChecklistView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        if (modifiers == Qt::NoModifier) {
            switch (key->key()) {
            case Qt::Key_Space:
            case Qt::Key_D:
                requestDone();
                return true;
            case Qt::Key_N:
                requestNotNeeded();
                return true;
            case Qt::Key_H:
                requestHandOff();
                return true;
            default:
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChecklistView::requestDone()
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    const ChecklistItem& item = m_model->items().at(row);
    if (item.status != ProcedureStatus::Done)
        Q_EMIT doneRequested(item.procedureId);
    moveToNextRow();
}

void ChecklistView::requestNotNeeded()
{
    const int row = currentSourceRow();
    if (row < 0)
        return;
    const ChecklistItem& item = m_model->items().at(row);
    if (item.status != ProcedureStatus::NotNeeded)
        Q_EMIT notNeededRequested(item.procedureId);
    moveToNextRow();
}

void ChecklistView::requestHandOff()
{
    // Always asked, also for one handed off before: it may go to another place now. The host
    // asks where to and with which note.
    const QString id = currentProcedureId();
    if (!id.isEmpty())
        Q_EMIT handOffRequested(id);
}

void ChecklistView::moveToNextRow()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid() && current.row() + 1 < m_proxy->rowCount())
        m_table->setCurrentIndex(m_proxy->index(current.row() + 1, current.column()));
}

void ChecklistView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChecklistView::retranslate()
{
    setAccessibleName(tr("Procedure checklist"));
    m_departmentLabel->setText(tr("De&partment:"));
    m_department->setAccessibleName(tr("Show the procedures of"));
    m_table->setAccessibleName(tr("Procedures of this visit"));
    m_table->setAccessibleDescription(
        tr("Space or D: done. N: not needed. H: hand off to another counter. Arrow keys: move."));
    m_done->setText(tr("Done (D)"));
    m_done->setAccessibleName(tr("Mark the procedure done"));
    m_done->setToolTip(tr("Marks the selected procedure done. Key in the list: Space or D."));
    m_notNeeded->setText(tr("Not needed (N)"));
    m_notNeeded->setAccessibleName(tr("Mark the procedure not needed"));
    m_notNeeded->setToolTip(
        tr("Marks the selected procedure as not needed for this citizen. Key in the list: N."));
    m_handOff->setText(tr("Hand off (H)"));
    m_handOff->setAccessibleName(tr("Hand the procedure off"));
    m_handOff->setToolTip(
        tr("Hands the selected procedure to another counter or department. Key in the list: H."));
    m_model->retranslate();
    rebuildDepartments();
    refresh();
}

void ChecklistView::rebuildDepartments()
{
    const QString selected = m_department->currentData().toString();
    {
        const QSignalBlocker block(m_department);
        m_department->clear();
        m_department->addItem(tr("All departments"), QString());
        for (const QString& department : m_model->departments())
            m_department->addItem(department, department);
    }
    const int index = m_department->findData(selected);
    {
        const QSignalBlocker block(m_department);
        m_department->setCurrentIndex(index < 0 ? 0 : index);
    }
    applyFilter();
}

void ChecklistView::applyFilter()
{
    const QString department = m_department->currentData().toString();
    m_proxy->setFilterRegularExpression(
        department.isEmpty() ? QRegularExpression()
                             : QRegularExpression(QLatin1Char('^') + QRegularExpression::escape(department) +
                                                  QLatin1Char('$')));
    if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, ChecklistModel::TitleColumn));
    refresh();
}

void ChecklistView::refresh()
{
    const int total = int(m_model->items().size());
    const int settled = m_model->settledCount();
    m_summary->setText(tr("%1 to do · %2 finished").arg(total - settled).arg(settled));
    m_summary->setAccessibleName(m_summary->text());

    const int row = currentSourceRow();
    const bool any = row >= 0;
    m_done->setEnabled(any);
    m_notNeeded->setEnabled(any);
    m_handOff->setEnabled(any);
    if (!any) {
        m_details->setText(total == 0 ? tr("No procedures for this visit yet.") : QString());
        return;
    }
    const ChecklistItem& item = m_model->items().at(row);
    QStringList lines;
    lines.append(item.title + QStringLiteral(" — ") + ProcedureStatuses::title(item.status));
    if (!item.note.isEmpty())
        lines.append(tr("Note: %1").arg(item.note));
    if (!item.reason.isEmpty())
        lines.append(tr("Why offered: %1").arg(item.reason));
    if (!item.requiredDocuments.isEmpty())
        lines.append(tr("Documents to bring: %1").arg(m_model->documentsText(item)));
    m_details->setText(lines.join(QLatin1Char('\n')));
    m_details->setAccessibleName(m_details->text());
}

} // namespace madoguchi::counter
