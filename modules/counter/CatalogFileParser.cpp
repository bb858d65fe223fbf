#include "counter/CatalogFileParser.h"

#include "counter/CatalogReader.h"
#include "counter/ConditionParser.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace madoguchi::counter {

namespace {

const QString formatName = QStringLiteral("madoguchi-procedures");
constexpr int maxCopies = 99;
constexpr int maxFeeYen = 1000000;

QString indexed(const QString& path, int index)
{
    return path + QStringLiteral("[%1]").arg(index);
}

} // namespace

CatalogFileParser::CatalogFileParser(CatalogReader& reader)
    : m_reader(reader)
{}

bool CatalogFileParser::claim(QHash<QString, QString>& places, const QString& id, const QString& at,
                              const QString& kind)
{
    const auto first = places.constFind(id);
    if (first != places.constEnd()) {
        //: %1 is "procedure", "life event", "fact" or "choice"; %3 the place of the first, "file:line".
        m_reader.problem(at, tr("duplicate %1 id \"%2\" (first at %3)").arg(kind, id, first.value()));
        return false;
    }
    places.insert(id, m_reader.place(at));
    return true;
}

void CatalogFileParser::readObjects(const QString& key, const QString& notAnObject,
                                    const std::function<void(const QJsonObject&, const QString&)>& read)
{
    const auto list = m_reader.array(m_reader.root(), QString(), key, false, false);
    if (!list)
        return;
    for (int i = 0; i < list->size(); ++i) {
        const QString path = indexed(key, i);
        if (list->at(i).isObject())
            read(list->at(i).toObject(), path);
        else
            m_reader.problem(path, notAnObject);
    }
}

void CatalogFileParser::readHeader()
{
    const QJsonObject& root = m_reader.root();
    m_reader.checkKeys(root, QString(),
                       {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("description"),
                        QStringLiteral("questions"), QStringLiteral("procedures"),
                        QStringLiteral("lifeEvents")});
    if (const auto format = m_reader.string(root, QString(), QStringLiteral("format"), true);
        format && *format != formatName)
        m_reader.problem(QStringLiteral("format"), tr("must be \"%1\"").arg(formatName));
    if (!root.contains(QStringLiteral("version"))) {
        m_reader.problem(QStringLiteral("version"), tr("is missing"));
    } else if (const QJsonValue version = root.value(QStringLiteral("version")); !version.isDouble()) {
        m_reader.problem(QStringLiteral("version"), tr("must be the number 1"));
    } else if (version.toDouble() != 1) {
        m_reader.problem(QStringLiteral("version"),
                         tr("version %1 is not supported (only 1)").arg(version.toDouble()));
    }
    (void)m_reader.string(root, QString(), QStringLiteral("description"), false);
}

void CatalogFileParser::readQuestions(CatalogParts& parts)
{
    readObjects(QStringLiteral("questions"), tr("a question must be an object"),
                [&](const QJsonObject& object, const QString& path) { readQuestion(object, path, parts); });
}

void CatalogFileParser::readQuestion(const QJsonObject& object, const QString& path, CatalogParts& parts)
{
    m_reader.checkKeys(
        object, path,
        {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("type"), QStringLiteral("choices")});
    CatalogFact fact;
    fact.source = CatalogFact::Source::Question;
    fact.where = m_reader.where(path);
    const QString idPath = CatalogReader::join(path, QStringLiteral("id"));
    const std::optional<QString> id = m_reader.identifier(object, path, QStringLiteral("id"), true);
    bool usable = id.has_value();
    if (id && parts.factsById.contains(*id) && !parts.factsById.value(*id).isQuestion()) {
        m_reader.problem(idPath,
                         tr("\"%1\" comes from the resident record: it cannot be a question").arg(*id));
        usable = false;
    } else if (id && !claim(parts.factPlaces, *id, idPath, tr("fact"))) {
        usable = false;
    }
    if (id)
        fact.id = *id;
    if (const auto label = m_reader.text(object, path, QStringLiteral("label"), true))
        fact.label = *label;

    const QString typePath = CatalogReader::join(path, QStringLiteral("type"));
    const std::optional<QString> type = m_reader.string(object, path, QStringLiteral("type"), true);
    std::optional<FactType> parsedType;
    for (FactType candidate : {FactType::Bool, FactType::Int, FactType::Choice}) {
        if (type && *type == factTypeName(candidate))
            parsedType = candidate;
    }
    if (type && !parsedType)
        m_reader.problem(typePath, tr("must be \"bool\", \"int\" or \"choice\""));
    if (!parsedType)
        usable = false;
    else
        fact.type = *parsedType;
    if (const auto fixed = id ? CatalogFact::fixedQuestionType(*id) : std::nullopt;
        fixed && parsedType && *fixed != *parsedType) {
        m_reader.problem(typePath, tr("\"%1\" must be of type %2: the counter fills it itself when it can")
                                       .arg(*id, factTypeName(*fixed)));
    }

    const bool hasChoices = object.contains(QStringLiteral("choices"));
    if (parsedType == FactType::Choice) {
        readChoices(object, path, fact);
        usable = usable && !fact.choices.isEmpty();
    } else if (hasChoices && parsedType) {
        m_reader.problem(CatalogReader::join(path, QStringLiteral("choices")),
                         tr("only a question of type \"choice\" has choices"));
    }
    // An unusable question (no id, a taken id, no type, no choices) is left out: conditions on
    // it then report an unknown fact, which comes after the problem found here.
    if (usable) {
        parts.facts.append(fact);
        parts.factsById.insert(fact.id, fact);
    }
}

