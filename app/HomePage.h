#pragma once

#include <QWidget>

class QLabel;

namespace madoguchi {

class HomePage : public QWidget
{
    Q_OBJECT

public:
    explicit HomePage(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_greeting = nullptr;
    QLabel* m_date = nullptr;
    QLabel* m_hint = nullptr;
};

} // namespace madoguchi
