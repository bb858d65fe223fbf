#pragma once

#include <QByteArray>
#include <QStringView>

namespace madoguchi::coresim {

// Writes JSON text by hand where the server builds an answer or a stored row piece by piece:
// going through QJsonObject and QJsonDocument for a few fixed keys cost more than the store's
// own work in a batch. The output is what QJsonDocument::Compact writes for the same value.
namespace JsonText {

// `text` as a JSON string literal, quotes included (UTF-8; ", \ and control characters escaped).
QByteArray quoted(QStringView text);

} // namespace JsonText

} // namespace madoguchi::coresim
