#include "TranslationLoader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace madoguchi {

TranslationLoader::TranslationLoader() = default;

TranslationLoader::~TranslationLoader()
{
    removeInstalled();
}

QStringList TranslationLoader::supportedLanguages()
{
    return {QStringLiteral("ja"), QStringLiteral("en")};
}

QString TranslationLoader::resolveLanguage(const QString& configured)
{
    const QString wanted = configured.trimmed().toLower();
    if (supportedLanguages().contains(wanted))
        return wanted;
    return QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

void TranslationLoader::removeInstalled()
{
    if (m_app) {
        QCoreApplication::removeTranslator(m_app.get());
        m_app.reset();
    }
    if (m_qt) {
        QCoreApplication::removeTranslator(m_qt.get());
        m_qt.reset();
    }
}

bool TranslationLoader::install(const QString& language)
{
    removeInstalled();
    m_language = language;
    // Dates and numbers follow the UI language, not the system locale, so that a Japanese
    // screen never shows an English month name.
    QLocale::setDefault(language == QLatin1String("ja") ? QLocale(QLocale::Japanese, QLocale::Japan)
                                                        : QLocale(QLocale::English, QLocale::UnitedStates));
    bool ok = true;
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/madoguchi_") + language + QStringLiteral(".qm"))) {
        QCoreApplication::installTranslator(app.get());
        m_app = std::move(app);
    } else {
        ok = language == QLatin1String("en");
    }
    // Qt's own catalogue (OK/Cancel, file dialogs) is optional: Debian ships it in
    // qt6-translations-l10n, which a counter PC may not have.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    return ok;
}

} // namespace madoguchi
