#include "counter/VisitRows.h"

#include "counter/CounterSchema.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace madoguchi::counter {

namespace {

const char* const visitColumns =
    "visit_id, category_id, ticket_day, ticket_seq, ticket_number, state, progress, counter_id, staff_id, "
    "target_counter, target_department, id_source, id_document, request_kind, resident_id, person_enc, "
    "issued_ms, queued_ms, called_ms, closed_ms, call_count, version, life_events";

Error dbError(const QSqlQuery& query, const QString& table)
{
    return makeError(QStringLiteral("counter.visit.db"),
                     VisitRows::tr("The visits of the counter could not be read or written: %1")
                         .arg(query.lastError().text()),
                     table);
}

Error corrupt(const QString& visitId, const QString& what)
{
    return makeError(QStringLiteral("counter.visit.corrupt"),
                     VisitRows::tr("A stored visit holds a value this version does not know: %1.").arg(what),
                     CounterSchema::visitsTable() + u':' + visitId);
}

QVariant msOrNull(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromMs(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// The life events as stored: a JSON array of ids, NULL for none.
QVariant lifeEventsValue(const QStringList& ids)
{
    if (ids.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

std::optional<QStringList> lifeEventsFrom(const QVariant& value)
{
    if (value.isNull() || value.toString().isEmpty())
        return QStringList();
    const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8());
    if (!document.isArray())
        return std::nullopt;
    QStringList ids;
    for (const QJsonValue& id : document.array()) {
        if (!id.isString())
            return std::nullopt;
        ids << id.toString();
    }
    return ids;
}

bool isPostgres(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

} // namespace

VisitRows::VisitRows(const VisitCipher& cipher)
    : m_cipher(cipher)
{}

QString VisitRows::eventKey(const QString& visitId, int sequence)
{
    return visitId + u'#' + QString::number(sequence);
}

QString VisitRows::procedureKey(const QString& visitId, const QString& procedureId)
{
    return visitId + u'/' + procedureId;
}

Result<Visit> VisitRows::readVisit(const QSqlQuery& q) const
{
    Visit visit;
    visit.id = q.value(0).toString();
    visit.ticket.categoryId = q.value(1).toString();
    visit.ticket.day = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    visit.ticket.sequence = q.value(3).toInt();
    visit.ticket.number = q.value(4).toString();
    const std::optional<VisitState> state = VisitStates::fromName(q.value(5).toString());
    const std::optional<VisitState> progress = VisitStates::fromName(q.value(6).toString());
    if (!state || !progress)
        return corrupt(visit.id, QStringLiteral("state"));
    visit.state = *state;
    visit.progress = *progress;
    visit.counterId = q.value(7).toString();
    visit.staffId = q.value(8).toString();
    visit.targetCounter = q.value(9).toString();
    visit.targetDepartment = q.value(10).toString();
    if (!q.value(11).isNull()) {
        Identification identification;
        const auto source = Identification::sourceFromName(q.value(11).toString());
        const auto document = IdentificationDocuments::fromName(q.value(12).toString());
        const auto kind = RequestKinds::fromName(q.value(13).toString());
        if (!source || !document || !kind)
            return corrupt(visit.id, QStringLiteral("identification"));
        identification.source = *source;
        identification.document = *document;
        identification.requestKind = *kind;
        identification.residentId = q.value(14).toString();
        if (Status opened = m_cipher.openPerson(visit.id, q.value(15).toByteArray(), identification); !opened)
            return opened.error();
        visit.identification = identification;
    }
    visit.issuedAt = fromMs(q.value(16));
    visit.queuedAt = fromMs(q.value(17));
    visit.firstCalledAt = fromMs(q.value(18));
    visit.closedAt = fromMs(q.value(19));
    visit.callCount = q.value(20).toInt();
    visit.version = q.value(21).toLongLong();
    const std::optional<QStringList> lifeEvents = lifeEventsFrom(q.value(22));
    if (!lifeEvents)
        return corrupt(visit.id, QStringLiteral("life events"));
    visit.lifeEvents = *lifeEvents;
    return visit;
}

Status VisitRows::readChildren(QSqlDatabase db, Visit& visit) const
{
    QSqlQuery procedures(db);
    procedures.setForwardOnly(true);
    procedures.prepare(
        QStringLiteral("SELECT row_key, procedure_id, status, note_enc FROM counter_procedures "
                       "WHERE visit_id = ? ORDER BY position"));
    procedures.addBindValue(visit.id);
    if (!procedures.exec())
        return dbError(procedures, CounterSchema::proceduresTable());
    while (procedures.next()) {
        VisitProcedure procedure;
        procedure.procedureId = procedures.value(1).toString();
        const std::optional<ProcedureStatus> status =
            ProcedureStatuses::fromName(procedures.value(2).toString());
        if (!status)
            return corrupt(visit.id, QStringLiteral("procedure status"));
        procedure.status = *status;
        Result<QString> note =
            m_cipher.openNote(CounterSchema::proceduresTable(), CounterSchema::proceduresNoteColumn(),
                              procedures.value(0).toString(), procedures.value(3));
        if (!note)
            return note.error();
        procedure.note = note.value();
        visit.procedures << procedure;
    }

    QSqlQuery certificates(db);
    certificates.setForwardOnly(true);
    certificates.prepare(QStringLiteral("SELECT certificate_type, copies, resident_id, fee_yen FROM "
                                        "counter_certificates WHERE visit_id = ? ORDER BY line"));
    certificates.addBindValue(visit.id);
    if (!certificates.exec())
        return dbError(certificates, QStringLiteral("counter_certificates"));
    while (certificates.next()) {
        visit.certificates << VisitCertificate{
            certificates.value(0).toString(), certificates.value(1).toInt(), certificates.value(2).toString(),
            certificates.value(3).toLongLong()};
    }

    QSqlQuery fees(db);
    fees.setForwardOnly(true);
    fees.prepare(
        QStringLiteral("SELECT fee_code, amount_yen FROM counter_fees WHERE visit_id = ? ORDER BY line"));
    fees.addBindValue(visit.id);
    if (!fees.exec())
        return dbError(fees, QStringLiteral("counter_fees"));
    while (fees.next())
        visit.fees << VisitFee{fees.value(0).toString(), fees.value(1).toLongLong()};
    return {};
}

Result<std::optional<Visit>> VisitRows::load(QSqlDatabase db, const QString& visitId, bool forUpdate) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM counter_visits WHERE visit_id = ?%2")
                  .arg(QLatin1String(visitColumns),
                       forUpdate && isPostgres(db) ? QStringLiteral(" FOR UPDATE") : QString()));
    q.addBindValue(visitId);
    if (!q.exec())
        return dbError(q, CounterSchema::visitsTable());
    if (!q.next())
        return std::optional<Visit>();
    Result<Visit> visit = readVisit(q);
    if (!visit)
        return visit.error();
    q.finish();
    if (Status children = readChildren(db, visit.value()); !children)
        return children.error();
    return std::optional<Visit>(std::move(visit).value());
}

Result<QList<Visit>> VisitRows::loadWhere(QSqlDatabase db, const QString& where, const QVariantList& values,
                                          const QString& orderBy) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM counter_visits WHERE %2 ORDER BY %3")
                  .arg(QLatin1String(visitColumns), where, orderBy));
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (!q.exec())
        return dbError(q, CounterSchema::visitsTable());
    // The children are read with other queries on the same connection, which PostgreSQL allows
    // only once this result is consumed: collect the rows first.
    QList<Visit> visits;
    while (q.next()) {
        Result<Visit> visit = readVisit(q);
        if (!visit)
            return visit.error();
        visits << std::move(visit).value();
    }
    q.finish();
    for (Visit& visit : visits) {
        if (Status children = readChildren(db, visit); !children)
            return children.error();
    }
    return visits;
}

