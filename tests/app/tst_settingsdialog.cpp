#include "AppTestFixture.h"
#include "SettingEditor.h"
#include "SettingsDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>

using namespace madoguchi;
using namespace madoguchi::test;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void policyLocksKeyAndOverridesUserValue()
    {
        AppFixture app;
        QVERIFY(app.setUp("[session]\nidleLockMinutes=3\n"));
        // A value the user stored earlier (written behind the policy's back) does not count.
        QSettings user(app.settings->userFile(), QSettings::IniFormat);
        user.setValue(QStringLiteral("session/idleLockMinutes"), 45);
        user.sync();
        auto settings =
            Settings::createTemporary(app.dir.path(), app.dir.filePath(QStringLiteral("policy.ini")));
        QCOMPARE(settings->intValue(SettingKey::SessionIdleLockMinutes), 3);

        SettingsDialog dialog(*settings, Role::Admin);
        SettingEditor* editor = dialog.editor(QStringLiteral("session/idleLockMinutes"));
        QVERIFY(editor);
        QCOMPARE(editor->lock(), SettingEditor::Lock::Policy);
        QVERIFY(!editor->control()->isEnabled());
        QCOMPARE(editor->control()->toolTip(), QStringLiteral("Set by your administrator (policy)"));
        QCOMPARE(qobject_cast<QSpinBox*>(editor->control())->value(), 3);
        // The unlocked neighbour is editable for an admin.
        QVERIFY(dialog.editor(QStringLiteral("session/maxSessionHours"))->control()->isEnabled());
    }

    void unlockedKeySaves()
    {
        AppFixture app;
        QVERIFY(app.setUp());
        SettingsDialog dialog(*app.settings, Role::Admin);
        bool saved = false;
        connect(&dialog, &SettingsDialog::saved, this, [&saved]() { saved = true; });
        auto* spin =
            qobject_cast<QSpinBox*>(dialog.editor(QStringLiteral("session/maxSessionHours"))->control());
        QVERIFY(spin);
        spin->setValue(6);
        dialog.accept();
        QVERIFY(saved);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(app.settings->intValue(SettingKey::SessionMaxSessionHours), 6);
    }

    void invalidValueShowsErrorAndSavesNothing()
    {
        AppFixture app;
        QVERIFY(app.setUp());
        SettingsDialog dialog(*app.settings, Role::Admin);
        auto* spin =
            qobject_cast<QSpinBox*>(dialog.editor(QStringLiteral("session/maxSessionHours"))->control());
        spin->setValue(7);
        auto* path = qobject_cast<QLineEdit*>(dialog.editor(QStringLiteral("log/directory"))->control());
        QVERIFY(path);
        path->setText(QStringLiteral("relative/path"));
        dialog.accept();
        QVERIFY(!dialog.errorText().isEmpty());
        QVERIFY(dialog.result() != int(QDialog::Accepted));
        QVERIFY(app.settings->intValue(SettingKey::SessionMaxSessionHours) != 7); // all or nothing
    }

    void cancelDiscards()
    {
        AppFixture app;
        QVERIFY(app.setUp());
        SettingsDialog dialog(*app.settings, Role::Admin);
        auto* spin =
            qobject_cast<QSpinBox*>(dialog.editor(QStringLiteral("session/maxSessionHours"))->control());
        spin->setValue(3);
        dialog.reject();
        QVERIFY(app.settings->intValue(SettingKey::SessionMaxSessionHours) != 3);
    }

    void clerkMayChangeOnlyUserKeys()
    {
        AppFixture app;
        QVERIFY(app.setUp());
        SettingsDialog dialog(*app.settings, Role::Clerk);
        SettingEditor* language = dialog.editor(QStringLiteral("ui/language"));
        SettingEditor* idle = dialog.editor(QStringLiteral("session/idleLockMinutes"));
        QVERIFY(language->control()->isEnabled());
        QCOMPARE(idle->lock(), SettingEditor::Lock::AdminOnly);
        QVERIFY(!idle->control()->isEnabled());
        auto* combo = qobject_cast<QComboBox*>(language->control());
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(QStringLiteral("ja")));
        dialog.accept();
        QCOMPARE(app.settings->stringValue(SettingKey::UiLanguage), QStringLiteral("ja"));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
