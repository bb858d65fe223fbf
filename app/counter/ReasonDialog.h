#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace madoguchi {

// Asks for a required reason (cancelling a visit): the OK button does nothing until one is typed.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    ReasonDialog(const QString& title, const QString& question, const QString& okText,
                 QWidget* parent = nullptr);

    QString reason() const;
    QLineEdit* reasonEdit() const { return m_reason; }

public Q_SLOTS:
    void accept() override;

private:
    QLineEdit* m_reason = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace madoguchi
