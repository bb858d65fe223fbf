#include "counter/ui/QueuePanel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace madoguchi::counter {

namespace {

constexpr int kCategoryRole = Qt::UserRole + 1; // QString: the row's category id
constexpr int kTicketRole = Qt::UserRole + 2;   // QString: the ticket, on ticket rows only
constexpr int kRefreshMs = 30 * 1000;

// The id under which tickets of unknown categories are listed.
const QString kOther = QStringLiteral("\x01other");

} // namespace

QueuePanel::QueuePanel(QWidget* parent)
    : QWidget(parent)
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("queuePanel"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    setFont(big);

    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);
    m_currentLabel = new QLabel(this);
    m_currentLabel->setObjectName(QStringLiteral("queueCurrent"));
    m_currentLabel->setTextFormat(Qt::PlainText);
    QFont currentFont = m_currentLabel->font();
    currentFont.setPointSizeF(currentFont.pointSizeF() * 1.5);
    currentFont.setBold(true);
    m_currentLabel->setFont(currentFont);
    layout->addWidget(m_currentLabel);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("queueTree"));
    m_tree->setColumnCount(2);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    layout->addWidget(m_tree, 1);

    auto* buttons = new QHBoxLayout;
    m_callNext = new QPushButton(this);
    m_callNext->setObjectName(QStringLiteral("queueCallNext"));
    m_recall = new QPushButton(this);
    m_recall->setObjectName(QStringLiteral("queueRecall"));
    m_skip = new QPushButton(this);
    m_skip->setObjectName(QStringLiteral("queueSkip"));
    buttons->addWidget(m_callNext);
    buttons->addWidget(m_recall);
    buttons->addWidget(m_skip);
    buttons->addStretch();
    layout->addLayout(buttons);

    // QShortcuts of the window, live while the panel shows; not the buttons' own shortcuts,
    // which a translated text with a mnemonic would replace.
    const auto addKey = [this](const QKeySequence& keys, void (QueuePanel::*slot)()) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    addKey(callNextKey(), &QueuePanel::callNext);
    addKey(recallKey(), &QueuePanel::recall);
    addKey(skipKey(), &QueuePanel::skip);
    connect(m_callNext, &QPushButton::clicked, this, &QueuePanel::callNext);
    connect(m_recall, &QPushButton::clicked, this, &QueuePanel::recall);
    connect(m_skip, &QPushButton::clicked, this, &QueuePanel::skip);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &QueuePanel::updateButtons);

    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &QueuePanel::refresh);
    m_timer->start();

    setTabOrder(m_tree, m_callNext);
    setTabOrder(m_callNext, m_recall);
    setTabOrder(m_recall, m_skip);
    retranslate();
}

void QueuePanel::setCategories(const QList<QueuePanelCategory>& categories)
{
    m_categories = categories;
    refresh();
}

void QueuePanel::setWaiting(const QList<QueuePanelTicket>& tickets)
{
    m_tickets = tickets;
    // First in line first, whatever order the host sends them in.
    std::stable_sort(
        m_tickets.begin(), m_tickets.end(),
        [](const QueuePanelTicket& a, const QueuePanelTicket& b) { return a.issuedAt < b.issuedAt; });
    refresh();
}

void QueuePanel::setCurrentTicket(const QString& ticket)
{
    m_current = ticket;
    retranslate();
}

void QueuePanel::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    refresh();
}

QList<QueuePanelCategory> QueuePanel::listedCategories() const
{
    QList<QueuePanelCategory> listed = m_categories;
    const bool unknown = std::any_of(m_tickets.cbegin(), m_tickets.cend(),
                                     [this](const QueuePanelTicket& t) { return !isListed(t.categoryId); });
    if (unknown)
        listed.append({kOther, QString(), tr("Other")});
    return listed;
}

bool QueuePanel::isListed(const QString& categoryId) const
{
    return std::any_of(m_categories.cbegin(), m_categories.cend(),
                       [&categoryId](const QueuePanelCategory& c) { return c.id == categoryId; });
}

bool QueuePanel::belongsTo(const QueuePanelTicket& ticket, const QString& categoryId) const
{
    return categoryId == kOther ? !isListed(ticket.categoryId) : ticket.categoryId == categoryId;
}

int QueuePanel::waitingCount(const QString& categoryId) const
{
    if (categoryId.isEmpty())
        return int(m_tickets.size());
    if (!isListed(categoryId))
        return 0;
    return int(std::count_if(m_tickets.cbegin(), m_tickets.cend(),
                             [&](const QueuePanelTicket& t) { return belongsTo(t, categoryId); }));
}

QString QueuePanel::waitText(const QDateTime& since, const QDateTime& now) const
{
    if (!since.isValid())
        return {};
    const int minutes = int(std::max<qint64>(0, since.secsTo(now)) / 60);
    return tr("%n min", "waiting time", minutes);
}

QString QueuePanel::categoryText(const QString& categoryId) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (item->data(0, kCategoryRole).toString() == categoryId)
            return item->text(0) + QStringLiteral(" — ") + item->text(1);
    }
    return {};
}

