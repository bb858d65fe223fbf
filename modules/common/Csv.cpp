#include "common/Csv.h"

#include <QCoreApplication>

namespace madoguchi::Csv {

namespace {

// Messages of this file, translated in the context "madoguchi::Csv".
struct CsvText
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::Csv)
};

bool needsQuotes(const QString& field)
{
    if (field.isEmpty())
        return false;
    if (field.front().isSpace() || field.back().isSpace())
        return true;
    for (const QChar c : field) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r')
            return true;
    }
    return false;
}

Error csvError(const QString& fileName, int line, int field, const QString& message)
{
    return makeError(QStringLiteral("csv.syntax"), message,
                     QStringLiteral("%1:%2, field %3").arg(fileName).arg(line).arg(field));
}

} // namespace

QByteArray formatRecord(const QStringList& fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        const QString& field = fields.at(i);
        if (needsQuotes(field)) {
            QString quoted = field;
            quoted.replace(u'"', QStringLiteral("\"\""));
            out += '"' + quoted.toUtf8() + '"';
        } else {
            out += field.toUtf8();
        }
    }
    out += "\r\n";
    return out;
}

Result<QList<Record>> parse(const QByteArray& utf8, const QString& fileName)
{
    QByteArray bytes = utf8;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes) {
        // Name the first line with a bad byte sequence.
        int line = 1;
        qsizetype start = 0;
        while (start < bytes.size()) {
            qsizetype end = bytes.indexOf('\n', start);
            if (end < 0)
                end = bytes.size();
            const QByteArray chunk = bytes.mid(start, end - start);
            if (QString::fromUtf8(chunk).toUtf8() != chunk)
                break;
            start = end + 1;
            ++line;
        }
        return makeError(QStringLiteral("csv.encoding"), CsvText::tr("The file is not valid UTF-8."),
                         QStringLiteral("%1:%2").arg(fileName).arg(line));
    }

    QList<Record> records;
    Record current;
    QString field;
    int line = 1;
    current.line = 1;
    bool quoted = false;     // inside a quoted field
    bool afterQuote = false; // a quoted field just closed; only , or a line end may follow
    bool fieldStarted = false;
    int quoteLine = 0;
    auto endField = [&] {
        current.fields.append(field);
        field.clear();
        afterQuote = false;
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        records.append(current);
        current = Record{};
        current.line = line;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u',') {
            endField();
        } else if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') {
            continue; // the LF ends the record
        } else if (c == u'\n') {
            ++line;
            endRecord();
        } else if (afterQuote) {
            return csvError(fileName, line, int(current.fields.size()) + 1,
                            CsvText::tr("Text follows the closing quote of a quoted field."));
        } else if (c == u'"') {
            if (fieldStarted)
                return csvError(fileName, line, int(current.fields.size()) + 1,
                                CsvText::tr("A quote inside a field that does not start with a quote."));
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return csvError(fileName, quoteLine, int(current.fields.size()) + 1,
                        CsvText::tr("A quoted field is not closed before the end of the file."));
    if (fieldStarted || afterQuote || !current.fields.isEmpty())
        endRecord();
    return records;
}

} // namespace madoguchi::Csv
