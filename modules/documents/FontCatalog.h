#pragma once

#include "common/Result.h"
#include "documents/FontFace.h"
#include "documents/FontRole.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>

namespace madoguchi {

// Which font family serves which role, by exact fontconfig family name. For each role the
// first family that fontconfig knows EXACTLY is used; there is never a fallback to a font
// that merely resembles it (fontconfig would silently hand out DejaVu, without the variants).
struct FontFamilies
{
    QStringList name = {QStringLiteral("IPAmj明朝")};
    QStringList body = {QStringLiteral("IPAexGothic"), QStringLiteral("IPAGothic")};
    QStringList bodyMincho = {QStringLiteral("IPAexMincho"), QStringLiteral("IPAMincho")};

    const QStringList& forRole(FontRole role) const;
};

// The fonts of the engine, resolved through fontconfig and loaded once. A service object:
// build one at start-up, share it (std::shared_ptr) with every PdfWriter, TextImageRenderer
// and VariantChecker. Thread-safe; fonts are loaded on first use of a role and then cached.
class FontCatalog
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::FontCatalog)

public:
    explicit FontCatalog(FontFamilies families = {});
    ~FontCatalog();
    FontCatalog(const FontCatalog&) = delete;
    FontCatalog& operator=(const FontCatalog&) = delete;

    static std::shared_ptr<FontCatalog> create(FontFamilies families = {});

    // The font of a role. Errors: documents.fontMissing (no listed family is installed under
    // exactly that name; the message names every family tried), documents.fontLoad.
    Result<std::shared_ptr<const FontFace>> font(FontRole role) const;

    // Checks every role at once (start-up, self-test): the first failure, or success.
    Status verify() const;

    // Looks up a family by its exact name (any of the names fontconfig lists for it, e.g.
    // "IPAmjMincho" or "IPAmj明朝") and loads it. Errors as font().
    static Result<std::shared_ptr<const FontFace>> loadFamily(const QString& family);
    // The font file fontconfig has for exactly this family name; empty when none.
    static QString fileForFamily(const QString& family, int* index = nullptr);

private:
    FontFamilies m_families;
    mutable QMutex m_mutex;
    mutable std::map<FontRole, std::shared_ptr<const FontFace>> m_loaded;
};

} // namespace madoguchi