Status VisitRows::insert(QSqlDatabase db, const Visit& visit) const
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO counter_visits (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(QLatin1String(visitColumns)));
    q.addBindValue(visit.id);
    q.addBindValue(visit.ticket.categoryId);
    q.addBindValue(visit.ticket.day.toString(Qt::ISODate));
    q.addBindValue(visit.ticket.sequence);
    q.addBindValue(visit.ticket.number);
    q.addBindValue(VisitStates::name(visit.state));
    q.addBindValue(VisitStates::name(visit.progress));
    q.addBindValue(visit.counterId);
    q.addBindValue(textOrNull(visit.staffId));
    q.addBindValue(textOrNull(visit.targetCounter));
    q.addBindValue(textOrNull(visit.targetDepartment));
    // A new visit has no identification yet (VisitStore::issueTicket).
    for (int i = 0; i < 4; ++i)
        q.addBindValue(QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(QVariant(QMetaType::fromType<QByteArray>()));
    q.addBindValue(msOrNull(visit.issuedAt));
    q.addBindValue(msOrNull(visit.queuedAt));
    q.addBindValue(msOrNull(visit.firstCalledAt));
    q.addBindValue(msOrNull(visit.closedAt));
    q.addBindValue(visit.callCount);
    q.addBindValue(visit.version);
    q.addBindValue(lifeEventsValue(visit.lifeEvents));
    if (!q.exec())
        return dbError(q, CounterSchema::visitsTable());
    return {};
}

