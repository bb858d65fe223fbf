#pragma once

#include "counter/ui/BilingualText.h"

#include <memory>

class QTranslator;

namespace madoguchi::counter {

// Gives a fixed phrase of the citizen-facing screens in Japanese and English together. English
// is the phrase's source text (QT_TRANSLATE_NOOP at the call site, so lupdate collects it);
// Japanese comes from the Japanese catalogue handed in (the shell's :/i18n/madoguchi_ja.qm),
// whatever language the clerk's UI is in. Without that catalogue, or when it lacks the phrase,
// the installed UI translation is used, so a Japanese UI still shows Japanese; an English UI
// then shows the English text alone.
class BilingualTranslator
{
public:
    explicit BilingualTranslator(std::shared_ptr<const QTranslator> japanese = {});

    void setJapanese(std::shared_ptr<const QTranslator> japanese) { m_japanese = std::move(japanese); }
    const std::shared_ptr<const QTranslator>& japanese() const { return m_japanese; }

    // `context` and `source` as given to QT_TRANSLATE_NOOP. When no Japanese is found, `ja`
    // holds the English text, so that a line is never blank.
    BilingualText text(const char* context, const char* source) const;

private:
    std::shared_ptr<const QTranslator> m_japanese;
};

} // namespace madoguchi::counter
