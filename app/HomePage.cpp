#include "HomePage.h"

#include "common/Wareki.h"

#include <QDate>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace madoguchi {

HomePage::HomePage(QWidget* parent)
    : QWidget(parent)
    , m_greeting(new QLabel(this))
    , m_date(new QLabel(this))
    , m_hint(new QLabel(this))
{
    QFont big = m_greeting->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_greeting->setFont(big);
    m_hint->setWordWrap(true);
    // Labels take focus so that a screen-reader user tabbing through the page hears them.
    for (QLabel* label : {m_greeting, m_date, m_hint}) {
        // setTextInteractionFlags() resets the focus policy, so it goes first.
        label->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
        label->setFocusPolicy(Qt::StrongFocus);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_greeting);
    layout->addWidget(m_date);
    layout->addSpacing(12);
    layout->addWidget(m_hint);
    layout->addStretch();
    retranslate();
}

void HomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HomePage::retranslate()
{
    m_greeting->setText(tr("Welcome to Madoguchi"));
    m_greeting->setAccessibleName(m_greeting->text());
    const QDate today = QDate::currentDate();
    // Counters write dates in 和暦; the Western date follows for English readers.
    const bool japanese = QLocale().language() == QLocale::Japanese;
    const QString wareki = Wareki::format(today, japanese ? Wareki::Style::Long : Wareki::Style::Romaji);
    m_date->setText(tr("Today is %1 (%2)").arg(wareki, QLocale().toString(today, QLocale::LongFormat)));
    m_date->setAccessibleName(m_date->text());
    m_hint->setText(tr("Choose a page from the list on the left, or press Ctrl+1 to Ctrl+9. "
                       "Press Ctrl+L to lock the screen when you leave the counter."));
    m_hint->setAccessibleName(m_hint->text());
}

} // namespace madoguchi
