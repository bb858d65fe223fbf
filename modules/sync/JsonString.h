#pragma once

#include <QByteArray>
#include <QString>

namespace madoguchi::sync {

// A JSON string literal, quotes included, as QJsonDocument's Compact form writes it. Request
// bodies and outbox statements are assembled from pieces; the values are mostly ids (UUIDs),
// which are copied as they are instead of going through a QJsonArray and QJsonDocument.
QByteArray jsonString(const QString& text);

} // namespace madoguchi::sync
