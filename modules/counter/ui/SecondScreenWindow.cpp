#include "counter/ui/SecondScreenWindow.h"

#include "counter/ui/SecondScreen.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLayout>
#include <QResizeEvent>
#include <QScreen>

#include <algorithm>

namespace madoguchi::counter {

SecondScreenWindow::SecondScreenWindow(std::shared_ptr<const QTranslator> japanese, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_translator(std::move(japanese))
{
    // Focusable so that Esc and F11 reach the window when a clerk clicks it or tabs to it.
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
}

QScreen* SecondScreenWindow::showFullScreenOn(QScreen* screen)
{
    if (!screen)
        screen = SecondScreen::choose();
    if (screen) {
        // The geometry first: a window system places a full-screen window on the screen that
        // holds it, and setScreen() alone does not move an already created window there.
        setScreen(screen);
        setGeometry(screen->geometry());
    }
    showFullScreen();
    return screen;
}

void SecondScreenWindow::setJapaneseTranslator(std::shared_ptr<const QTranslator> japanese)
{
    m_translator.setJapanese(std::move(japanese));
    retranslate();
}

BilingualText SecondScreenWindow::phrase(const char* context, const char* source) const
{
    return m_translator.text(context, source);
}

void SecondScreenWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && isFullScreen()) {
        showNormal();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_F11) {
        if (isFullScreen())
            showNormal();
        else
            showFullScreen();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void SecondScreenWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_size = event->size();
    rescale();
}

int SecondScreenWindow::applyMargins()
{
    const int margin = std::max(8, m_size.height() / 40);
    if (layout())
        layout()->setContentsMargins(margin, margin, margin, margin);
    return margin;
}

void SecondScreenWindow::setColors(const QColor& background, const QColor& text)
{
    QPalette palette = this->palette();
    palette.setColor(QPalette::Window, background);
    palette.setColor(QPalette::WindowText, text);
    setPalette(palette);
}

void SecondScreenWindow::setTextColor(QWidget* widget, const QColor& color)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, color);
    widget->setPalette(palette);
}

void SecondScreenWindow::setPixelSize(QWidget* widget, int pixels, bool bold)
{
    QFont font = widget->font();
    font.setPixelSize(std::max(1, pixels));
    font.setBold(bold);
    widget->setFont(font);
}

void SecondScreenWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace madoguchi::counter
