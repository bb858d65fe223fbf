#pragma once

#include <QString>

namespace madoguchi::counter {

// A text of the procedure catalog that people read, in both languages of the counter as the
// data file holds it ("title": {"ja": "...", "en": "..."}). Data texts are not translated
// through tr(): a ward edits both languages in its own file.
struct CatalogText
{
    QString ja;
    QString en;

    // "ja" (or "ja_JP", ...) gives the Japanese text; any other language the English one.
    QString in(const QString& language) const { return language.startsWith(QLatin1String("ja")) ? ja : en; }

    bool operator==(const CatalogText& o) const { return ja == o.ja && en == o.en; }
    bool operator!=(const CatalogText& o) const { return !(*this == o); }
};

} // namespace madoguchi::counter
