#pragma once

#include "common/Result.h"

#include <QFile>
#include <QJsonObject>
#include <QMutex>
#include <QString>
#include <QStringList>

namespace madoguchi::coresim {

// The structured access log: one JSON object per line (time, counter, method, path, the names
// of the query parameters, status, duration, bytes). Never bodies, never query values, never a
// My Number (paths pass through MyNumber::redact as a last line of defence). Thread-safe.
class AccessLog
{
public:
    struct Entry
    {
        QString counterId;
        QString method;
        QString path;
        QStringList queryKeys;
        int status = 0;
        double durationMs = 0;
        qint64 bytes = 0;
    };

    // Empty path: standard error.
    static Result<std::unique_ptr<AccessLog>> open(const QString& path);

    void request(const Entry& entry);
    // Server events that are not requests (start, stop, refused handshakes).
    void event(const QString& name, const QJsonObject& details);

private:
    AccessLog() = default;
    void writeLine(QJsonObject object);

    QMutex m_mutex;
    QFile m_file;
};

} // namespace madoguchi::coresim
