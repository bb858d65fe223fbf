#include "counter/ui/VisitTimelineView.h"

#include "counter/ui/TimelineModel.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace madoguchi::counter {

VisitTimelineView::VisitTimelineView(QWidget* parent)
    : QWidget(parent)
    , m_model(new TimelineModel(this))
{
    setObjectName(QStringLiteral("visitTimeline"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    setFont(big);

    auto* layout = new QVBoxLayout(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("timelineTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    // Rows as tall as their wrapped text at the current column widths, also after a resize.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int column : {TimelineModel::TimeColumn, TimelineModel::StaffColumn, TimelineModel::CounterColumn,
                       TimelineModel::WhatColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("timelineCopy"));
    buttons->addStretch();
    buttons->addWidget(m_copy);
    layout->addLayout(buttons);

    // Ctrl+C belongs to the table (its selection); Ctrl+Shift+C to the whole view.
    auto* copySelected = new QAction(this);
    copySelected->setShortcut(QKeySequence::Copy);
    copySelected->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(copySelected);
    connect(copySelected, &QAction::triggered, this, &VisitTimelineView::copySelection);
    auto* copyAllKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), this);
    copyAllKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(copyAllKey, &QShortcut::activated, this, &VisitTimelineView::copyAll);
    connect(m_copy, &QPushButton::clicked, this, &VisitTimelineView::copyAll);
    // Newest last, and in view when it arrives.
    connect(m_model, &TimelineModel::rowsInserted, m_table, [this] { m_table->scrollToBottom(); });
    connect(m_model, &TimelineModel::modelReset, m_table, [this] { m_table->scrollToBottom(); });

    setFocusProxy(m_table);
    retranslate();
}

void VisitTimelineView::setEntries(const QList<TimelineEntry>& entries)
{
    m_model->setEntries(entries);
}

void VisitTimelineView::append(const TimelineEntry& entry)
{
    m_model->append(entry);
}

QList<TimelineEntry> VisitTimelineView::entries() const
{
    return m_model->entries();
}

QString VisitTimelineView::plainText() const
{
    return m_model->plainText();
}

void VisitTimelineView::copyAll()
{
    copyText(m_model->plainText(), int(m_model->entries().size()));
}

void VisitTimelineView::copySelection()
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty()) {
        // Nothing selected: the row at the cursor, else everything.
        if (m_table->currentIndex().isValid()) {
            rows.append(m_table->currentIndex().row());
        } else {
            copyAll();
            return;
        }
    }
    copyText(m_model->plainText(rows), int(rows.size()));
}

void VisitTimelineView::copyText(const QString& text, int rows)
{
    QGuiApplication::clipboard()->setText(text);
    Q_EMIT copied(rows);
}

void VisitTimelineView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void VisitTimelineView::retranslate()
{
    setAccessibleName(tr("Visit timeline"));
    m_table->setAccessibleName(tr("Steps of this visit, oldest first"));
    m_table->setAccessibleDescription(tr("Ctrl+C copies the selected steps as text."));
    m_copy->setText(tr("Copy timeline (Ctrl+Shift+C)"));
    m_copy->setAccessibleName(tr("Copy the whole timeline as text"));
    m_copy->setToolTip(tr("Puts every step, with date and time, on the clipboard as text."));
    m_model->retranslate();
}

} // namespace madoguchi::counter
