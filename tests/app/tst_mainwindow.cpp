#include "AppTestFixture.h"
#include "MainWindow.h"
#include "ModuleHost.h"
#include "common/Module.h"

#include <QAccessible>
#include <QApplication>
#include <QListWidget>
#include <QTest>

using namespace madoguchi;
using namespace madoguchi::test;

namespace {

// A page only administrators may open, to check filtering by role independently of the real
// modules' choices.
class AdminOnlyModule : public Module
{
public:
    QString id() const override { return QStringLiteral("adminOnly"); }
    QString title() const override { return QStringLiteral("Admin only"); }
    QIcon icon() const override { return {}; }
    Role requiredRole() const override { return Role::Admin; }
    QWidget* createPage(QWidget* parent) override
    {
        ++created;
        auto* page = new QWidget(parent);
        page->setObjectName(QStringLiteral("adminOnlyPage"));
        return page;
    }
    int created = 0;
};

QString accessibleName(QWidget* widget)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name) : QString();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AppFixture> m_app;
    std::vector<std::unique_ptr<Module>> m_modules;
    AdminOnlyModule m_adminOnly;

    std::vector<Module*> modules()
    {
        std::vector<Module*> list;
        for (const auto& module : m_modules)
            list.push_back(module.get());
        list.push_back(&m_adminOnly);
        return list;
    }

    std::unique_ptr<MainWindow> openWindow(Role role)
    {
        auto window = std::make_unique<MainWindow>(
            *m_app->services, StaffMember{QStringLiteral("tanaka"), QStringLiteral("田中"), role}, modules());
        window->show();
        QApplication::setActiveWindow(window.get());
        if (!QTest::qWaitForWindowActive(window.get()))
            return nullptr;
        return window;
    }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<AppFixture>();
        QVERIFY(m_app->setUp());
        m_modules = ModuleCatalog::create(
            *m_app->services, StaffMember{QStringLiteral("tanaka"), QStringLiteral("田中"), Role::Admin});
        m_adminOnly.created = 0;
    }

    void cleanup()
    {
        m_modules.clear();
        m_app.reset();
    }

    void pagesFollowRole_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("clerk") << int(Role::Clerk) << QStringList{QStringLiteral("home")};
        QTest::newRow("supervisor") << int(Role::Supervisor)
                                    << QStringList{QStringLiteral("home"), QStringLiteral("diagnostics")};
        QTest::newRow("admin") << int(Role::Admin)
                               << QStringList{QStringLiteral("home"), QStringLiteral("diagnostics"),
                                              QStringLiteral("staff"), QStringLiteral("adminOnly")};
    }

    void pagesFollowRole()
    {
        QFETCH(int, role);
        QFETCH(QStringList, expected);
        auto window = openWindow(static_cast<Role>(role));
        QVERIFY(window);
        QCOMPARE(window->moduleHost()->moduleIds(), expected);
        QCOMPARE(window->moduleHost()->navigation()->count(), expected.size());
    }

    void catalogModulesHaveTitleAndIcon()
    {
        // Every real module shows a title and an icon in the navigation list (a missing theme
        // icon once left an entry bare).
        QVERIFY(!m_modules.empty());
        for (const auto& module : m_modules) {
            QVERIFY2(!module->title().isEmpty(), qPrintable(module->id()));
            QVERIFY2(!module->icon().isNull(), qPrintable(module->id()));
            QVERIFY2(!module->icon().pixmap(16, 16).isNull(), qPrintable(module->id()));
        }
    }

    void pagesCreatedLazilyOnce()
    {
        auto window = openWindow(Role::Admin);
        QVERIFY(window);
        QCOMPARE(m_adminOnly.created, 0);
        window->moduleHost()->showPage(3);
        window->moduleHost()->showPage(0);
        window->moduleHost()->showPage(3);
        QCOMPARE(m_adminOnly.created, 1);
    }

    void ctrlNumberShortcuts()
    {
        auto window = openWindow(Role::Admin);
        QVERIFY(window);
        ModuleHost* host = window->moduleHost();
        QCOMPARE(host->currentModuleId(), QStringLiteral("home"));
        const QStringList ids = host->moduleIds();
        for (int i = ids.size() - 1; i >= 0; --i) {
            QTest::keyClick(window.get(), static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(host->currentModuleId(), ids.at(i));
            QVERIFY(host->currentPage());
        }
        // A number beyond the list does nothing.
        QTest::keyClick(window.get(), Qt::Key_9, Qt::ControlModifier);
        QCOMPARE(host->currentModuleId(), ids.first());
    }

    void arrowsAndTabReachEveryPage()
    {
        auto window = openWindow(Role::Admin);
        QVERIFY(window);
        ModuleHost* host = window->moduleHost();
        QListWidget* nav = host->navigation();
        nav->setFocus();
        QTRY_VERIFY(nav->hasFocus());
        const QStringList ids = host->moduleIds();
        for (int i = 1; i < ids.size(); ++i) {
            QTest::keyClick(nav, Qt::Key_Down);
            QCOMPARE(host->currentModuleId(), ids.at(i));
        }
        QTest::keyClick(nav, Qt::Key_Home);
        QCOMPARE(host->currentModuleId(), ids.first());
        // Tab leaves the list for the page, Shift+Tab comes back.
        QTest::keyClick(nav, Qt::Key_Tab);
        QWidget* focused = QApplication::focusWidget();
        QVERIFY(focused);
        QVERIFY2(host->currentPage()->isAncestorOf(focused), qPrintable(focused->metaObject()->className()));
        QTest::keyClick(focused, Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), nav);
    }

    void everyFocusableWidgetHasAnAccessibleName()
    {
        auto window = openWindow(Role::Admin);
        QVERIFY(window);
        ModuleHost* host = window->moduleHost();
        for (int page = 0; page < host->pageCount(); ++page) {
            host->showPage(page);
            for (QWidget* widget : window->findChildren<QWidget*>()) {
                if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus))
                    continue;
                QVERIFY2(!accessibleName(widget).trimmed().isEmpty(),
                         qPrintable(QStringLiteral("%1 %2 on page %3")
                                        .arg(QString::fromLatin1(widget->metaObject()->className()),
                                             widget->objectName(), host->currentModuleId())));
            }
        }
    }

    void lockBlocksShortcuts()
    {
        auto window = openWindow(Role::Admin);
        QVERIFY(window);
        window->lock();
        QVERIFY(window->isLocked());
        QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window->moduleHost()->currentModuleId(), QStringLiteral("home"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
