#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace madoguchi::Csv {

// CSV as RFC 4180 describes it, in UTF-8: fields separated by commas, records by CRLF (LF alone
// is accepted when reading), a field quoted when it holds a comma, a quote, a line break or
// leading/trailing white space, quotes doubled inside. Text passes through byte for byte:
// variation selectors, characters outside the BMP and old forms are never normalised.

// One record, ending in CRLF.
QByteArray formatRecord(const QStringList& fields);

struct Record
{
    int line = 0; // the physical line the record starts on (1-based), for messages
    QStringList fields;
};

// Parses a whole file. A byte order mark at the start is skipped. The first mistake is
// reported as "file:line, field N": invalid UTF-8, a quote inside an unquoted field, text after
// a closing quote, a quoted field left open at the end of the file. Nothing is returned for a
// file with a mistake, so a caller never takes half a file.
Result<QList<Record>> parse(const QByteArray& utf8, const QString& fileName);

} // namespace madoguchi::Csv
