#pragma once

#include <QWidget>

class QLabel;

namespace madoguchi {

class DataKeyStatus;

// The status bar's encryption-key indicator: an icon and a short text, never colour alone;
// the tooltip and the accessible description carry what is wrong and what to do. Follows
// `status` as it changes and retranslates itself.
class DataKeyStatusLabel : public QWidget
{
    Q_OBJECT

public:
    explicit DataKeyStatusLabel(const DataKeyStatus& status, QWidget* parent = nullptr);

    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    const DataKeyStatus& m_status;
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
};

} // namespace madoguchi
