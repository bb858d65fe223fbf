#include "sync/JsonString.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace madoguchi::sync {

QByteArray jsonString(const QString& text)
{
    const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x80 && (c.isLetterOrNumber() || c == u'-');
    });
    if (plain)
        return '"' + text.toLatin1() + '"';
    // Anything else as Qt escapes it.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace madoguchi::sync
