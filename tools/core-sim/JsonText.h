#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringView>

namespace madoguchi::coresim {

// Writes JSON text by hand where the server builds an answer or a stored row piece by piece:
// going through QJsonObject and QJsonDocument for a few fixed keys cost more than the store's
// own work in a batch. The output is what QJsonDocument::Compact writes for the same value.
namespace JsonText {

// `text` as a JSON string literal, quotes included (UTF-8; ", \ and control characters escaped,
// a lone surrogate as \udxxx, as QJsonDocument writes them).
QByteArray quoted(QStringView text);
// The same, appended to `out`.
void appendQuoted(QByteArray& out, QStringView text);

// Byte for byte what QJsonDocument(value).toJson(QJsonDocument::Compact) writes (Qt 6.4): keys
// in the order QJsonObject keeps them (sorted), integers in decimal, other numbers in their
// shortest form, infinities and NaN as null. The stored transaction body and its replay hash
// are these bytes, so they must not change; QJsonDocument made a QString and a QByteArray for
// every key and string on the way, which was most of the cost of storing a transaction.
QByteArray compact(const QJsonObject& object);
QByteArray compact(const QJsonArray& array);
void appendCompact(QByteArray& out, const QJsonObject& object);
void appendCompact(QByteArray& out, const QJsonArray& array);

} // namespace JsonText

} // namespace madoguchi::coresim
