#include "FontCheck.h"

#include <QFontDatabase>

namespace madoguchi {

namespace {

struct RequiredFont
{
    QString label;       // shown to people
    QStringList aliases; // fontconfig gives each IPA font an English and a Japanese family name
};

bool hasAny(const QStringList& families, const QStringList& aliases)
{
    for (const QString& alias : aliases) {
        if (families.contains(alias, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

CheckResult FontCheck::run()
{
    return fromFamilies(QFontDatabase::families());
}

CheckResult FontCheck::fromFamilies(const QStringList& families)
{
    const QList<RequiredFont> required = {
        {QStringLiteral("IPA Gothic"), {QStringLiteral("IPAGothic"), QStringLiteral("IPAゴシック")}},
        {QStringLiteral("IPA Mincho"), {QStringLiteral("IPAMincho"), QStringLiteral("IPA明朝")}},
        {QStringLiteral("IPAmj Mincho"), {QStringLiteral("IPAmjMincho"), QStringLiteral("IPAmj明朝")}},
    };

    QStringList found;
    QStringList missing;
    for (const RequiredFont& font : required)
        (hasAny(families, font.aliases) ? found : missing).append(font.label);

    CheckResult result;
    result.id = QStringLiteral("fonts");
    result.title = tr("Japanese fonts");
    if (missing.isEmpty()) {
        result.state = CheckResult::State::Ok;
        result.detail = tr("Installed: %1.").arg(found.join(QStringLiteral(", ")));
        return result;
    }
    result.state = CheckResult::State::Problem;
    result.detail = tr("Missing: %1. Japanese text or registered name variants cannot be shown or printed "
                       "correctly.")
                        .arg(missing.join(QStringLiteral(", ")));
#ifdef Q_OS_WIN
    result.remedy = tr("Repair or reinstall Madoguchi: its installer brings the IPA fonts.");
#else
    result.remedy = tr("Install the fonts (as administrator): apt install fonts-ipafont-gothic "
                       "fonts-ipafont-mincho fonts-ipamj-mincho");
#endif
    return result;
}

} // namespace madoguchi
