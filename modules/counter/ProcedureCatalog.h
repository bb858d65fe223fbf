#pragma once

#include "common/Result.h"
#include "counter/CatalogFact.h"
#include "counter/CatalogSource.h"
#include "counter/LifeEvent.h"
#include "counter/Procedure.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace madoguchi::counter {

// The life events, procedures and questions of the counter, read from data
// (docs/procedures.md): the built-in files compiled in as ":/madoguchi/procedures/<file>.json"
// and a ward's own directory, whose files replace built-in ones of the same name and may add
// others. The files are read in order of their names and checked together (an event may list
// a procedure of another file); any problem fails the whole load, so a catalog is either
// complete and valid or not there at all: the caller keeps the one it had. The first error is
// the first of problems().
// Errors: procedures.read (a directory or file cannot be read), procedures.syntax (not JSON),
// procedures.invalid (where = "<file>:<line>: <json path>", message = what is wrong there).
class ProcedureCatalog
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::counter::ProcedureCatalog)

public:
    ProcedureCatalog() = default; // empty: no events, no procedures, only the record facts

    static QString builtInDirectory(); // ":/madoguchi/procedures"

    // The files load() reads: built-in ones, replaced or added to by `overrideDirectory`'s
    // *.json (none when empty), sorted by file name.
    static Result<QList<CatalogSource>> sources(const QString& overrideDirectory = {});
    static Result<ProcedureCatalog> load(const QString& overrideDirectory = {});
    // From files in memory (tests, fuzzing, a settings page checking a ward's files).
    static Result<ProcedureCatalog> fromSources(const QList<CatalogSource>& sources);
    // Every problem of the sources, not only the first: file by file, by line within a file, and
    // unknown facts or procedures after the rest (they often echo a broken definition).
    static QList<Error> problems(const QList<CatalogSource>& sources);

    // The record facts, then the questions in file order.
    const QList<CatalogFact>& facts() const { return m_facts; }
    QList<CatalogFact> questions() const;
    const QList<Procedure>& procedures() const { return m_procedures; }
    const QList<LifeEvent>& lifeEvents() const { return m_lifeEvents; }
    QStringList files() const { return m_files; }

    // nullptr when there is none of that id.
    const CatalogFact* fact(const QString& id) const;
    const Procedure* procedure(const QString& id) const;
    const LifeEvent* lifeEvent(const QString& id) const;

private:
    static ProcedureCatalog build(const QList<CatalogSource>& sources, QList<Error>& problems);
    void index();

    QList<CatalogFact> m_facts = CatalogFact::recordFacts();
    QList<Procedure> m_procedures;
    QList<LifeEvent> m_lifeEvents;
    QStringList m_files;
    QHash<QString, int> m_factIndex;
    QHash<QString, int> m_procedureIndex;
    QHash<QString, int> m_lifeEventIndex;
};

} // namespace madoguchi::counter
