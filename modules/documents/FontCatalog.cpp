#include "documents/FontCatalog.h"

#include <QFile>
#include <QMutexLocker>

#include <fontconfig/fontconfig.h>

namespace madoguchi {

const QStringList& FontFamilies::forRole(FontRole role) const
{
    switch (role) {
    case FontRole::Name:
        return name;
    case FontRole::Body:
        return body;
    case FontRole::BodyMincho:
        return bodyMincho;
    }
    return body;
}

FontCatalog::FontCatalog(FontFamilies families)
    : m_families(std::move(families))
{}

FontCatalog::~FontCatalog() = default;

std::shared_ptr<FontCatalog> FontCatalog::create(FontFamilies families)
{
    return std::make_shared<FontCatalog>(std::move(families));
}

QString FontCatalog::fileForFamily(const QString& family, int* index)
{
    if (family.trimmed().isEmpty())
        return {};
    // FcFontList, not FcFontMatch: a match always succeeds (with DejaVu if need be), a list
    // only holds fonts whose family really is the one asked for.
    const QByteArray name = family.toUtf8();
    FcPattern* pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(name.constData()));
    FcObjectSet* objects = FcObjectSetBuild(FC_FAMILY, FC_FILE, FC_INDEX, FC_WEIGHT, FC_SLANT, nullptr);
    FcFontSet* fonts = FcFontList(nullptr, pattern, objects);
    FcObjectSetDestroy(objects);
    FcPatternDestroy(pattern);
    if (!fonts)
        return {};

    QString best;
    int bestIndex = 0;
    int bestScore = -1;
    for (int i = 0; i < fonts->nfont; ++i) {
        FcPattern* font = fonts->fonts[i];
        bool familyMatches = false;
        FcChar8* value = nullptr;
        for (int n = 0; FcPatternGetString(font, FC_FAMILY, n, &value) == FcResultMatch; ++n) {
            if (QString::fromUtf8(reinterpret_cast<const char*>(value))
                    .compare(family, Qt::CaseInsensitive) == 0)
                familyMatches = true;
        }
        FcChar8* file = nullptr;
        if (!familyMatches || FcPatternGetString(font, FC_FILE, 0, &file) != FcResultMatch)
            continue;
        int weight = FC_WEIGHT_REGULAR;
        int slant = FC_SLANT_ROMAN;
        int faceIndex = 0;
        FcPatternGetInteger(font, FC_WEIGHT, 0, &weight);
        FcPatternGetInteger(font, FC_SLANT, 0, &slant);
        FcPatternGetInteger(font, FC_INDEX, 0, &faceIndex);
        // Prefer the upright regular face; the engine synthesises bold itself.
        const int score = (slant == FC_SLANT_ROMAN ? 2 : 0) + (weight == FC_WEIGHT_REGULAR ? 1 : 0);
        if (score > bestScore) {
            bestScore = score;
            best = QFile::decodeName(reinterpret_cast<const char*>(file));
            bestIndex = faceIndex;
        }
    }
    FcFontSetDestroy(fonts);
    if (index)
        *index = bestIndex;
    return best;
}

Result<std::shared_ptr<const FontFace>> FontCatalog::loadFamily(const QString& family)
{
    int index = 0;
    const QString file = fileForFamily(family, &index);
    if (file.isEmpty()) {
        return makeError(QStringLiteral("documents.fontMissing"),
                         tr("The font family \"%1\" is not installed.").arg(family),
                         QStringLiteral("fontconfig"));
    }
    return FontFace::load(family, file, index);
}

Result<std::shared_ptr<const FontFace>> FontCatalog::font(FontRole role) const
{
    {
        QMutexLocker lock(&m_mutex);
        const auto found = m_loaded.find(role);
        if (found != m_loaded.end())
            return found->second;
    }

    // Loaded without the lock: a PDF rendered on a worker thread may be loading one role (the
    // first fontconfig lookup alone can take tens of milliseconds) while the GUI thread asks for
    // another one for a name on screen; it must not wait for that. Two threads loading the same
    // role at once both load it; the first one stored is kept and handed to both.
    const QStringList& families = m_families.forRole(role);
    for (const QString& family : families) {
        int index = 0;
        const QString file = fileForFamily(family, &index);
        if (file.isEmpty())
            continue;
        auto loaded = FontFace::load(family, file, index);
        if (!loaded)
            return loaded.error();
        QMutexLocker lock(&m_mutex);
        return m_loaded.emplace(role, loaded.value()).first->second;
    }
    QStringList quoted;
    for (const QString& family : families)
        quoted << u'"' + family + u'"';
    return makeError(QStringLiteral("documents.fontMissing"),
                     families.size() == 1
                         ? tr("The font family %1 for %2 text is not installed; no other font is used "
                              "in its place.")
                               .arg(quoted.join(QString()), fontRoleName(role))
                         : tr("None of the font families %1 for %2 text is installed; no other font is "
                              "used in their place.")
                               .arg(quoted.join(QStringLiteral(", ")), fontRoleName(role)),
                     QStringLiteral("font role %1").arg(fontRoleName(role)));
}

Status FontCatalog::verify() const
{
    for (FontRole role : {FontRole::Name, FontRole::Body, FontRole::BodyMincho}) {
        auto loaded = font(role);
        if (!loaded)
            return loaded.error();
    }
    return {};
}

} // namespace madoguchi
