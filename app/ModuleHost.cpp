#include "ModuleHost.h"

#include "common/Module.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>

namespace madoguchi {

ModuleHost::ModuleHost(const std::vector<Module*>& modules, Role role, QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
{
    for (Module* module : modules) {
        if (module && roleAtLeast(role, module->requiredRole()))
            m_modules.push_back(module);
    }
    m_pages.assign(m_modules.size(), nullptr);
    m_list->setObjectName(QStringLiteral("navigation"));
    m_list->setIconSize(QSize(24, 24));
    m_list->setMaximumWidth(240);
    for (size_t i = 0; i < m_modules.size(); ++i) {
        auto* item = new QListWidgetItem(m_list);
        item->setData(Qt::UserRole, m_modules[i]->id());
        // A placeholder per page keeps stack and list indexes aligned until the page exists.
        m_stack->addWidget(new QWidget(m_stack));
    }
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addWidget(m_stack, 1);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        ensurePage(row);
        m_stack->setCurrentIndex(row);
        Q_EMIT currentModuleChanged(m_modules[static_cast<size_t>(row)]->id());
    });
    retranslate();
    if (!m_modules.empty())
        m_list->setCurrentRow(0);
}

QStringList ModuleHost::moduleIds() const
{
    QStringList ids;
    for (Module* module : m_modules)
        ids.append(module->id());
    return ids;
}

int ModuleHost::currentIndex() const
{
    return m_list->currentRow();
}

QString ModuleHost::currentModuleId() const
{
    const int row = currentIndex();
    return row >= 0 ? m_modules[static_cast<size_t>(row)]->id() : QString();
}

QWidget* ModuleHost::currentPage() const
{
    const int row = currentIndex();
    return row >= 0 ? m_pages[static_cast<size_t>(row)] : nullptr;
}

void ModuleHost::ensurePage(int index)
{
    const auto i = static_cast<size_t>(index);
    if (m_pages[i])
        return;
    QWidget* page = m_modules[i]->createPage(m_stack);
    if (!page) {
        // A module that cannot build its page still gets one that says so, rather than a blank.
        auto* label = new QLabel(tr("This page could not be opened."), m_stack);
        label->setAccessibleName(label->text());
        page = label;
    }
    QWidget* placeholder = m_stack->widget(index);
    m_stack->insertWidget(index, page);
    m_stack->removeWidget(placeholder);
    placeholder->deleteLater();
    m_pages[i] = page;
}

void ModuleHost::showPage(int index)
{
    if (index < 0 || index >= pageCount())
        return;
    m_list->setCurrentRow(index);
    QWidget* page = m_pages[static_cast<size_t>(index)];
    // Focus the page's first control so that the keyboard user lands in the work area.
    for (QWidget* w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
            w->isVisibleTo(page)) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
        if (!page->isAncestorOf(w))
            break;
    }
    m_list->setFocus(Qt::ShortcutFocusReason);
}

void ModuleHost::retranslate()
{
    m_list->setAccessibleName(tr("Pages"));
    for (int row = 0; row < m_list->count(); ++row) {
        Module* module = m_modules[static_cast<size_t>(row)];
        QListWidgetItem* item = m_list->item(row);
        item->setText(module->title());
        item->setIcon(module->icon());
        // Shortcuts only exist for the first nine pages.
        item->setToolTip(row < 9 ? tr("%1 (Ctrl+%2)").arg(module->title()).arg(row + 1) : module->title());
    }
}

} // namespace madoguchi
