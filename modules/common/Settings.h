#pragma once

#include "common/Result.h"
#include "common/SettingsKeys.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace madoguchi {

// The application's settings, in two layers: an admin policy (Windows registry
// HKLM\Software\Policies\Madoguchi, on Linux /etc/xdg/Madoguchi/policy.ini) read first, then
// the user's own INI file, then the built-in default. A valid policy value locks the key; a
// bad one is ignored and reported by policyProblems() so that the admin can fix the file.
class Settings : public QObject
{
    Q_OBJECT

public:
    // `userFile`: an INI file. `policySource`: an INI file, or a registry key starting with
    // "HKEY_" (read with QSettings::NativeFormat, Windows only); empty for no policy.
    Settings(QString userFile, QString policySource, QObject* parent = nullptr);
    ~Settings() override;

    // The user's config location and the platform's policy source.
    static std::unique_ptr<Settings> createDefault();
    // For tests: a user file inside `dir` and, if given, a policy INI file.
    static std::unique_ptr<Settings> createTemporary(const QString& dir, const QString& policyIni = {});

    static const std::vector<SettingDefinition>& definitions();
    static const SettingDefinition& definition(SettingKey key);
    static std::optional<SettingKey> keyFromName(const QString& name);
    // The translated description of a key, for the settings dialog and the policy template.
    static QString description(SettingKey key);
    // `raw` converted to the key's type (bool, int or QString) if it is valid for the key.
    static Result<QVariant> validate(SettingKey key, const QVariant& raw);

    // Policy value if the policy sets a valid one, else the user's value, else the default.
    QVariant value(SettingKey key) const;
    bool boolValue(SettingKey key) const { return value(key).toBool(); }
    int intValue(SettingKey key) const { return value(key).toInt(); }
    QString stringValue(SettingKey key) const { return value(key).toString(); }

    // True when the policy sets a valid value: the user cannot change the key.
    bool isLocked(SettingKey key) const;
    // Stores the user's value. Errors: settings.locked, settings.invalid, settings.write.
    Status setValue(SettingKey key, const QVariant& value);
    // Removes the user's value so that the default applies again.
    Status reset(SettingKey key);

    // Problems found in the policy when it was last read (unknown key, wrong type, out of
    // range), each with where = "policy.ini:<line> <key>".
    QList<Error> policyProblems() const { return m_policyProblems; }
    // Reads the policy again (the admin changed it); emits changed() for keys whose value moved.
    void reloadPolicy();

    QString userFile() const { return m_userFile; }
    QString policySource() const { return m_policySource; }

Q_SIGNALS:
    void changed(madoguchi::SettingKey key);

private:
    QVariant userOrDefault(SettingKey key) const;
    QHash<QString, int> policyLineNumbers() const;
    QString policyWhere(const QHash<QString, int>& lines, const QString& name) const;
    Status writeUser(SettingKey key, const QVariant* value);

    QString m_userFile;
    QString m_policySource;
    std::unique_ptr<QSettings> m_user;
    QHash<int, QVariant> m_policy; // SettingKey as int -> valid policy value
    QList<Error> m_policyProblems;
};

} // namespace madoguchi
