#pragma once

#include "common/Result.h"
#include "documents/DocumentElements.h"
#include "documents/JsonLineLocator.h"

#include <QJsonObject>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <optional>

namespace madoguchi {

// Typed, checked reads from a template's JSON objects for TemplateLoader. Every problem is
// collected (not thrown) with "<file>:<line>: <path>" as its place. Absent optional keys give
// nullopt without a problem; present ones with a wrong type or range give nullopt and one.
class TemplateReader
{
public:
    TemplateReader(QString fileName, const JsonLineLocator& lines, QList<Error>& problems);

    void problem(const QString& path, const QString& message);
    QString where(const QString& path) const;
    int lineOf(const QString& path) const { return m_lines.lineOf(path); }

    void setPageSize(const QSizeF& mm) { m_pageMm = mm; }
    QSizeF pageSize() const { return m_pageMm; }
    void checkKeys(const QJsonObject& object, const QString& path, const QStringList& allowed);

    std::optional<QString> string(const QJsonObject& object, const QString& path, const QString& key,
                                  bool required = false);
    std::optional<double> number(const QJsonObject& object, const QString& path, const QString& key,
                                 double min, double max, bool required = false);
    std::optional<bool> boolean(const QJsonObject& object, const QString& path, const QString& key);
    std::optional<QRectF> rect(const QJsonObject& object, const QString& path, const QString& key);
    std::optional<QPointF> point(const QJsonObject& object, const QString& path, const QString& key);
    std::optional<FontRole> font(const QJsonObject& object, const QString& path, const QString& key);
    std::optional<QColor> color(const QJsonObject& object, const QString& path, const QString& key);
    // "left" / "center" / "right" (and with vertical: "top" / "middle" / "bottom" under "valign").
    std::optional<Qt::Alignment> alignment(const QJsonObject& object, const QString& path, const QString& key,
                                           bool vertical);
    // A field name for a binding ("rows", "field").
    std::optional<QString> fieldName(const QJsonObject& object, const QString& path, const QString& key,
                                     bool required);
    // Placeholders in a text: well-formed; {{row.x}} only where `rowAllowed`.
    void checkPlaceholders(const QString& text, const QString& path, bool rowAllowed);

private:
    std::optional<std::vector<double>> numbers(const QJsonObject& object, const QString& path,
                                               const QString& key, int count);

    QString m_fileName;
    const JsonLineLocator& m_lines;
    QList<Error>& m_problems;
    QSizeF m_pageMm{210, 297};
};

} // namespace madoguchi
