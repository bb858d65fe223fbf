#include "CardCommand.h"

#include "CliTool.h"
#include "PinPrompt.h"

#include "common/AuditLog.h"
#include "common/MyNumber.h"
#include "common/Wareki.h"

#include "smartcard/CardConnection.h"
#include "smartcard/SecureWipe.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <chrono>

namespace madoguchi {

namespace sc = smartcard;

namespace {

// A generous bound per card operation: the CLI has no GUI to keep alive, but a stalled card
// must still end the command (checked at every APDU boundary, see CardConnection).
constexpr std::chrono::seconds kOperationDeadline{30};

QString fromUtf8(const std::string& text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

QString sexName(sc::Sex sex)
{
    switch (sex) {
    case sc::Sex::Male:
        return QStringLiteral("male");
    case sc::Sex::Female:
        return QStringLiteral("female");
    case sc::Sex::NotApplicable:
        break;
    }
    return QStringLiteral("notApplicable");
}

} // namespace

CardCommand::CardCommand(Inputs inputs)
    : m_in(std::move(inputs))
{}

CardCommand::~CardCommand() = default;

void CardCommand::printJson(const QJsonObject& object) const
{
    QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Indented);
}

int CardCommand::problem(const QString& code, const QString& message, int exitCode)
{
    return CliTool::fail(makeError(code, message), exitCode, m_in.json);
}

QString CardCommand::reasonFor(const sc::CardError& error) const
{
    switch (error.code) {
    case sc::CardErrorCode::NoService:
        return tr("The smart card service is not running: start pcscd (sudo systemctl start "
                  "pcscd.socket) or, on Windows, the Smart Card service.");
    case sc::CardErrorCode::PinBlocked:
        return tr("PIN blocked: the citizen must go to the municipal counter to reset it.");
    case sc::CardErrorCode::LastTryNeedsConfirmation:
        return tr("Only one PIN try is left and a wrong PIN blocks the card: check the PIN with the "
                  "citizen, then run again with --confirm-last-try.");
    default:
        break;
    }
    return fromUtf8(sc::messageFor(error, m_in.japanese ? sc::Language::Japanese : sc::Language::English));
}

int CardCommand::cardFail(const sc::CardError& error)
{
    return problem(QStringLiteral("card.") + QLatin1String(sc::codeName(error.code)), reasonFor(error),
                   CliTool::ExitProblem);
}

CardCommand::Detected CardCommand::detect(const std::string& reader, sc::CardConnection& connection)
{
    Detected result;
    result.name = fromUtf8(reader);
    auto connected = connection.connect(reader);
    if (!connected) {
        result.state = connected.error().code == sc::CardErrorCode::NoCard ? QStringLiteral("none")
                                                                           : QStringLiteral("error");
        if (result.state == QLatin1String("error"))
            result.error = connected.error();
        return result;
    }
    connection.setDeadline(sc::CardConnection::Clock::now() + kOperationDeadline);
    auto kind = [&]() -> sc::CardResult<sc::CardKind> {
        // Detection is several APDUs: no other program may reselect in between.
        auto transaction = connection.beginTransaction();
        if (!transaction)
            return transaction.error();
        return sc::MyNumberCard(connection).detect();
    }();
    if (!kind) {
        result.state = QStringLiteral("error");
        result.error = kind.error();
    } else if (kind.value() == sc::CardKind::MyNumberCard) {
        result.state = QStringLiteral("myNumberCard");
    } else if (kind.value() == sc::CardKind::JukiCard) {
        result.state = QStringLiteral("jukiCard");
    } else {
        result.state = QStringLiteral("unknown");
    }
    return result;
}

int CardCommand::list()
{
    auto readers = m_context.listReaders();
    if (!readers)
        return cardFail(readers.error());

    QJsonArray array;
    QString text;
    for (const std::string& reader : readers.value()) {
        Detected found;
        {
            // Connected only for the detection: released before the next reader is touched.
            sc::CardConnection connection(m_context);
            found = detect(reader, connection);
            connection.disconnect();
        }
        QString what;
        if (found.state == QLatin1String("none"))
            what = tr("no card");
        else if (found.state == QLatin1String("myNumberCard"))
            what = tr("My Number card (JPKI token JPKIAPICCTOKEN2)");
        else if (found.state == QLatin1String("jukiCard"))
            what = tr("old Basic Resident Register (住基) card, not a My Number card");
        else if (found.state == QLatin1String("unknown"))
            what = tr("unknown card (not a My Number card)");
        else
            what = tr("card could not be read: %1").arg(reasonFor(*found.error));
        QJsonObject entry{{QStringLiteral("name"), found.name},
                          {QStringLiteral("card"), found.state},
                          {QStringLiteral("description"), what}};
        if (found.error) {
            const QString code = QStringLiteral("card.") + QLatin1String(sc::codeName(found.error->code));
            entry.insert(QStringLiteral("error"),
                         QJsonObject{{QStringLiteral("code"), code},
                                     {QStringLiteral("message"), reasonFor(*found.error)}});
        }
        array.append(entry);
        text += QStringLiteral("%1: %2\n").arg(found.name, what);
    }

    if (m_in.json) {
        printJson({{QStringLiteral("ok"), true},
                   {QStringLiteral("exitCode"), CliTool::ExitOk},
                   {QStringLiteral("readers"), array}});
    } else {
        QTextStream(stdout) << (text.isEmpty() ? tr("No card readers are connected.") + u'\n' : text);
    }
    return CliTool::ExitOk;
}

Status CardCommand::checkAudit() const
{
    // Every read of personal data leaves an audit record; a database we cannot write to would
    // make this read the one that leaves none, so it is refused before the card is touched.
    if (m_in.databaseError) {
        return makeError(QStringLiteral("audit.unavailable"),
                         tr("Card reads must be audited, but the database cannot be opened: %1")
                             .arg(m_in.databaseError->toString()));
    }
    if (m_in.database->schemaVersion(AuditLog::migrations().component) == 0) {
        return makeError(QStringLiteral("audit.missing"),
                         tr("Card reads must be audited, but %1 has no audit log (create it with: "
                            "madoguchi-cli db migrate).")
                             .arg(m_in.database->describe()));
    }
    return {};
}

Status CardCommand::writeAudit(const std::string& reader)
{
    // No staff account signs in to the CLI: the record names the OS account that ran it. The
    // detail names the reader only; nothing read from the card goes into the log.
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    AuditEntry entry;
    entry.actor = QStringLiteral("cli:") + (user.isEmpty() ? QStringLiteral("unknown") : user);
    entry.workstation = m_in.workstationId;
    entry.action = QStringLiteral("card.read");
    entry.detail = QStringLiteral("identity read with the card-info PIN via reader %1").arg(fromUtf8(reader));
    AuditLog audit(*m_in.database);
    return audit.append(entry);
}

Result<std::string> CardCommand::chooseReader(const std::vector<std::string>& readers)
{
    if (!m_in.reader.isEmpty()) {
        const std::string wanted = m_in.reader.toStdString();
        for (const std::string& reader : readers) {
            if (reader == wanted)
                return reader;
        }
        return makeError(
            QStringLiteral("card.NoReader"),
            tr("There is no card reader named \"%1\" (see madoguchi-cli card list).").arg(m_in.reader));
    }
    std::vector<std::string> withCard;
    for (const std::string& reader : readers) {
        sc::CardConnection probe(m_context);
        if (probe.connect(reader))
            withCard.push_back(reader);
        probe.disconnect();
    }
    if (withCard.size() > 1)
        return makeError(QStringLiteral("cli.usage"), tr("Several readers have a card: use --reader."));
    if (withCard.empty()) {
        return makeError(QStringLiteral("card.NoCard"), readers.empty() ? tr("No card readers are connected.")
                                                                        : tr("No reader has a card in it."));
    }
    return withCard.front();
}

int CardCommand::read()
{
    if (Status audit = checkAudit(); !audit)
        return CliTool::fail(audit.error(), CliTool::ExitProblem, m_in.json);

    auto readers = m_context.listReaders();
    if (!readers)
        return cardFail(readers.error());
    Result<std::string> chosen = chooseReader(readers.value());
    if (!chosen) {
        const bool usage = chosen.error().code == QLatin1String("cli.usage");
        return CliTool::fail(chosen.error(), usage ? CliTool::ExitUsage : CliTool::ExitProblem, m_in.json);
    }
    const std::string reader = chosen.value();

    sc::CardConnection connection(m_context);
    const Detected found = detect(reader, connection);
    if (found.state == QLatin1String("none"))
        return cardFail(sc::makeCardError(sc::CardErrorCode::NoCard, "connect"));
    if (found.error)
        return cardFail(*found.error);
    if (found.state == QLatin1String("jukiCard"))
        return problem(QStringLiteral("card.jukiCard"),
                       tr("This is an old Basic Resident Register (住基) card, not a My Number card."),
                       CliTool::ExitProblem);
    if (found.state != QLatin1String("myNumberCard"))
        return problem(QStringLiteral("card.unknown"), tr("The card in the reader is not a My Number card."),
                       CliTool::ExitProblem);

    // Asked before the PIN, so that a blocked or last-try card costs the citizen nothing.
    connection.setDeadline(sc::CardConnection::Clock::now() + kOperationDeadline);
    auto tries = [&]() -> sc::CardResult<int> {
        auto transaction = connection.beginTransaction();
        if (!transaction)
            return transaction.error();
        return sc::MyNumberCard(connection).triesLeft(sc::PinKind::CardInfo);
    }();
    if (!tries)
        return cardFail(tries.error());
    if (!m_in.json) {
        QTextStream(stdout) << tr("Reader: %1").arg(found.name) << u'\n'
                            << tr("Card-info PIN: %n try(s) left.", nullptr, tries.value()) << u'\n';
    }
    if (tries.value() == 0)
        return cardFail(sc::makeCardError(sc::CardErrorCode::PinBlocked, "tries left 0"));
    if (tries.value() == 1 && !m_in.confirmLastTry) {
        sc::CardError refusal =
            sc::makeCardError(sc::CardErrorCode::LastTryNeedsConfirmation, "tries left 1");
        refusal.count = 1;
        return cardFail(refusal);
    }

    std::string pin;
    const PinPrompt::Outcome input =
        PinPrompt::read(tr("Card-info PIN (4 digits, not shown): ").toStdString(), &pin);
    if (input != PinPrompt::Outcome::Ok) {
        sc::secureWipe(pin);
        return problem(QStringLiteral("card.noPin"),
                       input == PinPrompt::Outcome::NoInput
                           ? tr("No PIN was given: type it at the prompt or pass it as one line on stdin.")
                           : tr("The PIN line is too long."),
                       CliTool::ExitUsage);
    }
    connection.setDeadline(sc::CardConnection::Clock::now() + kOperationDeadline);
    // readIdentity wipes its own copy; ours is wiped here, right after the call.
    auto identity = sc::MyNumberCard(connection).readIdentity(pin, m_in.confirmLastTry);
    sc::secureWipe(pin);
    connection.disconnect();
    if (!identity)
        return cardFail(identity.error());

    sc::Identity read = std::move(identity).value();
    if (Status audit = writeAudit(reader); !audit) {
        sc::secureWipe(read.myNumber);
        return CliTool::fail(audit.error(), CliTool::ExitProblem, m_in.json);
    }
    return printIdentity(reader, tries.value(), read);
}

int CardCommand::printIdentity(const std::string& reader, int triesBefore, sc::Identity& identity)
{
    // The full number lives in this QString only long enough to mask it and check its digit.
    QString number = QString::fromLatin1(identity.myNumber.data(), qsizetype(identity.myNumber.size()));
    const QString masked = MyNumber::masked(number);
    const QString lastFour = number.right(4);
    const bool checkDigitValid = MyNumber::isValid(number);
    number.fill(u'0');
    sc::secureWipe(identity.myNumber);

    const sc::BasicFour& four = identity.basicFour;
    const QDate birth(four.birthDate.year, four.birthDate.month, four.birthDate.day);
    const QString iso = birth.toString(Qt::ISODate);
    const QString wareki = Wareki::format(birth);
    const QString sex = sexName(four.sex);

    if (m_in.json) {
        printJson({{QStringLiteral("ok"), true},
                   {QStringLiteral("exitCode"), CliTool::ExitOk},
                   {QStringLiteral("reader"), fromUtf8(reader)},
                   {QStringLiteral("triesLeftBefore"), triesBefore},
                   {QStringLiteral("name"), fromUtf8(four.name)},
                   {QStringLiteral("address"), fromUtf8(four.address)},
                   {QStringLiteral("birthDate"), iso},
                   {QStringLiteral("birthDateWareki"), wareki},
                   {QStringLiteral("sex"), sex},
                   {QStringLiteral("myNumberMasked"), masked},
                   {QStringLiteral("myNumberLastFour"), lastFour},
                   {QStringLiteral("checkDigitValid"), checkDigitValid}});
        return CliTool::ExitOk;
    }
    QString sexText = tr("not applicable");
    if (four.sex == sc::Sex::Male)
        sexText = tr("male");
    else if (four.sex == sc::Sex::Female)
        sexText = tr("female");
    QTextStream(stdout) << tr("Name: %1").arg(fromUtf8(four.name)) << u'\n'
                        << tr("Address: %1").arg(fromUtf8(four.address)) << u'\n'
                        << tr("Birth date: %1 (%2)").arg(iso, wareki) << u'\n' << tr("Sex: %1").arg(sexText)
                        << u'\n'
                        << tr("My Number: %1 (%2)")
                               .arg(masked,
                                    checkDigitValid ? tr("check digit valid") : tr("check digit INVALID"))
                        << u'\n';
    return CliTool::ExitOk;
}

} // namespace madoguchi
