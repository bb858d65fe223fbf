#include "counter/IdentificationDocument.h"

namespace madoguchi::counter {

namespace {

struct Row
{
    IdentificationDocument document;
    const char* name;
    const char* title;
};

const Row rows[] = {
    {IdentificationDocument::MyNumberCard, "myNumberCard",
     QT_TRANSLATE_NOOP("madoguchi::counter::IdentificationDocuments", "My Number card (マイナンバーカード)")},
    {IdentificationDocument::DriversLicence, "driversLicence",
     QT_TRANSLATE_NOOP("madoguchi::counter::IdentificationDocuments", "Driver's licence (運転免許証)")},
    {IdentificationDocument::Passport, "passport",
     QT_TRANSLATE_NOOP("madoguchi::counter::IdentificationDocuments", "Passport (パスポート)")},
    {IdentificationDocument::TwoOtherDocuments, "twoOtherDocuments",
     QT_TRANSLATE_NOOP("madoguchi::counter::IdentificationDocuments", "Two other documents")},
    {IdentificationDocument::OralQuestions, "oralQuestions",
     QT_TRANSLATE_NOOP("madoguchi::counter::IdentificationDocuments", "Oral questions")},
};

} // namespace

QList<IdentificationDocument> IdentificationDocuments::all()
{
    QList<IdentificationDocument> documents;
    for (const Row& row : rows)
        documents << row.document;
    return documents;
}

QList<IdentificationDocument> IdentificationDocuments::manual()
{
    QList<IdentificationDocument> documents = all();
    documents.removeAll(IdentificationDocument::MyNumberCard);
    return documents;
}

QString IdentificationDocuments::name(IdentificationDocument document)
{
    for (const Row& row : rows) {
        if (row.document == document)
            return QString::fromLatin1(row.name);
    }
    return QStringLiteral("oralQuestions");
}

std::optional<IdentificationDocument> IdentificationDocuments::fromName(const QString& name)
{
    for (const Row& row : rows) {
        if (name == QLatin1String(row.name))
            return row.document;
    }
    return std::nullopt;
}

QString IdentificationDocuments::title(IdentificationDocument document)
{
    for (const Row& row : rows) {
        if (row.document == document)
            return tr(row.title);
    }
    return {};
}

} // namespace madoguchi::counter
