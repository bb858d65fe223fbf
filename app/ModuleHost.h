#pragma once

#include "common/Role.h"

#include <QWidget>

#include <vector>

class QListWidget;
class QStackedWidget;

namespace madoguchi {

class Module;

// The navigation list and the page area of the main window. Lists the modules the signed-in
// role may open, in the order given, and creates each page the first time it is shown.
class ModuleHost : public QWidget
{
    Q_OBJECT

public:
    // `modules` must outlive the host; those above `role` are left out.
    ModuleHost(const std::vector<Module*>& modules, Role role, QWidget* parent = nullptr);

    int pageCount() const { return static_cast<int>(m_modules.size()); }
    QStringList moduleIds() const;
    int currentIndex() const;
    QString currentModuleId() const;
    QWidget* currentPage() const;
    QListWidget* navigation() const { return m_list; }

    // Shows page `index` (0-based) and moves focus into it; ignored when out of range.
    void showPage(int index);
    void retranslate();

Q_SIGNALS:
    void currentModuleChanged(const QString& id);

private:
    void ensurePage(int index);

    std::vector<Module*> m_modules;
    std::vector<QWidget*> m_pages; // null until first shown
    QListWidget* m_list = nullptr;
    QStackedWidget* m_stack = nullptr;
};

} // namespace madoguchi
