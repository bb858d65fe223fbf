#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace madoguchi {

// Where each value of a JSON text starts, by path ("elements[3].font"): QJsonDocument keeps no
// positions, and a template error that names no line sends the admin searching. Reads any
// bytes without failing; on text that is not JSON it simply knows fewer paths.
class JsonLineLocator
{
public:
    explicit JsonLineLocator(const QByteArray& json);

    // 1-based line of the value at `path` ("" is the whole document); else the line of the
    // nearest enclosing path that is known; 1 when nothing is known.
    int lineOf(const QString& path) const;
    // 1-based line of a byte offset (QJsonParseError::offset).
    int lineAtOffset(int offset) const;

private:
    void skipSpace();
    bool readString(QString* out);
    void readValue(const QString& path, int depth);

    const QByteArray& m_json;
    int m_pos = 0;
    int m_line = 1;
    QHash<QString, int> m_lines;
};

} // namespace madoguchi
