#pragma once

#include "common/Result.h"
#include "counter/Identification.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace madoguchi {
class DataKeyManager;
}

namespace madoguchi::counter {

// Encrypts and decrypts the personal data of visits with the data key, by the conventions of
// CounterSchema: the identification's personal part in counter_visits.person_enc, free-text notes
// in counter_events.note_enc and counter_procedures.note_enc, each bound to its row id through
// DataKeyManager::aadFor so that a blob copied to another row does not decrypt.
class VisitCipher
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::counter::VisitCipher)

public:
    explicit VisitCipher(const DataKeyManager& dataKey);

    Result<QByteArray> sealPerson(const QString& visitId, const Identification& identification) const;
    // Fills the personal part of `identification` from the blob.
    Status openPerson(const QString& visitId, const QByteArray& blob, Identification& identification) const;

    // An empty note is stored as NULL (a null QByteArray variant), anything else encrypted.
    Result<QVariant> sealNote(const QString& table, const QString& column, const QString& rowId,
                              const QString& note) const;
    Result<QString> openNote(const QString& table, const QString& column, const QString& rowId,
                             const QVariant& blob) const;

private:
    const DataKeyManager& m_dataKey;
};

} // namespace madoguchi::counter
