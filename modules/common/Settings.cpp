#include "common/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace madoguchi {

namespace {

int index(SettingKey key)
{
    return static_cast<int>(key);
}

bool isRegistryKey(const QString& source)
{
    return source.startsWith(QLatin1String("HKEY_"), Qt::CaseInsensitive);
}

Error invalid(const SettingDefinition& def, const QString& message)
{
    return makeError(QStringLiteral("settings.invalid"), message, QString::fromLatin1(def.name));
}

} // namespace

Settings::Settings(QString userFile, QString policySource, QObject* parent)
    : QObject(parent)
    , m_userFile(std::move(userFile))
    , m_policySource(std::move(policySource))
    , m_user(std::make_unique<QSettings>(m_userFile, QSettings::IniFormat))
{
    reloadPolicy();
}

Settings::~Settings() = default;

std::unique_ptr<Settings> Settings::createDefault()
{
    const QString userFile = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
                             QStringLiteral("/madoguchi.ini");
#ifdef Q_OS_WIN
    const QString policy = QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Policies\\Madoguchi");
#else
    const QString policy = QStringLiteral("/etc/xdg/Madoguchi/policy.ini");
#endif
    return std::make_unique<Settings>(userFile, policy);
}

std::unique_ptr<Settings> Settings::createTemporary(const QString& dir, const QString& policyIni)
{
    return std::make_unique<Settings>(dir + QStringLiteral("/user.ini"), policyIni);
}

const std::vector<SettingDefinition>& Settings::definitions()
{
    return settingDefinitions();
}

const SettingDefinition& Settings::definition(SettingKey key)
{
    // The table is in enum order; SettingsKeys.cpp keeps it that way (tested).
    return settingDefinitions().at(static_cast<std::size_t>(index(key)));
}

std::optional<SettingKey> Settings::keyFromName(const QString& name)
{
    for (const SettingDefinition& def : settingDefinitions()) {
        if (name == QLatin1String(def.name))
            return def.key;
    }
    return std::nullopt;
}

QString Settings::description(SettingKey key)
{
    return QCoreApplication::translate("madoguchi::Settings", definition(key).description);
}

Result<QVariant> Settings::validate(SettingKey key, const QVariant& raw)
{
    const SettingDefinition& def = definition(key);
    const QString name = QString::fromLatin1(def.name);
    // An unquoted comma in an INI value makes QSettings return a list.
    const QString text =
        raw.typeId() == QMetaType::QStringList ? raw.toStringList().join(u',') : raw.toString();
    switch (def.type) {
    case SettingType::Bool: {
        if (raw.typeId() == QMetaType::Bool)
            return raw;
        const QString word = text.trimmed().toLower();
        if (word == QLatin1String("true") || word == QLatin1String("1") || word == QLatin1String("yes") ||
            word == QLatin1String("on"))
            return QVariant(true);
        if (word == QLatin1String("false") || word == QLatin1String("0") || word == QLatin1String("no") ||
            word == QLatin1String("off"))
            return QVariant(false);
        return invalid(def, tr("The setting %1 must be true or false, not \"%2\".").arg(name, text));
    }
    case SettingType::Int: {
        bool ok = false;
        const int number = raw.typeId() == QMetaType::Int ? raw.toInt(&ok) : text.trimmed().toInt(&ok);
        if (!ok || number < def.minimum || number > def.maximum) {
            return invalid(def, tr("The setting %1 must be a whole number from %2 to %3, not \"%4\".")
                                    .arg(name)
                                    .arg(def.minimum)
                                    .arg(def.maximum)
                                    .arg(text));
        }
        return QVariant(number);
    }
    case SettingType::String:
    case SettingType::Path:
        break;
    }
    if (!raw.canConvert<QString>() && raw.typeId() != QMetaType::QStringList)
        return invalid(def, tr("The setting %1 must be text.").arg(name));
    if (!def.allowed.isEmpty() && !def.allowed.contains(text)) {
        QStringList shown;
        for (const QString& allowed : def.allowed)
            shown << (allowed.isEmpty() ? tr("(empty)") : allowed);
        return invalid(def, tr("The setting %1 must be one of %2, not \"%3\".")
                                .arg(name, shown.join(QStringLiteral(", ")), text));
    }
    if (def.type == SettingType::Path && !text.isEmpty() && !QDir::isAbsolutePath(text))
        return invalid(def, tr("The setting %1 must be an absolute path, not \"%2\".").arg(name, text));
    return QVariant(text);
}

QVariant Settings::value(SettingKey key) const
{
    const auto locked = m_policy.constFind(index(key));
    return locked != m_policy.cend() ? locked.value() : userOrDefault(key);
}

