#include "JsonText.h"

#include <QJsonValueConstRef>
#include <QLocale>
#include <QVariant>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace madoguchi::coresim::JsonText {

namespace {

const char hexDigits[] = "0123456789abcdef";

char* writeUnicodeEscape(char* cursor, char16_t unit)
{
    *cursor++ = '\\';
    *cursor++ = 'u';
    *cursor++ = hexDigits[(unit >> 12) & 0xf];
    *cursor++ = hexDigits[(unit >> 8) & 0xf];
    *cursor++ = hexDigits[(unit >> 4) & 0xf];
    *cursor++ = hexDigits[unit & 0xf];
    return cursor;
}

// The letter of a two-character escape (n for a line feed), or 0 for those written as \u00xx.
char namedEscape(char16_t u)
{
    switch (u) {
    case u'"':
        return '"';
    case u'\\':
        return '\\';
    case u'\b':
        return 'b';
    case u'\f':
        return 'f';
    case u'\n':
        return 'n';
    case u'\r':
        return 'r';
    case u'\t':
        return 't';
    default:
        return 0;
    }
}

void appendValue(QByteArray& out, QJsonValueConstRef value);

void appendObject(QByteArray& out, const QJsonObject& object)
{
    out += '{';
    bool first = true;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!first)
            out += ',';
        first = false;
        appendQuoted(out, it.key());
        out += ':';
        appendValue(out, it.value());
    }
    out += '}';
}

void appendArray(QByteArray& out, const QJsonArray& array)
{
    out += '[';
    bool first = true;
    for (const QJsonValueConstRef element : array) {
        if (!first)
            out += ',';
        first = false;
        appendValue(out, element);
    }
    out += ']';
}

void appendNumber(QByteArray& out, QJsonValueConstRef value)
{
    // QJsonValue::Double covers both of Qt's number kinds, which it writes differently: an
    // integer (what the parser and QJsonValue(double) make of any number an int64 holds
    // exactly) in plain decimal, a double in its shortest form ("1e+300"). Only the variant
    // tells them apart.
    const QVariant number = value.toVariant();
    if (number.typeId() == QMetaType::LongLong) {
        char digits[24];
        const auto written = std::to_chars(std::begin(digits), std::end(digits), number.toLongLong());
        out.append(digits, written.ptr - digits);
        return;
    }
    const double d = number.toDouble();
    if (std::isfinite(d))
        out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    else
        out += "null"; // as Qt: JSON has no infinities or NaN
}

void appendValue(QByteArray& out, QJsonValueConstRef value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        appendNumber(out, value);
        break;
    case QJsonValue::String:
        appendQuoted(out, value.toString());
        break;
    case QJsonValue::Array:
        appendArray(out, value.toArray());
        break;
    case QJsonValue::Object:
        appendObject(out, value.toObject());
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    }
}

// A first guess for a transaction body; the buffer grows geometrically past it.
constexpr qsizetype kInitialCapacity = 512;

} // namespace

void appendQuoted(QByteArray& out, QStringView text)
{
    // Room for the worst case (six bytes per UTF-16 unit: "\u001f", a lone surrogate), written
    // through a pointer and cut back to what was written: one size check per string, not per byte.
    const qsizetype start = out.size();
    out.resize(start + 2 + 6 * text.size());
    char* cursor = out.data() + start;
    *cursor++ = '"';
    const char16_t* source = text.utf16();
    const char16_t* const end = source + text.size();
    while (source != end) {
        const char16_t u = *source++;
        if (u >= 0x20 && u < 0x80 && u != u'"' && u != u'\\') {
            *cursor++ = char(u);
        } else if (u < 0x80) {
            if (const char named = namedEscape(u)) {
                *cursor++ = '\\';
                *cursor++ = named;
            } else {
                cursor = writeUnicodeEscape(cursor, u);
            }
        } else if (u < 0x800) {
            *cursor++ = char(0xc0 | (u >> 6));
            *cursor++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *cursor++ = char(0xe0 | (u >> 12));
            *cursor++ = char(0x80 | ((u >> 6) & 0x3f));
            *cursor++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && source != end && QChar::isLowSurrogate(*source)) {
            const char32_t ucs4 = QChar::surrogateToUcs4(u, *source++);
            *cursor++ = char(0xf0 | (ucs4 >> 18));
            *cursor++ = char(0x80 | ((ucs4 >> 12) & 0x3f));
            *cursor++ = char(0x80 | ((ucs4 >> 6) & 0x3f));
            *cursor++ = char(0x80 | (ucs4 & 0x3f));
        } else {
            // A lone surrogate has no UTF-8 form: QJsonDocument escapes it, and so do we.
            cursor = writeUnicodeEscape(cursor, u);
        }
    }
    *cursor++ = '"';
    out.resize(cursor - out.constData());
}

QByteArray quoted(QStringView text)
{
    // Most values here are identifiers (UUIDs, hashes, times): printable ASCII, copied as they
    // are into a buffer of the exact size.
    const bool plain = std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x80 && c != u'"' && c != u'\\';
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
    QByteArray out;
    appendQuoted(out, text);
    return out;
}

void appendCompact(QByteArray& out, const QJsonObject& object)
{
    appendObject(out, object);
}

void appendCompact(QByteArray& out, const QJsonArray& array)
{
    appendArray(out, array);
}

QByteArray compact(const QJsonObject& object)
{
    QByteArray out;
    out.reserve(kInitialCapacity);
    appendObject(out, object);
    return out;
}

QByteArray compact(const QJsonArray& array)
{
    QByteArray out;
    out.reserve(kInitialCapacity);
    appendArray(out, array);
    return out;
}

} // namespace madoguchi::coresim::JsonText