void CatalogFileParser::readChoices(const QJsonObject& object, const QString& path, CatalogFact& fact)
{
    const auto list = m_reader.array(object, path, QStringLiteral("choices"), true, true);
    if (!list)
        return;
    const QString at = CatalogReader::join(path, QStringLiteral("choices"));
    QHash<QString, QString> places;
    for (int i = 0; i < list->size(); ++i) {
        const QString choicePath = indexed(at, i);
        if (!list->at(i).isObject()) {
            m_reader.problem(choicePath, tr("a choice must be an object: {\"id\": ..., \"label\": ...}"));
            continue;
        }
        const QJsonObject choiceObject = list->at(i).toObject();
        m_reader.checkKeys(choiceObject, choicePath, {QStringLiteral("id"), QStringLiteral("label")});
        CatalogChoice choice;
        const auto id = m_reader.identifier(choiceObject, choicePath, QStringLiteral("id"), true);
        if (id && claim(places, *id, CatalogReader::join(choicePath, QStringLiteral("id")), tr("choice")))
            choice.id = *id;
        if (const auto label = m_reader.text(choiceObject, choicePath, QStringLiteral("label"), true))
            choice.label = *label;
        if (!choice.id.isEmpty())
            fact.choices.append(choice);
    }
}

void CatalogFileParser::readProcedures(CatalogParts& parts)
{
    readObjects(QStringLiteral("procedures"), tr("a procedure must be an object"),
                [&](const QJsonObject& object, const QString& path) { readProcedure(object, path, parts); });
}

void CatalogFileParser::readProcedure(const QJsonObject& object, const QString& path, CatalogParts& parts)
{
    m_reader.checkKeys(object, path,
                       {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("department"),
                        QStringLiteral("documents"), QStringLiteral("forms"), QStringLiteral("certificates"),
                        QStringLiteral("condition"), QStringLiteral("notes")});
    Procedure procedure;
    procedure.where = m_reader.where(path);
    const auto id = m_reader.identifier(object, path, QStringLiteral("id"), true);
    if (id)
        procedure.id = *id;
    if (const auto title = m_reader.text(object, path, QStringLiteral("title"), true))
        procedure.title = *title;
    if (const auto department = m_reader.text(object, path, QStringLiteral("department"), true))
        procedure.department = *department;
    if (const auto documents = m_reader.array(object, path, QStringLiteral("documents"), true, false)) {
        const QString at = CatalogReader::join(path, QStringLiteral("documents"));
        for (int i = 0; i < documents->size(); ++i) {
            if (const auto document = m_reader.textValue(documents->at(i), indexed(at, i)))
                procedure.documents.append(*document);
        }
    }
    readForms(object, path, procedure);
    readCertificates(object, path, procedure);
    if (object.contains(QStringLiteral("condition"))) {
        ConditionParser conditions(m_reader, parts.factsById);
        if (auto condition = conditions.parse(object.value(QStringLiteral("condition")),
                                              CatalogReader::join(path, QStringLiteral("condition"))))
            procedure.condition = std::move(*condition);
    }
    if (const auto notes = m_reader.text(object, path, QStringLiteral("notes"), false))
        procedure.notes = *notes;
    // Kept even when another field is broken, so events listing it report no second problem.
    if (id &&
        claim(parts.procedurePlaces, *id, CatalogReader::join(path, QStringLiteral("id")), tr("procedure")))
        parts.procedures.append(procedure);
}

void CatalogFileParser::readForms(const QJsonObject& object, const QString& path, Procedure& procedure)
{
    static const QRegularExpression templateName(QStringLiteral("^[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*$"));
    const auto forms = m_reader.array(object, path, QStringLiteral("forms"), false, false);
    if (!forms)
        return;
    const QString at = CatalogReader::join(path, QStringLiteral("forms"));
    for (int i = 0; i < forms->size(); ++i) {
        const QJsonValue form = forms->at(i);
        if (!form.isString() || !templateName.match(form.toString()).hasMatch()) {
            m_reader.problem(indexed(at, i),
                             tr("must be a document template name such as \"forms/jumin-ido-todoke\""));
            continue;
        }
        procedure.forms.append(form.toString());
    }
}

