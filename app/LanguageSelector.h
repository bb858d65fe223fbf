#pragma once

#include <QComboBox>

namespace madoguchi {

// 日本語 / English, each written in its own language so that a clerk who cannot read the
// current one still finds theirs. Emits languageRequested("ja"/"en") when the choice changes.
class LanguageSelector : public QComboBox
{
    Q_OBJECT

public:
    explicit LanguageSelector(const QString& current, QWidget* parent = nullptr);

    void setCurrentLanguage(const QString& language);

Q_SIGNALS:
    void languageRequested(const QString& language);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
};

} // namespace madoguchi
