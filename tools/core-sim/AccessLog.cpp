#include "AccessLog.h"

#include "common/MyNumber.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace madoguchi::coresim {

Result<std::unique_ptr<AccessLog>> AccessLog::open(const QString& path)
{
    std::unique_ptr<AccessLog> log(new AccessLog);
    const bool opened =
        path.isEmpty()
            ? log->m_file.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered)
            : (log->m_file.setFileName(path), log->m_file.open(QIODevice::WriteOnly | QIODevice::Append));
    if (!opened) {
        return makeError(QStringLiteral("coresim.accessLog"),
                         QStringLiteral("Cannot open the access log: %1").arg(log->m_file.errorString()),
                         path);
    }
    return Result<std::unique_ptr<AccessLog>>(std::move(log));
}

void AccessLog::writeLine(QJsonObject object)
{
    object.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    QMutexLocker locker(&m_mutex);
    m_file.write(line);
    m_file.flush();
}

void AccessLog::request(const Entry& entry)
{
    writeLine({{QStringLiteral("counter"), entry.counterId.isEmpty() ? QStringLiteral("-") : entry.counterId},
               {QStringLiteral("method"), entry.method},
               {QStringLiteral("path"), MyNumber::redact(entry.path)},
               {QStringLiteral("query"), QJsonArray::fromStringList(entry.queryKeys)},
               {QStringLiteral("status"), entry.status},
               {QStringLiteral("durationMs"), qRound(entry.durationMs * 100) / 100.0},
               {QStringLiteral("bytes"), entry.bytes}});
}

void AccessLog::event(const QString& name, const QJsonObject& details)
{
    QJsonObject object = details;
    object.insert(QStringLiteral("event"), name);
    writeLine(object);
}

} // namespace madoguchi::coresim
