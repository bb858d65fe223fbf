#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QCoreApplication;
class QTranslator;

namespace madoguchi {

// Installs Madoguchi's own translation (embedded at :/i18n/madoguchi_<lang>.qm by the
// madoguchi_translations library) and Qt's qtbase_<lang>.qm for standard buttons when the
// system has it. QtCore only, so that madoguchi-cli can use it too. Switching language
// replaces the installed translators; Qt then sends LanguageChange to every widget.
class TranslationLoader
{
public:
    TranslationLoader();
    ~TranslationLoader();
    TranslationLoader(const TranslationLoader&) = delete;
    TranslationLoader& operator=(const TranslationLoader&) = delete;

    // "ja" or "en".
    static QStringList supportedLanguages();
    // `configured` is the ui/language setting ("ja", "en" or empty/"system"): when it names a
    // supported language that wins; otherwise Japanese on a Japanese system locale, else English.
    static QString resolveLanguage(const QString& configured);

    // Removes the previous translators and installs those of `language`. Returns false when
    // Madoguchi's own catalogue for it is missing (English needs none: it is the source).
    bool install(const QString& language);
    QString language() const { return m_language; }

private:
    void removeInstalled();

    QString m_language;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace madoguchi
