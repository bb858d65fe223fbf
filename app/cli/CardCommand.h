#pragma once

#include "common/Database.h"
#include "common/Result.h"

#include "smartcard/CardError.h"
#include "smartcard/MyNumberCard.h"
#include "smartcard/PcscContext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>

namespace madoguchi {

// `madoguchi-cli card list` and `card read` (formats in docs/cli.md), synchronous over the
// plain smartcard layer: the CLI has no GUI thread to keep free, so it needs no CardService.
//
// list connects to each reader in shared mode only to detect what is in it and disconnects at
// once. read refuses before asking for the PIN when the PIN is blocked, or has one try left
// without --confirm-last-try, and refuses without touching a card when the audit log cannot be
// written: reading personal data without an audit record is not allowed, not even for the help
// desk. The full My Number is never printed: only MyNumber::masked() and the check-digit state.
class CardCommand
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::CardCommand)

public:
    struct Inputs
    {
        bool json = false;
        QString reader; // --reader, empty: the only reader with a card
        bool confirmLastTry = false;
        bool japanese = false; // the card layer's own messages in Japanese
        QString workstationId; // for the audit record
        // `read` only: the opened database, or why it could not be opened.
        std::unique_ptr<Database> database;
        std::optional<Error> databaseError;
    };

    explicit CardCommand(Inputs inputs);
    ~CardCommand();

    int list();
    int read();

private:
    struct Detected
    {
        QString name;
        QString state; // JSON: "none", "myNumberCard", "jukiCard", "unknown", "error"
        std::optional<smartcard::CardError> error;
    };

    Detected detect(const std::string& reader, smartcard::CardConnection& connection);
    // Text for a card-layer error, tr() where the CLI has more to say (what to do).
    QString reasonFor(const smartcard::CardError& error) const;
    int cardFail(const smartcard::CardError& error);
    int problem(const QString& code, const QString& message, int exitCode);
    Result<std::string> chooseReader(const std::vector<std::string>& readers);
    Status checkAudit() const;
    Status writeAudit(const std::string& reader);
    int printIdentity(const std::string& reader, int triesBefore, smartcard::Identity& identity);
    void printJson(const QJsonObject& object) const;

    Inputs m_in;
    smartcard::PcscContext m_context;
};

} // namespace madoguchi