void CatalogFileParser::readCertificates(const QJsonObject& object, const QString& path, Procedure& procedure)
{
    const auto certificates = m_reader.array(object, path, QStringLiteral("certificates"), false, false);
    if (!certificates)
        return;
    const QString at = CatalogReader::join(path, QStringLiteral("certificates"));
    for (int i = 0; i < certificates->size(); ++i) {
        const QString certificatePath = indexed(at, i);
        if (!certificates->at(i).isObject()) {
            m_reader.problem(certificatePath,
                             tr("a certificate must be an object: {\"type\": ..., \"copies\": ..., "
                                "\"feeYen\": ...}"));
            continue;
        }
        const QJsonObject entry = certificates->at(i).toObject();
        m_reader.checkKeys(entry, certificatePath,
                           {QStringLiteral("type"), QStringLiteral("copies"), QStringLiteral("feeYen")});
        ProcedureCertificate certificate;
        if (const auto type = m_reader.identifier(entry, certificatePath, QStringLiteral("type"), true))
            certificate.type = *type;
        if (const auto copies =
                m_reader.wholeNumber(entry, certificatePath, QStringLiteral("copies"), false, 1, maxCopies,
                                     tr("must be a whole number of copies from 1 to %1").arg(maxCopies)))
            certificate.copies = *copies;
        const QString feePath = CatalogReader::join(certificatePath, QStringLiteral("feeYen"));
        const QJsonValue fee = entry.value(QStringLiteral("feeYen"));
        const double yen = fee.toDouble(-1);
        if (!entry.contains(QStringLiteral("feeYen")))
            m_reader.problem(feePath, tr("is missing"));
        else if (!fee.isDouble() || !std::isfinite(yen) || std::floor(yen) != yen || yen < 0)
            m_reader.problem(feePath, tr("must be a whole number of yen ≥ 0"));
        else if (yen > maxFeeYen)
            m_reader.problem(feePath, tr("must be at most %1 yen").arg(maxFeeYen));
        else
            certificate.feeYen = int(yen);
        procedure.certificates.append(certificate);
    }
}

void CatalogFileParser::readLifeEvents(CatalogParts& parts)
{
    readObjects(QStringLiteral("lifeEvents"), tr("a life event must be an object"),
                [&](const QJsonObject& object, const QString& path) { readLifeEvent(object, path, parts); });
}

void CatalogFileParser::readLifeEvent(const QJsonObject& object, const QString& path, CatalogParts& parts)
{
    m_reader.checkKeys(object, path,
                       {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("description"),
                        QStringLiteral("procedures")});
    LifeEvent event;
    event.where = m_reader.where(path);
    const auto id = m_reader.identifier(object, path, QStringLiteral("id"), true);
    if (id)
        event.id = *id;
    if (const auto title = m_reader.text(object, path, QStringLiteral("title"), true))
        event.title = *title;
    if (const auto description = m_reader.text(object, path, QStringLiteral("description"), false))
        event.description = *description;
    if (const auto listings = m_reader.array(object, path, QStringLiteral("procedures"), true, true)) {
        const QString at = CatalogReader::join(path, QStringLiteral("procedures"));
        QHash<QString, QString> listed;
        for (int i = 0; i < listings->size(); ++i) {
            const QString listingPath = indexed(at, i);
            LifeEventListing listing;
            if (!readListing(listings->at(i), listingPath, parts, listing))
                continue;
            if (listed.contains(listing.procedureId)) {
                m_reader.problem(listingPath,
                                 tr("procedure \"%1\" is listed twice in this event (first at %2)")
                                     .arg(listing.procedureId, listed.value(listing.procedureId)));
                continue;
            }
            listed.insert(listing.procedureId, m_reader.place(listingPath));
            event.procedures.append(listing);
        }
    }
    if (id &&
        claim(parts.lifeEventPlaces, *id, CatalogReader::join(path, QStringLiteral("id")), tr("life event")))
        parts.lifeEvents.append(event);
}

bool CatalogFileParser::readListing(const QJsonValue& value, const QString& path, const CatalogParts& parts,
                                    LifeEventListing& listing)
{
    listing.where = m_reader.where(path);
    if (value.isString()) {
        const auto id = m_reader.identifierValue(value, path);
        if (!id)
            return false;
        listing.procedureId = *id;
        m_references.append(Reference{path, *id});
        return true;
    }
    if (!value.isObject()) {
        m_reader.problem(path, tr("must be a procedure id or {\"procedure\": ..., \"condition\": ...}"));
        return false;
    }
    const QJsonObject object = value.toObject();
    m_reader.checkKeys(object, path, {QStringLiteral("procedure"), QStringLiteral("condition")});
    const auto id = m_reader.identifier(object, path, QStringLiteral("procedure"), true);
    if (object.contains(QStringLiteral("condition"))) {
        ConditionParser conditions(m_reader, parts.factsById);
        if (auto condition = conditions.parse(object.value(QStringLiteral("condition")),
                                              CatalogReader::join(path, QStringLiteral("condition"))))
            listing.condition = std::move(*condition);
    }
    if (!id)
        return false;
    listing.procedureId = *id;
    m_references.append(Reference{CatalogReader::join(path, QStringLiteral("procedure")), *id});
    return true;
}

void CatalogFileParser::checkListings(const CatalogParts& parts)
{
    for (const Reference& reference : std::as_const(m_references)) {
        if (!parts.procedurePlaces.contains(reference.procedureId))
            m_reader.referenceProblem(reference.path,
                                      tr("unknown procedure \"%1\"").arg(reference.procedureId));
    }
}

} // namespace madoguchi::counter
