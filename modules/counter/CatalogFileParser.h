#pragma once

#include "counter/CatalogFact.h"
#include "counter/LifeEvent.h"
#include "counter/Procedure.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace madoguchi::counter {

class CatalogReader;

// What the files of a catalog hold together, filled file by file; the places ("file:line")
// name the first definition of an id when a later one repeats it.
struct CatalogParts
{
    QList<CatalogFact> facts; // the record facts, then the questions in file order
    QHash<QString, CatalogFact> factsById;
    QHash<QString, QString> factPlaces;
    QList<Procedure> procedures;
    QHash<QString, QString> procedurePlaces;
    QList<LifeEvent> lifeEvents;
    QHash<QString, QString> lifeEventPlaces;
};

// Reads the sections of one catalog file into CatalogParts. The catalog calls the steps in
// order over all files, because a condition may test a question of another file and an event
// may list a procedure of another file:
//   readHeader + readQuestions (every file), readProcedures + readLifeEvents (every file),
//   checkListings (every file).
class CatalogFileParser
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::counter::CatalogFileParser)

public:
    explicit CatalogFileParser(CatalogReader& reader);

    void readHeader();
    void readQuestions(CatalogParts& parts);
    void readProcedures(CatalogParts& parts);
    void readLifeEvents(CatalogParts& parts);
    // Every procedure an event of this file lists exists in `parts`.
    void checkListings(const CatalogParts& parts);

private:
    struct Reference
    {
        QString path;
        QString procedureId;
    };

    // Each element of the top-level list `key`, which must be an object.
    void readObjects(const QString& key, const QString& notAnObject,
                     const std::function<void(const QJsonObject&, const QString&)>& read);
    void readQuestion(const QJsonObject& object, const QString& path, CatalogParts& parts);
    void readChoices(const QJsonObject& object, const QString& path, CatalogFact& fact);
    void readProcedure(const QJsonObject& object, const QString& path, CatalogParts& parts);
    void readCertificates(const QJsonObject& object, const QString& path, Procedure& procedure);
    void readForms(const QJsonObject& object, const QString& path, Procedure& procedure);
    void readLifeEvent(const QJsonObject& object, const QString& path, CatalogParts& parts);
    bool readListing(const QJsonValue& value, const QString& path, const CatalogParts& parts,
                     LifeEventListing& listing);
    // A duplicate id is a problem at `at`; else the id's place is recorded.
    bool claim(QHash<QString, QString>& places, const QString& id, const QString& at, const QString& kind);

    CatalogReader& m_reader;
    QList<Reference> m_references;
};

} // namespace madoguchi::counter
