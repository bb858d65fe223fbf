#include "counter/ProcedureCatalog.h"

#include "counter/CatalogFileParser.h"
#include "counter/CatalogReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>

#include <memory>
#include <vector>

namespace madoguchi::counter {

namespace {

Result<QByteArray> readFile(const QString& path, const QString& name)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            QStringLiteral("procedures.read"),
            ProcedureCatalog::tr("The procedure file cannot be read: %1").arg(file.errorString()), name);
    }
    return file.readAll();
}

} // namespace

QString ProcedureCatalog::builtInDirectory()
{
    return QStringLiteral(":/madoguchi/procedures");
}

Result<QList<CatalogSource>> ProcedureCatalog::sources(const QString& overrideDirectory)
{
    // File name -> (path, name in messages); a ward's file replaces the built-in one.
    QMap<QString, std::pair<QString, QString>> files;
    const QDir builtIn(builtInDirectory());
    for (const QString& name : builtIn.entryList({QStringLiteral("*.json")}, QDir::Files))
        files.insert(name, {builtIn.filePath(name), name});
    if (!overrideDirectory.isEmpty()) {
        const QDir ward(overrideDirectory);
        if (!QFileInfo(overrideDirectory).isDir()) {
            return makeError(QStringLiteral("procedures.read"),
                             tr("The ward's procedure directory does not exist."), overrideDirectory);
        }
        // Unreadable files are listed too: they fail the load below rather than silently leave
        // the built-in file of that name in force.
        for (const QString& name : ward.entryList({QStringLiteral("*.json")}, QDir::Files))
            files.insert(name, {ward.filePath(name), ward.filePath(name)});
    }
    QList<CatalogSource> result;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        Result<QByteArray> bytes = readFile(it.value().first, it.value().second);
        if (!bytes)
            return bytes.error();
        result.append(CatalogSource{it.value().second, std::move(bytes).value()});
    }
    return result;
}

Result<ProcedureCatalog> ProcedureCatalog::load(const QString& overrideDirectory)
{
    Result<QList<CatalogSource>> files = sources(overrideDirectory);
    if (!files)
        return files.error();
    return fromSources(files.value());
}

Result<ProcedureCatalog> ProcedureCatalog::fromSources(const QList<CatalogSource>& sources)
{
    QList<Error> problems;
    ProcedureCatalog catalog = build(sources, problems);
    if (!problems.isEmpty())
        return problems.first();
    return catalog;
}

QList<Error> ProcedureCatalog::problems(const QList<CatalogSource>& sources)
{
    QList<Error> problems;
    (void)build(sources, problems);
    return problems;
}

ProcedureCatalog ProcedureCatalog::build(const QList<CatalogSource>& sources, QList<Error>& problems)
{
    // Readers keep a locator that points into their own bytes: they stay where they are built.
    std::vector<std::unique_ptr<CatalogReader>> readers;
    std::vector<CatalogFileParser> parsers;
    readers.reserve(size_t(sources.size()));
    parsers.reserve(size_t(sources.size()));
    for (const CatalogSource& source : sources) {
        auto reader = std::make_unique<CatalogReader>(source.fileName, source.json);
        if (reader->parse())
            parsers.emplace_back(*reader);
        readers.push_back(std::move(reader));
    }

    CatalogParts parts;
    for (const CatalogFact& fact : CatalogFact::recordFacts()) {
        parts.facts.append(fact);
        parts.factsById.insert(fact.id, fact);
    }
    // Questions of every file first: a condition may test one declared in another file.
    for (CatalogFileParser& parser : parsers) {
        parser.readHeader();
        parser.readQuestions(parts);
    }
    for (CatalogFileParser& parser : parsers) {
        parser.readProcedures(parts);
        parser.readLifeEvents(parts);
    }
    for (CatalogFileParser& parser : parsers)
        parser.checkListings(parts);

    for (const auto& reader : readers)
        problems.append(reader->problems());
    for (const auto& reader : readers)
        problems.append(reader->referenceProblems());
    ProcedureCatalog catalog;
    if (!problems.isEmpty())
        return catalog;
    catalog.m_facts = parts.facts;
    catalog.m_procedures = parts.procedures;
    catalog.m_lifeEvents = parts.lifeEvents;
    for (const CatalogSource& source : sources)
        catalog.m_files.append(source.fileName);
    catalog.index();
    return catalog;
}

void ProcedureCatalog::index()
{
    for (int i = 0; i < m_facts.size(); ++i)
        m_factIndex.insert(m_facts.at(i).id, i);
    for (int i = 0; i < m_procedures.size(); ++i)
        m_procedureIndex.insert(m_procedures.at(i).id, i);
    for (int i = 0; i < m_lifeEvents.size(); ++i)
        m_lifeEventIndex.insert(m_lifeEvents.at(i).id, i);
}

QList<CatalogFact> ProcedureCatalog::questions() const
{
    QList<CatalogFact> result;
    for (const CatalogFact& fact : m_facts) {
        if (fact.isQuestion())
            result.append(fact);
    }
    return result;
}

const CatalogFact* ProcedureCatalog::fact(const QString& id) const
{
    const int at = m_factIndex.value(id, -1);
    if (at >= 0)
        return &m_facts.at(at);
    // A default catalog has not been indexed: the record facts are still there.
    for (const CatalogFact& fact : m_facts) {
        if (fact.id == id)
            return &fact;
    }
    return nullptr;
}

const Procedure* ProcedureCatalog::procedure(const QString& id) const
{
    const int at = m_procedureIndex.value(id, -1);
    return at >= 0 ? &m_procedures.at(at) : nullptr;
}

const LifeEvent* ProcedureCatalog::lifeEvent(const QString& id) const
{
    const int at = m_lifeEventIndex.value(id, -1);
    return at >= 0 ? &m_lifeEvents.at(at) : nullptr;
}

} // namespace madoguchi::counter
