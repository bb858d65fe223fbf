#pragma once

#include "counter/ui/QueuePanelCategory.h"
#include "counter/ui/QueuePanelTicket.h"

#include <QDateTime>
#include <QKeySequence>
#include <QList>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace madoguchi::counter {

// The clerk's view of the queue: the tickets waiting in each category with how long they have
// waited (longest first within the category), the ticket being served at this counter, and
// Call next (F2), Recall (F3) and Skip (F6).
//
// Skip is F6, not F4: F4 opens the variant picker of a name field (NameLineEdit), which a
// counter page has, and a window shortcut would take F4 from it. F1 (guide) and F5 (read card,
// refresh) are the shell's.
//
// Signals only: the host calls, recalls or skips in the queue and then feeds the panel the new
// state (setWaiting, setCurrentTicket). Wait times are counted again every 30 seconds.
class QueuePanel : public QWidget
{
    Q_OBJECT

public:
    explicit QueuePanel(QWidget* parent = nullptr);

    static QKeySequence callNextKey() { return QKeySequence(Qt::Key_F2); }
    static QKeySequence recallKey() { return QKeySequence(Qt::Key_F3); }
    static QKeySequence skipKey() { return QKeySequence(Qt::Key_F6); }

    // In the order to list them; tickets of a category not listed go under "Other".
    void setCategories(const QList<QueuePanelCategory>& categories);
    void setWaiting(const QList<QueuePanelTicket>& tickets);
    // The ticket being served at this counter; empty: none.
    void setCurrentTicket(const QString& ticket);
    QString currentTicket() const { return m_current; }
    // The clock of the wait times (tests); the system clock by default.
    void setClock(std::function<QDateTime()> now);

    // The category of the selected row (a category or one of its tickets); empty: none selected
    // (Ctrl+Space or a click on an empty part of the list clears the selection).
    QString selectedCategory() const;
    bool selectCategory(const QString& categoryId);
    // Waiting tickets in a category; empty id: in all.
    int waitingCount(const QString& categoryId = {}) const;
    // The text of a category's row ("Certificates (A)", "3 waiting · longest 12 min").
    QString categoryText(const QString& categoryId) const;

    QTreeWidget* tree() const { return m_tree; }
    QPushButton* callNextButton() const { return m_callNext; }
    QPushButton* recallButton() const { return m_recall; }
    QPushButton* skipButton() const { return m_skip; }
    QLabel* currentLabel() const { return m_currentLabel; }

public Q_SLOTS:
    // Lists the tickets again with fresh wait times.
    void refresh();
    void callNext();
    void recall();
    void skip();

Q_SIGNALS:
    // The selected category, or empty for the host's own order across categories.
    void callNextRequested(const QString& categoryId);
    void recallRequested(const QString& ticket);
    void skipRequested(const QString& ticket);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateButtons();
    QString waitText(const QDateTime& since, const QDateTime& now) const;
    QTreeWidgetItem* selectedItem() const;
    QList<QueuePanelCategory> listedCategories() const;
    bool isListed(const QString& categoryId) const;
    bool belongsTo(const QueuePanelTicket& ticket, const QString& categoryId) const;

    QList<QueuePanelCategory> m_categories;
    QList<QueuePanelTicket> m_tickets;
    QString m_current;
    std::function<QDateTime()> m_now;
    QTimer* m_timer = nullptr;

    QLabel* m_heading = nullptr;
    QLabel* m_currentLabel = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_callNext = nullptr;
    QPushButton* m_recall = nullptr;
    QPushButton* m_skip = nullptr;
};

} // namespace madoguchi::counter
