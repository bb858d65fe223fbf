// The admin policy file (policy.ini) through the real Settings class: arbitrary bytes as the
// policy. Invariants: no crash; every problem names where it is; a locked key's value passes the
// key's own validation; a key with a problem reported is not locked with the bad value.
#include "FuzzCheck.h"
#include "common/Settings.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace madoguchi;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static QTemporaryDir dir;
    const QString policy = dir.filePath(QStringLiteral("policy.ini"));
    QFile file(policy);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    file.write(reinterpret_cast<const char*>(data), qint64(size));
    file.close();
    QFile::remove(dir.filePath(QStringLiteral("user.ini")));

    auto settings = Settings::createTemporary(dir.path(), policy);
    for (const Error& problem : settings->policyProblems())
        FUZZ_CHECK(!problem.code.isEmpty() && !problem.where.isEmpty(), problem.message);
    for (const SettingDefinition& definition : Settings::definitions()) {
        const QVariant value = settings->value(definition.key);
        FUZZ_CHECK(Settings::validate(definition.key, value).ok(), QString::fromLatin1(definition.name));
        if (settings->isLocked(definition.key))
            FUZZ_CHECK(!settings->setValue(definition.key, value).ok(), QString::fromLatin1(definition.name));
    }
    return 0;
}
