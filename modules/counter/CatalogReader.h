#pragma once

#include "common/Result.h"
#include "counter/CatalogText.h"

#include "documents/JsonLineLocator.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace madoguchi::counter {

// One data file of the procedure catalog being read: its JSON, the line of every path, and
// the problems found so far. Every problem is an Error whose `where` is
// "<file>:<line>: <json path>" and whose message says what is wrong there, so that
// `where + ": " + message` reads "procedures.json:42: procedures[7].certificates[0].feeYen:
// must be a whole number of yen ≥ 0". Absent optional keys give nullopt without a problem;
// present ones of a wrong type give nullopt and a problem.
// Codes: procedures.syntax (not JSON), procedures.invalid (anything else).
class CatalogReader
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::counter::CatalogReader)

public:
    CatalogReader(QString fileName, QByteArray json);
    // Holds a locator that points into its own bytes: neither copied nor moved.
    CatalogReader(const CatalogReader&) = delete;
    CatalogReader& operator=(const CatalogReader&) = delete;

    const QString& fileName() const { return m_fileName; }
    // Parses the bytes; false (with a problem) when they are not a JSON object.
    bool parse();
    const QJsonObject& root() const { return m_root; }

    static QString join(const QString& path, const QString& key);
    int lineOf(const QString& path) const { return m_lines.lineOf(path); }
    QString where(const QString& path) const;
    QString place(const QString& path) const; // "<file>:<line>", for "first at ..."
    void problem(const QString& path, const QString& message);
    // A name that refers to a definition which is not there (an unknown fact or procedure):
    // often the echo of a broken definition, so the catalog reports these after the others.
    void referenceProblem(const QString& path, const QString& message);
    // Each sorted by line (stable), so the first is the first in the file.
    QList<Error> problems() const;
    QList<Error> referenceProblems() const;
    bool hasProblems() const { return !m_problems.isEmpty() || !m_referenceProblems.isEmpty(); }

    void checkKeys(const QJsonObject& object, const QString& path, const QStringList& allowed);
    std::optional<QString> string(const QJsonObject& object, const QString& path, const QString& key,
                                  bool required);
    // An id: a letter, then letters, digits, "-" or "_", 64 at most.
    std::optional<QString> identifier(const QJsonObject& object, const QString& path, const QString& key,
                                      bool required);
    bool isIdentifier(const QString& text) const;
    std::optional<QString> identifierValue(const QJsonValue& value, const QString& at);
    // {"ja": "...", "en": "..."}, both present and not blank.
    std::optional<CatalogText> text(const QJsonObject& object, const QString& path, const QString& key,
                                    bool required);
    std::optional<CatalogText> textValue(const QJsonValue& value, const QString& at);
    std::optional<QJsonArray> array(const QJsonObject& object, const QString& path, const QString& key,
                                    bool required, bool nonEmpty);
    // A whole number from `min` to `max`; `message` says so when the value is anything else.
    std::optional<int> wholeNumber(const QJsonObject& object, const QString& path, const QString& key,
                                   bool required, int min, int max, const QString& message);
    static std::optional<int> wholeNumberValue(const QJsonValue& value, int min, int max);

private:
    struct Problem
    {
        int line;
        Error error;
    };

    QString m_fileName;
    QByteArray m_json; // before m_lines, which keeps a reference to it
    JsonLineLocator m_lines;
    QJsonObject m_root;
    static QList<Error> sorted(QList<Problem> problems);

    QList<Problem> m_problems;
    QList<Problem> m_referenceProblems;
};

} // namespace madoguchi::counter
