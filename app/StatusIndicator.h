#pragma once

#include <QStyle>
#include <QWidget>

class QLabel;

namespace madoguchi {

// A status-bar indicator: an icon and a short text, never colour alone; the tooltip and the
// accessible description say what is wrong and what to do. Subclasses follow their state
// object and call display() from refresh(), which also runs on a language change.
class StatusIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit StatusIndicator(const QString& objectName, QWidget* parent = nullptr);

    QString text() const;

protected:
    // Called on every change of the followed state and on a language change.
    virtual void refresh() = 0;
    // `problem` also colours the text dark red (in addition to the icon and the words).
    void display(QStyle::StandardPixmap icon, const QString& summary, const QString& details, bool problem);
    void changeEvent(QEvent* event) override;

private:
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
};

} // namespace madoguchi