void QueuePanel::refresh()
{
    const QDateTime now = m_now();
    // The selection, not the current item: a tree that gets the focus makes its first row
    // current without selecting it, and an unselected tree means "any category".
    QString selectedTicket;
    QString selectedCategoryId;
    if (const QTreeWidgetItem* selected = selectedItem()) {
        selectedTicket = selected->data(0, kTicketRole).toString();
        selectedCategoryId = selected->data(0, kCategoryRole).toString();
    }

    const QSignalBlocker block(m_tree);
    m_tree->clear();
    QTreeWidgetItem* reselect = nullptr;
    for (const QueuePanelCategory& category : listedCategories()) {
        QList<const QueuePanelTicket*> tickets;
        for (const QueuePanelTicket& ticket : std::as_const(m_tickets))
            if (belongsTo(ticket, category.id))
                tickets.append(&ticket);
        auto* item = new QTreeWidgetItem(m_tree);
        item->setData(0, kCategoryRole, category.id);
        item->setText(0, category.prefix.isEmpty() ? category.name
                                                   : tr("%1 (%2)").arg(category.name, category.prefix));
        const int count = int(tickets.size());
        QString summary = tr("%n waiting", nullptr, count);
        if (count > 0)
            summary = tr("%1 · longest %2").arg(summary, waitText(tickets.constFirst()->issuedAt, now));
        item->setText(1, summary);
        item->setData(0, Qt::AccessibleTextRole, QString(item->text(0) + QStringLiteral(", ") + summary));
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        for (const QueuePanelTicket* ticket : tickets) {
            auto* child = new QTreeWidgetItem(item);
            child->setData(0, kCategoryRole, category.id);
            child->setData(0, kTicketRole, ticket->ticket);
            child->setText(0, ticket->ticket);
            child->setText(1, waitText(ticket->issuedAt, now));
            child->setData(0, Qt::AccessibleTextRole,
                           tr("Ticket %1, waiting %2").arg(ticket->ticket, waitText(ticket->issuedAt, now)));
            if (!selectedTicket.isEmpty() && ticket->ticket == selectedTicket)
                reselect = child;
        }
        item->setExpanded(true);
        if (!reselect && selectedTicket.isEmpty() && category.id == selectedCategoryId)
            reselect = item;
    }
    // A ticket that was called is gone: keep the cursor on its category.
    if (!reselect && !selectedCategoryId.isEmpty()) {
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
            if (m_tree->topLevelItem(i)->data(0, kCategoryRole).toString() == selectedCategoryId)
                reselect = m_tree->topLevelItem(i);
    }
    if (reselect)
        m_tree->setCurrentItem(reselect);
    m_tree->setAccessibleDescription(tr("%n ticket(s) waiting", nullptr, int(m_tickets.size())));
    updateButtons();
}

QTreeWidgetItem* QueuePanel::selectedItem() const
{
    const QList<QTreeWidgetItem*> selected = m_tree->selectedItems();
    return selected.isEmpty() ? nullptr : selected.constFirst();
}

QString QueuePanel::selectedCategory() const
{
    const QTreeWidgetItem* selected = selectedItem();
    const QString id = selected ? selected->data(0, kCategoryRole).toString() : QString();
    return id == kOther ? QString() : id;
}

bool QueuePanel::selectCategory(const QString& categoryId)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (item->data(0, kCategoryRole).toString() == categoryId) {
            m_tree->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void QueuePanel::updateButtons()
{
    m_callNext->setEnabled(!m_tickets.isEmpty());
    m_recall->setEnabled(!m_current.isEmpty());
    m_skip->setEnabled(!m_current.isEmpty());
}

void QueuePanel::callNext()
{
    if (!isEnabled() || !m_callNext->isEnabled())
        return;
    Q_EMIT callNextRequested(selectedCategory());
}

void QueuePanel::recall()
{
    if (!isEnabled() || !m_recall->isEnabled())
        return;
    Q_EMIT recallRequested(m_current);
}

void QueuePanel::skip()
{
    if (!isEnabled() || !m_skip->isEnabled())
        return;
    Q_EMIT skipRequested(m_current);
}

void QueuePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QueuePanel::retranslate()
{
    setAccessibleName(tr("Queue"));
    m_heading->setText(tr("Queue"));
    m_currentLabel->setText(m_current.isEmpty() ? tr("No ticket being served")
                                                : tr("Serving: %1").arg(m_current));
    m_currentLabel->setAccessibleName(m_currentLabel->text());
    m_tree->setHeaderLabels({tr("Category / ticket"), tr("Waiting")});
    m_tree->setAccessibleName(tr("Waiting tickets by category"));
    const auto keyName = [](const QKeySequence& keys) { return keys.toString(QKeySequence::NativeText); };
    m_callNext->setText(tr("Call next (%1)").arg(keyName(callNextKey())));
    m_callNext->setAccessibleName(tr("Call the next ticket"));
    m_callNext->setToolTip(
        tr("Calls the next ticket of the selected category, or of any category when none is selected (%1).")
            .arg(keyName(callNextKey())));
    m_recall->setText(tr("Recall (%1)").arg(keyName(recallKey())));
    m_recall->setAccessibleName(tr("Call the current ticket again"));
    m_recall->setToolTip(
        tr("Shows and announces the ticket being served once more (%1).").arg(keyName(recallKey())));
    m_skip->setText(tr("Skip (%1)").arg(keyName(skipKey())));
    m_skip->setAccessibleName(tr("Skip the current ticket"));
    m_skip->setToolTip(tr("The citizen did not come: puts the ticket aside (%1).").arg(keyName(skipKey())));
    refresh();
}

} // namespace madoguchi::counter
