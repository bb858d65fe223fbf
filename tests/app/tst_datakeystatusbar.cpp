// The main window's status bar shows the data key's state: icon and text, with what to do in
// the tooltip and the accessible description.
#include "AppTestFixture.h"
#include "DataKeyStatusLabel.h"
#include "MainWindow.h"
#include "common/DataKeyStatus.h"
#include "common/Module.h"

#include <QAccessible>
#include <QStatusBar>
#include <QTest>

using namespace madoguchi;
using namespace madoguchi::test;

namespace {

QString accessibleName(QWidget* widget)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name) : QString();
}

} // namespace

class TestDataKeyStatusBar : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AppFixture> m_app;
    DataKeyStatus m_status;
    std::vector<std::unique_ptr<Module>> m_modules;

    std::unique_ptr<MainWindow> openWindow()
    {
        std::vector<Module*> modules;
        for (const auto& module : m_modules)
            modules.push_back(module.get());
        auto window = std::make_unique<MainWindow>(
            *m_app->services, StaffMember{QStringLiteral("tanaka"), QStringLiteral("田中"), Role::Clerk},
            modules);
        window->show();
        return window;
    }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<AppFixture>();
        QVERIFY(m_app->setUp());
        m_status.setLoading();
        m_app->services->dataKeyStatus = &m_status;
        m_modules = ModuleCatalog::create(*m_app->services);
    }

    void cleanup()
    {
        m_modules.clear();
        m_app.reset();
    }

    void followsTheState()
    {
        const auto window = openWindow();
        auto* label = window->statusBar()->findChild<DataKeyStatusLabel*>(QStringLiteral("dataKeyStatus"));
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QCOMPARE(label->text(), QStringLiteral("Encryption key: loading…"));

        m_status.setReady(2);
        QCOMPARE(label->text(), QStringLiteral("Encryption key: ready"));
        QCOMPARE(accessibleName(label), QStringLiteral("Encryption key: ready"));
        QVERIFY(label->toolTip().isEmpty());

        m_status.setFailed(makeError(QStringLiteral("crypto.keyMissing"),
                                     QStringLiteral("The keychain has no data key."),
                                     QStringLiteral("Madoguchi/data-key")));
        QVERIFY(label->text().contains(QStringLiteral("crypto.keyMissing")));
        QCOMPARE(accessibleName(label), label->text());
        QVERIFY(label->toolTip().contains(QStringLiteral("The keychain has no data key.")));
        QVERIFY(label->toolTip().contains(QStringLiteral("datakey status")));
        QCOMPARE(label->accessibleDescription(), label->toolTip());
    }

    void notAvailableShowsTheKeychainReason()
    {
        m_status.setNotAvailable(m_app->secrets->unavailableReason());
        const auto window = openWindow();
        auto* label = window->findChild<DataKeyStatusLabel*>(QStringLiteral("dataKeyStatus"));
        QVERIFY(label);
        QVERIFY(label->text().contains(QStringLiteral("not available")));
        QVERIFY(label->toolTip().contains(QStringLiteral("no keychain in tests")));
    }

    void noStatusNoIndicator()
    {
        m_app->services->dataKeyStatus = nullptr;
        m_modules = ModuleCatalog::create(*m_app->services);
        const auto window = openWindow();
        QVERIFY(!window->findChild<DataKeyStatusLabel*>());
    }
};

QTEST_MAIN(TestDataKeyStatusBar)
#include "tst_datakeystatusbar.moc"
