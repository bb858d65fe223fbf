#include "counter/ui/BilingualLabel.h"

#include "counter/ui/TextFit.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace madoguchi::counter {

namespace {

QLabel* makeLine(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    // Plain text: data from a ward's files must never be read as HTML.
    label->setTextFormat(Qt::PlainText);
    return label;
}

void setPixels(QLabel* label, int pixels, bool bold)
{
    QFont font = label->font();
    font.setPixelSize(std::max(1, pixels));
    font.setBold(bold);
    label->setFont(font);
}

} // namespace

BilingualLabel::BilingualLabel(QWidget* parent)
    : QWidget(parent)
    , m_ja(makeLine(this, QStringLiteral("japanese")))
    , m_en(makeLine(this, QStringLiteral("english")))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_ja);
    layout->addWidget(m_en);
    m_en->hide();
}

void BilingualLabel::setText(const BilingualText& text)
{
    m_text = text;
    m_ja->setText(text.ja.isEmpty() ? text.en : text.ja);
    const bool english = !text.en.isEmpty() && !text.ja.isEmpty() && text.en != text.ja;
    m_en->setText(english ? text.en : QString());
    m_en->setVisible(english);
    setAccessibleName(text.joined());
}

void BilingualLabel::setPixelSize(int japanesePixels, qreal englishRatio, bool bold, int fitWidth)
{
    if (fitWidth > 0) {
        QFont font = m_ja->font();
        font.setBold(bold);
        japanesePixels = fittingPixelSize(font, m_ja->text(), japanesePixels, fitWidth);
        const int english = qRound(japanesePixels * englishRatio);
        if (m_en->isVisibleTo(this) && english > 0) {
            const int fitted = fittingPixelSize(font, m_en->text(), english, fitWidth);
            if (fitted < english)
                japanesePixels = std::max(1, int(fitted / englishRatio));
        }
    }
    m_pixelSize = japanesePixels;
    setPixels(m_ja, japanesePixels, bold);
    setPixels(m_en, qRound(japanesePixels * englishRatio), bold);
}

void BilingualLabel::setAlignment(Qt::Alignment alignment)
{
    m_ja->setAlignment(alignment);
    m_en->setAlignment(alignment);
}

void BilingualLabel::setWordWrap(bool wrap)
{
    m_ja->setWordWrap(wrap);
    m_en->setWordWrap(wrap);
}

} // namespace madoguchi::counter
