#pragma once

#include "counter/ui/BilingualTranslator.h"

#include <QWidget>

#include <memory>

class QScreen;
class QTranslator;

namespace madoguchi::counter {

// The common part of the windows shown to the citizen on a second screen: a top-level window
// (also when given a parent, so that it closes with the clerk's page), full screen on a chosen
// screen, Esc leaves full screen and F11 toggles it, every fixed phrase in Japanese and English
// (BilingualTranslator), and type sized from the window's height so that the same window reads
// well at 1280 × 800 and on a 1920 × 1080 display across the counter.
class SecondScreenWindow : public QWidget
{
    Q_OBJECT

public:
    explicit SecondScreenWindow(std::shared_ptr<const QTranslator> japanese, QWidget* parent = nullptr);

    // Moves the window to `screen` (SecondScreen::choose() when null) and shows it full screen
    // there. Returns the screen used (null without any screen).
    QScreen* showFullScreenOn(QScreen* screen = nullptr);
    void setJapaneseTranslator(std::shared_ptr<const QTranslator> japanese);

protected:
    BilingualText phrase(const char* context, const char* source) const;
    // Sets every fixed text again (language or catalogue changed).
    virtual void retranslate() = 0;
    // Sets the type sizes for the window's size (windowSize()).
    virtual void rescale() = 0;
    // The size to lay out for: the window's, or 1280 × 800 before it has one.
    QSize windowSize() const { return m_size; }
    // Sets the layout's margins for the window's size; returns the margin.
    int applyMargins();
    // Background and text colours of the window (its children inherit them).
    void setColors(const QColor& background, const QColor& text);
    static void setTextColor(QWidget* widget, const QColor& color);
    static void setPixelSize(QWidget* widget, int pixels, bool bold = false);

    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    BilingualTranslator m_translator;
    QSize m_size{1280, 800};
};

} // namespace madoguchi::counter
