#pragma once

// A secret store kept in a file, so that the data key survives a killed process and a restart
// in the crash test (the keychain is not available under isolated.sh). Tests only.

#include "../common/MemorySecretStore.h"

#include <QDataStream>
#include <QFile>

namespace madoguchi::test {

class FileSecretStore : public MemorySecretStore
{
public:
    explicit FileSecretStore(QString path)
        : m_path(std::move(path))
    {
        QFile file(m_path);
        if (file.open(QIODevice::ReadOnly)) {
            QDataStream in(&file);
            in >> entries;
        }
    }
    void write(const QString& key, const QByteArray& data, QObject* context, StatusCallback done) override
    {
        MemorySecretStore::write(key, data, context, std::move(done));
        QFile file(m_path);
        if (file.open(QIODevice::WriteOnly)) {
            QDataStream out(&file);
            out << entries;
            file.flush();
        }
    }

private:
    QString m_path;
};

} // namespace madoguchi::test
