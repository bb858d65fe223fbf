#pragma once

#include "sync/ResidentRecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace madoguchi::sync {

// Typed answers of the core-system API (docs/api/openapi.yaml) other than the resident record.

// An application/problem+json error body (RFC 7807).
struct Problem
{
    QString type; // "urn:madoguchi:problem:validation-error"
    QString title;
    int status = 0;
    QString detail;
    QString field;
    std::optional<qint64> expectedSequence; // sequence-conflict only
    QString instance;

    // The last part of `type`: "validation-error".
    QString name() const { return type.section(u':', -1); }
};

struct Health
{
    QString status;
    QString apiVersion;
    QString server;
    QString time;
    QString counterId;
    bool myNumberSegment = false;
    QString latestCursor;
};

struct ResidentList
{
    QList<ResidentRecord> residents;
    bool truncated = false;
};

struct TaxYear
{
    int fiscalYear = 0;
    int incomeYear = 0;
    bool taxable = false;
    qint64 totalIncome = 0;
    qint64 taxableIncome = 0;
    qint64 municipalTax = 0;
    qint64 prefecturalTax = 0;
    qint64 totalResidentTax = 0;
    bool arrears = false;
};

struct TaxCertificateData
{
    QString residentId;
    QList<TaxYear> years;
};

struct SealRegistration
{
    QString residentId;
    QString registrationNumber;
    QString registeredDate;
    QString status;
    QString imageMediaType;
    QByteArray image; // the PNG file, decoded from base64
    int widthPx = 0;
    int heightPx = 0;
};

struct KosekiEvent
{
    QString kind;
    QString date;
    QString detail;
};

struct KosekiEntry
{
    int entryNumber = 0;
    std::optional<QString> residentId;
    PersonNames names;
    QString birthDate;
    QString sex;
    QString relationship;
    std::optional<QString> father;
    std::optional<QString> mother;
    bool removed = false;
    QList<KosekiEvent> events;
};

struct Koseki
{
    QString residentId;
    QString kosekiId;
    Honseki honseki;
    PersonNames headOfKoseki;
    QList<KosekiEntry> entries;
};

struct TransactionReceipt
{
    QString transactionId;
    QString counterId;
    QString visitId;
    qint64 sequence = 0;
    int itemCount = 0;
    QString receivedAt;
};

// One element of a POST /v1/transactions:batch answer: what the single endpoint would have said.
struct BatchItemResult
{
    QString idempotencyKey;
    int status = 0;
    bool replay = false;
    std::optional<TransactionReceipt> receipt;
    std::optional<Problem> problem;

    bool stored() const { return status == 200 || status == 201; }
};

struct BatchResult
{
    QList<BatchItemResult> results;
};

struct Slip
{
    QString slipNumber;
    QString visitId;
    qint64 amountYen = 0;
    QString issuedAt;
    QString dueDate;
    QString purpose;
    std::optional<QString> barcode;
    std::optional<QString> residentId;
    QString counterId;
    QString registeredAt;
    QString status; // issued, paid, cancelled
};

struct Change
{
    QString cursor;
    QString residentId;
    QString kind; // created, updated, movedIn, movedOut
    QString at;
};

struct ChangePage
{
    QList<Change> changes;
    QString nextCursor;
    bool hasMore = false;
};

} // namespace madoguchi::sync
