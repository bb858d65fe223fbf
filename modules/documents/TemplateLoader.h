#pragma once

#include "common/Result.h"
#include "documents/DocumentTemplate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace madoguchi {

// Reads a template (JSON) and checks it completely: every problem is an Error whose `where`
// is "<file>:<line>: <json path>", e.g. "name-list.json:14: elements[3].font", and whose
// message says what is wrong ("unknown font role \"Gothik\"").
// Codes: template.syntax (not JSON), template.invalid (anything else).
class TemplateLoader
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::TemplateLoader)

public:
    // `fileName` only names the source in messages (and gives the template its name).
    static Result<DocumentTemplate> parse(const QByteArray& json, const QString& fileName);
    // Every problem, not just the first (an admin fixing a file wants them all).
    static QList<Error> problems(const QByteArray& json, const QString& fileName);
    // Errors also template.read (missing or unreadable file).
    static Result<DocumentTemplate> loadFile(const QString& path);
};

} // namespace madoguchi
