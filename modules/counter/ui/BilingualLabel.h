#pragma once

#include "counter/ui/BilingualText.h"

#include <QWidget>

class QLabel;

namespace madoguchi::counter {

// Two lines for a citizen-facing screen: the Japanese text large, the English one smaller under
// it. The English line is hidden when it is empty or the same as the Japanese one. The widget's
// accessible name is "ja / en". Not for residents' names or addresses: those go through NameView.
class BilingualLabel : public QWidget
{
    Q_OBJECT

public:
    explicit BilingualLabel(QWidget* parent = nullptr);

    void setText(const BilingualText& text);
    BilingualText text() const { return m_text; }
    // The Japanese line's pixel size; English is drawn at `englishRatio` of it. With `fitWidth`,
    // both shrink together until each line fits into that many pixels.
    void setPixelSize(int japanesePixels, qreal englishRatio = 0.55, bool bold = false, int fitWidth = 0);
    int pixelSize() const { return m_pixelSize; }
    void setAlignment(Qt::Alignment alignment);
    void setWordWrap(bool wrap);

    QLabel* japaneseLabel() const { return m_ja; }
    QLabel* englishLabel() const { return m_en; }

private:
    BilingualText m_text;
    int m_pixelSize = 0;
    QLabel* m_ja = nullptr;
    QLabel* m_en = nullptr;
};

} // namespace madoguchi::counter
