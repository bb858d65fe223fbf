#include "counter/VisitCipher.h"

#include "common/DataKeyManager.h"
#include "counter/CounterSchema.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace madoguchi::counter {

namespace {

// Plain personal data should not linger in freed memory longer than needed.
void wipe(QByteArray& bytes)
{
    bytes.fill('\0');
    bytes.clear();
}

} // namespace

VisitCipher::VisitCipher(const DataKeyManager& dataKey)
    : m_dataKey(dataKey)
{}

Result<QByteArray> VisitCipher::sealPerson(const QString& visitId, const Identification& identification) const
{
    QByteArray plain = QJsonDocument(identification.personalJson()).toJson(QJsonDocument::Compact);
    Result<QByteArray> sealed =
        m_dataKey.encrypt(plain, DataKeyManager::aadFor(CounterSchema::visitsTable(),
                                                        CounterSchema::visitsPersonColumn(), visitId));
    wipe(plain);
    return sealed;
}

Status VisitCipher::openPerson(const QString& visitId, const QByteArray& blob,
                               Identification& identification) const
{
    Result<QByteArray> plain =
        m_dataKey.decrypt(blob, DataKeyManager::aadFor(CounterSchema::visitsTable(),
                                                       CounterSchema::visitsPersonColumn(), visitId));
    if (!plain)
        return plain.error();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(plain.value(), &parseError);
    wipe(plain.value());
    if (!document.isObject())
        return makeError(QStringLiteral("counter.visit.corrupt"),
                         tr("The stored identification of a visit cannot be read."),
                         CounterSchema::visitsTable() + u':' + visitId);
    identification.readPersonalJson(document.object());
    return {};
}

Result<QVariant> VisitCipher::sealNote(const QString& table, const QString& column, const QString& rowId,
                                       const QString& note) const
{
    if (note.isEmpty())
        return QVariant(QMetaType::fromType<QByteArray>());
    QByteArray plain = note.toUtf8();
    Result<QByteArray> sealed = m_dataKey.encrypt(plain, DataKeyManager::aadFor(table, column, rowId));
    wipe(plain);
    if (!sealed)
        return sealed.error();
    return QVariant(sealed.value());
}

Result<QString> VisitCipher::openNote(const QString& table, const QString& column, const QString& rowId,
                                      const QVariant& blob) const
{
    if (blob.isNull() || blob.toByteArray().isEmpty())
        return QString();
    Result<QByteArray> plain =
        m_dataKey.decrypt(blob.toByteArray(), DataKeyManager::aadFor(table, column, rowId));
    if (!plain)
        return plain.error();
    const QString note = QString::fromUtf8(plain.value());
    wipe(plain.value());
    return note;
}

} // namespace madoguchi::counter
