#pragma once

#include "counter/ui/TimelineEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace madoguchi::counter {

// A visit's timeline as a table, oldest first and newest last (entries with the same time keep
// the order they came in).
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, StaffColumn, CounterColumn, WhatColumn, NoteColumn, ColumnCount };

    explicit TimelineModel(QObject* parent = nullptr);

    // Entries that extend the current ones (the same first rows) are inserted at the end; anything
    // else resets the model.
    void setEntries(QList<TimelineEntry> entries);
    // Inserted in time order (usually at the end).
    void append(const TimelineEntry& entry);
    const QList<TimelineEntry>& entries() const { return m_entries; }

    // The rows as text, one line each, the fields separated by tabs (so that they paste into a
    // spreadsheet as columns), with a header line. `rows` empty: every row.
    QString plainText(const QList<int>& rows = {}) const;
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString fullTime(const QDateTime& at);

private:
    QList<TimelineEntry> m_entries;
};

} // namespace madoguchi::counter
