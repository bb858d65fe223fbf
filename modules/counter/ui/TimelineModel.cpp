#include "counter/ui/TimelineModel.h"

#include <algorithm>

namespace madoguchi::counter {

namespace {

bool earlier(const TimelineEntry& a, const TimelineEntry& b)
{
    return a.at < b.at;
}

QString oneLine(QString text)
{
    // A tab or a line break inside a field would split it into columns or rows when pasted.
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

} // namespace

TimelineModel::TimelineModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void TimelineModel::setEntries(QList<TimelineEntry> entries)
{
    std::stable_sort(entries.begin(), entries.end(), earlier);
    // A visit's timeline grows at the end: only the new rows are inserted. A reset made the view
    // measure every row's wrapped height again at each step of the visit.
    bool extends = entries.size() >= m_entries.size() && !m_entries.isEmpty();
    for (qsizetype row = 0; extends && row < m_entries.size(); ++row) {
        const TimelineEntry& a = m_entries.at(row);
        const TimelineEntry& b = entries.at(row);
        extends = a.at == b.at && a.staffName == b.staffName && a.counter == b.counter && a.what == b.what &&
                  a.note == b.note;
    }
    if (extends) {
        if (entries.size() > m_entries.size()) {
            beginInsertRows({}, int(m_entries.size()), int(entries.size()) - 1);
            m_entries = std::move(entries);
            endInsertRows();
        }
        return;
    }
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void TimelineModel::append(const TimelineEntry& entry)
{
    const auto at = std::upper_bound(m_entries.begin(), m_entries.end(), entry, earlier);
    const int row = int(at - m_entries.begin());
    beginInsertRows({}, row, row);
    m_entries.insert(row, entry);
    endInsertRows();
}

QString TimelineModel::fullTime(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString TimelineModel::plainText(const QList<int>& rows) const
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header.append(headerData(column, Qt::Horizontal).toString());
    lines.append(header.join(QLatin1Char('\t')));
    QList<int> wanted = rows;
    if (wanted.isEmpty()) {
        for (int row = 0; row < m_entries.size(); ++row)
            wanted.append(row);
    }
    std::sort(wanted.begin(), wanted.end());
    for (const int row : std::as_const(wanted)) {
        if (row < 0 || row >= m_entries.size())
            continue;
        const TimelineEntry& entry = m_entries.at(row);
        lines.append(QStringList{fullTime(entry.at), oneLine(entry.staffName), oneLine(entry.counter),
                                 oneLine(entry.what), oneLine(entry.note)}
                         .join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void TimelineModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const TimelineEntry& entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case TimeColumn:
            // The time of day is enough within a visit; the date is in the tooltip and the copy.
            return entry.at.isValid() ? entry.at.toLocalTime().toString(QStringLiteral("HH:mm:ss"))
                                      : QString();
        case StaffColumn:
            return entry.staffName;
        case CounterColumn:
            return entry.counter;
        case WhatColumn:
            return entry.what;
        case NoteColumn:
            return entry.note;
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == TimeColumn)
            return fullTime(entry.at);
        if (index.column() == NoteColumn)
            return entry.note;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case StaffColumn:
        return tr("Staff");
    case CounterColumn:
        return tr("Counter");
    case WhatColumn:
        return tr("What happened");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

} // namespace madoguchi::counter
