#include "LanguageSelector.h"

#include <QEvent>
#include <QSignalBlocker>

namespace madoguchi {

LanguageSelector::LanguageSelector(const QString& current, QWidget* parent)
    : QComboBox(parent)
{
    addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    addItem(QStringLiteral("English"), QStringLiteral("en"));
    setCurrentLanguage(current);
    retranslate();
    connect(this, &QComboBox::activated, this,
            [this](int index) { Q_EMIT languageRequested(itemData(index).toString()); });
}

void LanguageSelector::setCurrentLanguage(const QString& language)
{
    const QSignalBlocker blocker(this);
    const int index = findData(language);
    setCurrentIndex(index >= 0 ? index : 0);
}

void LanguageSelector::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QComboBox::changeEvent(event);
}

void LanguageSelector::retranslate()
{
    setAccessibleName(tr("Language"));
    setToolTip(tr("Language of the screens"));
}

} // namespace madoguchi