QVariant Settings::userOrDefault(SettingKey key) const
{
    const SettingDefinition& def = definition(key);
    const QString name = QString::fromLatin1(def.name);
    if (m_user->contains(name)) {
        // A hand-edited user file with a bad value falls back to the default rather than
        // feeding a bad value to the application.
        Result<QVariant> stored = validate(key, m_user->value(name));
        if (stored)
            return stored.value();
    }
    return def.defaultValue;
}

bool Settings::isLocked(SettingKey key) const
{
    return m_policy.contains(index(key));
}

Status Settings::setValue(SettingKey key, const QVariant& value)
{
    const QString name = QString::fromLatin1(definition(key).name);
    if (isLocked(key)) {
        return makeError(
            QStringLiteral("settings.locked"),
            tr("The setting %1 is set by the administrator's policy and cannot be changed here.").arg(name),
            name);
    }
    Result<QVariant> checked = validate(key, value);
    if (!checked)
        return checked.error();
    return writeUser(key, &checked.value());
}

Status Settings::reset(SettingKey key)
{
    return writeUser(key, nullptr);
}

Status Settings::writeUser(SettingKey key, const QVariant* value)
{
    const QString name = QString::fromLatin1(definition(key).name);
    const QVariant before = this->value(key);
    if (value)
        m_user->setValue(name, *value);
    else
        m_user->remove(name);
    m_user->sync();
    if (m_user->status() != QSettings::NoError) {
        return makeError(QStringLiteral("settings.write"),
                         tr("Cannot save the settings to %1.").arg(QDir::toNativeSeparators(m_userFile)),
                         name);
    }
    if (this->value(key) != before)
        Q_EMIT changed(key);
    return {};
}

QHash<QString, int> Settings::policyLineNumbers() const
{
    // QSettings does not tell where a value came from; read the INI text once more, only to
    // point the admin at the right line.
    QHash<QString, int> lines;
    QFile file(m_policySource);
    if (isRegistryKey(m_policySource) || !file.open(QIODevice::ReadOnly | QIODevice::Text))
        return lines;
    const QStringList text = QString::fromUtf8(file.readAll()).split(u'\n');
    QString section;
    for (int i = 0; i < text.size(); ++i) {
        const QString line = text.at(i).trimmed();
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            section = line.mid(1, line.size() - 2).trimmed();
            if (section.compare(QLatin1String("General"), Qt::CaseInsensitive) == 0)
                section.clear();
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (line.startsWith(u';') || line.startsWith(u'#') || equals <= 0)
            continue;
        const QString key = line.left(equals).trimmed();
        lines.insert(section.isEmpty() ? key : QString(section + u'/' + key), i + 1);
    }
    return lines;
}

QString Settings::policyWhere(const QHash<QString, int>& lines, const QString& name) const
{
    if (isRegistryKey(m_policySource))
        return m_policySource + u'\\' + QString(name).replace(u'/', u'\\');
    const QString file = QFileInfo(m_policySource).fileName();
    const auto line = lines.constFind(name);
    if (line == lines.cend())
        return file + u' ' + name;
    return file + u':' + QString::number(line.value()) + u' ' + name;
}

void Settings::reloadPolicy()
{
    QHash<int, QVariant> before;
    for (const SettingDefinition& def : settingDefinitions())
        before.insert(index(def.key), value(def.key));

    m_policy.clear();
    m_policyProblems.clear();
    if (!m_policySource.isEmpty()) {
        const bool registry = isRegistryKey(m_policySource);
        QSettings policy(m_policySource, registry ? QSettings::NativeFormat : QSettings::IniFormat);
        const QHash<QString, int> lines = policyLineNumbers();
        if (policy.status() != QSettings::NoError) {
            m_policyProblems << makeError(QStringLiteral("settings.policyUnreadable"),
                                          tr("The policy %1 cannot be read; it is ignored.")
                                              .arg(QDir::toNativeSeparators(m_policySource)),
                                          m_policySource);
        }
        const QStringList names = policy.allKeys();
        for (const QString& name : names) {
            const std::optional<SettingKey> key = keyFromName(name);
            if (!key) {
                m_policyProblems << makeError(
                    QStringLiteral("settings.policyUnknownKey"),
                    tr("The policy sets %1, which is not a setting of Madoguchi; it is ignored.").arg(name),
                    policyWhere(lines, name));
                continue;
            }
            Result<QVariant> checked = validate(*key, policy.value(name));
            if (!checked) {
                m_policyProblems << makeError(QStringLiteral("settings.policyInvalid"),
                                              checked.error().message + u' ' +
                                                  tr("The policy value is ignored."),
                                              policyWhere(lines, name));
                continue;
            }
            m_policy.insert(index(*key), checked.value());
        }
    }

    for (const SettingDefinition& def : settingDefinitions()) {
        if (value(def.key) != before.value(index(def.key)))
            Q_EMIT changed(def.key);
    }
}

} // namespace madoguchi