Status VisitRows::update(QSqlDatabase db, const Visit& visit, qint64 expectedVersion,
                         const QDateTime& at) const
{
    QVariant personBlob(QMetaType::fromType<QByteArray>());
    if (visit.identification) {
        Result<QByteArray> sealed = m_cipher.sealPerson(visit.id, *visit.identification);
        if (!sealed)
            return sealed.error();
        personBlob = sealed.value();
    }
    const Identification* id = visit.identification ? &*visit.identification : nullptr;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE counter_visits SET state = ?, progress = ?, counter_id = ?, staff_id = ?, target_counter = "
        "?, "
        "target_department = ?, id_source = ?, id_document = ?, request_kind = ?, resident_id = ?, "
        "person_enc = ?, "
        "queued_ms = ?, called_ms = ?, closed_ms = ?, wait_seconds = ?, service_seconds = ?, call_count = ?, "
        "version = ?, life_events = ? WHERE visit_id = ? AND version = ?"));
    q.addBindValue(VisitStates::name(visit.state));
    q.addBindValue(VisitStates::name(visit.progress));
    q.addBindValue(visit.counterId);
    q.addBindValue(textOrNull(visit.staffId));
    q.addBindValue(textOrNull(visit.targetCounter));
    q.addBindValue(textOrNull(visit.targetDepartment));
    q.addBindValue(id ? QVariant(Identification::sourceName(id->source))
                      : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(id ? QVariant(IdentificationDocuments::name(id->document))
                      : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(id ? QVariant(RequestKinds::name(id->requestKind))
                      : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(id ? textOrNull(id->residentId) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(personBlob);
    q.addBindValue(msOrNull(visit.queuedAt));
    q.addBindValue(msOrNull(visit.firstCalledAt));
    q.addBindValue(msOrNull(visit.closedAt));
    const std::optional<qint64> wait = visit.waitSeconds();
    const std::optional<qint64> service = visit.serviceSeconds();
    q.addBindValue(wait ? QVariant(*wait) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(service ? QVariant(*service) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(visit.callCount);
    q.addBindValue(visit.version);
    q.addBindValue(lifeEventsValue(visit.lifeEvents));
    q.addBindValue(visit.id);
    q.addBindValue(expectedVersion);
    if (!q.exec())
        return dbError(q, CounterSchema::visitsTable());
    if (q.numRowsAffected() != 1) {
        return makeError(QStringLiteral("counter.visit.changed"),
                         tr("Visit %1 was changed at another counter at the same moment; look at it again.")
                             .arg(visit.ticket.number),
                         CounterSchema::visitsTable() + u':' + visit.id);
    }
    const qint64 nowMs = at.toMSecsSinceEpoch();
    if (Status procedures = writeProcedures(db, visit, nowMs); !procedures)
        return procedures;
    return appendLines(db, visit, nowMs);
}

Status VisitRows::writeProcedures(QSqlDatabase db, const Visit& visit, qint64 nowMs) const
{
    // The checklist is small: rewriting it whole keeps the order and the statuses in one place.
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("DELETE FROM counter_procedures WHERE visit_id = ?"));
    clear.addBindValue(visit.id);
    if (!clear.exec())
        return dbError(clear, CounterSchema::proceduresTable());
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO counter_procedures (row_key, visit_id, position, procedure_id, "
                       "status, note_enc, updated_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < visit.procedures.size(); ++i) {
        const VisitProcedure& procedure = visit.procedures.at(i);
        const QString key = procedureKey(visit.id, procedure.procedureId);
        Result<QVariant> note = m_cipher.sealNote(CounterSchema::proceduresTable(),
                                                  CounterSchema::proceduresNoteColumn(), key, procedure.note);
        if (!note)
            return note.error();
        insert.addBindValue(key);
        insert.addBindValue(visit.id);
        insert.addBindValue(int(i));
        insert.addBindValue(procedure.procedureId);
        insert.addBindValue(ProcedureStatuses::name(procedure.status));
        insert.addBindValue(note.value());
        insert.addBindValue(nowMs);
        if (!insert.exec())
            return dbError(insert, CounterSchema::proceduresTable());
    }
    return {};
}

Status VisitRows::appendLines(QSqlDatabase db, const Visit& visit, qint64 nowMs) const
{
    const auto storedCount = [&](const QString& table) -> Result<int> {
        QSqlQuery count(db);
        count.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE visit_id = ?").arg(table));
        count.addBindValue(visit.id);
        if (!count.exec() || !count.next())
            return dbError(count, table);
        return count.value(0).toInt();
    };
    Result<int> certificates = storedCount(QStringLiteral("counter_certificates"));
    if (!certificates)
        return certificates.error();
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO counter_certificates (visit_id, line, certificate_type, copies, "
                       "resident_id, fee_yen, requested_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (int line = certificates.value(); line < visit.certificates.size(); ++line) {
        const VisitCertificate& c = visit.certificates.at(line);
        insert.addBindValue(visit.id);
        insert.addBindValue(line + 1);
        insert.addBindValue(c.certificateType);
        insert.addBindValue(c.copies);
        insert.addBindValue(textOrNull(c.residentId));
        insert.addBindValue(c.feeYen);
        insert.addBindValue(nowMs);
        if (!insert.exec())
            return dbError(insert, QStringLiteral("counter_certificates"));
    }
    Result<int> fees = storedCount(QStringLiteral("counter_fees"));
    if (!fees)
        return fees.error();
    QSqlQuery fee(db);
    fee.prepare(QStringLiteral("INSERT INTO counter_fees (visit_id, line, fee_code, amount_yen, recorded_ms) "
                               "VALUES (?, ?, ?, ?, ?)"));
    for (int line = fees.value(); line < visit.fees.size(); ++line) {
        fee.addBindValue(visit.id);
        fee.addBindValue(line + 1);
        fee.addBindValue(visit.fees.at(line).code);
        fee.addBindValue(visit.fees.at(line).amountYen);
        fee.addBindValue(nowMs);
        if (!fee.exec())
            return dbError(fee, QStringLiteral("counter_fees"));
    }
    return {};
}

Status VisitRows::appendEvent(QSqlDatabase db, const QString& visitId, const VisitEvent& event) const
{
    const QString key = eventKey(visitId, event.sequence);
    Result<QVariant> note =
        m_cipher.sealNote(CounterSchema::eventsTable(), CounterSchema::eventsNoteColumn(), key, event.note);
    if (!note)
        return note.error();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO counter_events (event_key, visit_id, seq, at_ms, staff_id, counter_id, "
                       "kind, state_after, detail, note_enc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(key);
    q.addBindValue(visitId);
    q.addBindValue(event.sequence);
    q.addBindValue(event.at.toMSecsSinceEpoch());
    // A ticket machine has no staff: '' rather than NULL (a null QString binds as NULL).
    q.addBindValue(event.staffId.isEmpty() ? QStringLiteral("") : event.staffId);
    q.addBindValue(event.counterId);
    q.addBindValue(VisitEventKinds::name(event.kind));
    q.addBindValue(VisitStates::name(event.stateAfter));
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(event.detail)).toJson(QJsonDocument::Compact)));
    q.addBindValue(note.value());
    if (!q.exec())
        return dbError(q, CounterSchema::eventsTable());
    return {};
}

Result<int> VisitRows::lastEventSequence(QSqlDatabase db, const QString& visitId) const
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM counter_events WHERE visit_id = ?"));
    q.addBindValue(visitId);
    if (!q.exec() || !q.next())
        return dbError(q, CounterSchema::eventsTable());
    return q.value(0).toInt();
}

Result<QList<VisitEvent>> VisitRows::events(QSqlDatabase db, const QString& visitId) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT event_key, seq, at_ms, staff_id, counter_id, kind, state_after, detail, "
                             "note_enc FROM counter_events WHERE visit_id = ? ORDER BY seq"));
    q.addBindValue(visitId);
    if (!q.exec())
        return dbError(q, CounterSchema::eventsTable());
    QList<VisitEvent> events;
    while (q.next()) {
        VisitEvent event;
        event.sequence = q.value(1).toInt();
        event.at = fromMs(q.value(2));
        event.staffId = q.value(3).toString();
        event.counterId = q.value(4).toString();
        const std::optional<VisitEventKind> kind = VisitEventKinds::fromName(q.value(5).toString());
        const std::optional<VisitState> state = VisitStates::fromName(q.value(6).toString());
        if (!kind || !state)
            return corrupt(visitId, QStringLiteral("timeline"));
        event.kind = *kind;
        event.stateAfter = *state;
        event.detail = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object().toVariantMap();
        Result<QString> note =
            m_cipher.openNote(CounterSchema::eventsTable(), CounterSchema::eventsNoteColumn(),
                              q.value(0).toString(), q.value(8));
        if (!note)
            return note.error();
        event.note = note.value();
        events << event;
    }
    return events;
}

Result<int> VisitRows::takeTicketSequence(QSqlDatabase db, const QDate& day, const QString& categoryId) const
{
    // One statement: the row lock of the upsert hands the numbers out one at a time.
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO counter_ticket_numbers (ticket_day, category_id, last_seq) VALUES (?, ?, 1) "
        "ON CONFLICT (ticket_day, category_id) DO UPDATE SET last_seq = "
        "counter_ticket_numbers.last_seq + 1 RETURNING last_seq"));
    q.addBindValue(day.toString(Qt::ISODate));
    q.addBindValue(categoryId);
    if (!q.exec() || !q.next())
        return dbError(q, QStringLiteral("counter_ticket_numbers"));
    return q.value(0).toInt();
}

} // namespace madoguchi::counter
