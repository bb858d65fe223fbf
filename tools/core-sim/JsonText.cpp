#include "JsonText.h"

#include <algorithm>

namespace madoguchi::coresim::JsonText {

QByteArray quoted(QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    // Most values here are identifiers (UUIDs, hashes, times): printable ASCII, copied as they are.
    const bool plain = std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'"' && c != u'\\';
    });
    if (plain) {
        QByteArray out(text.size() + 2, Qt::Uninitialized);
        char* cursor = out.data();
        *cursor++ = '"';
        for (const QChar c : text)
            *cursor++ = char(c.unicode());
        *cursor = '"';
        return out;
    }
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            } else {
                out += c; // UTF-8 passes through, as QJsonDocument writes it
            }
        }
    }
    out += '"';
    return out;
}

} // namespace madoguchi::coresim::JsonText
