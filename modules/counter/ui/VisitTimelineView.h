#pragma once

#include "counter/ui/TimelineEntry.h"

#include <QList>
#include <QWidget>

class QPushButton;
class QTableView;

namespace madoguchi::counter {

class TimelineModel;

// The visit's timeline for the clerk (and for the next counter after a hand-off): time, who,
// where, what happened, note; newest last and kept in view. Ctrl+C in the table copies the
// selected rows as text, "Copy timeline" (Ctrl+Shift+C) the whole of it, with the date.
class VisitTimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit VisitTimelineView(QWidget* parent = nullptr);

    void setEntries(const QList<TimelineEntry>& entries);
    void append(const TimelineEntry& entry);
    QList<TimelineEntry> entries() const;

    // Every row as text (what "Copy timeline" puts on the clipboard).
    QString plainText() const;
    TimelineModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPushButton* copyButton() const { return m_copy; }

public Q_SLOTS:
    void copyAll();
    void copySelection();

Q_SIGNALS:
    // After a copy, with the number of rows: the host may audit it.
    void copied(int rows);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void copyText(const QString& text, int rows);

    TimelineModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_copy = nullptr;
};

} // namespace madoguchi::counter
