#include "counter/ReasonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace madoguchi {

ReasonDialog::ReasonDialog(const QString& title, const QString& question, const QString& okText,
                           QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    setAccessibleName(title);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(question, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setAccessibleName(question);
    label->setBuddy(m_reason);
    layout->addWidget(m_reason);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReasonDialog::reject);
    m_reason->setFocus();
}

QString ReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

void ReasonDialog::accept()
{
    if (reason().isEmpty()) {
        m_message->setText(tr("A reason is required."));
        m_message->setAccessibleName(m_message->text());
        return;
    }
    QDialog::accept();
}

} // namespace madoguchi
