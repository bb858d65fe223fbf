#include "counter/HandOffDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace madoguchi {

HandOffDialog::HandOffDialog(QString fromCounter, const QStringList& departments,
                             const QList<QPair<QString, QString>>& procedures, const QStringList& preselected,
                             QWidget* parent)
    : QDialog(parent)
    , m_fromCounter(std::move(fromCounter))
{
    setObjectName(QStringLiteral("handOffDialog"));
    setWindowTitle(tr("Hand the visit off"));
    setAccessibleName(windowTitle());
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_counter = new QLineEdit(this);
    m_counter->setObjectName(QStringLiteral("handOffCounter"));
    m_counter->setAccessibleName(tr("To counter"));
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("handOffDepartment"));
    m_department->setAccessibleName(tr("To department"));
    m_department->setEditable(true);
    m_department->addItem(QString());
    m_department->addItems(departments);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("handOffNote"));
    m_note->setAccessibleName(tr("Note for the next clerk"));
    m_note->setTabChangesFocus(true);
    m_procedures = new QListWidget(this);
    m_procedures->setObjectName(QStringLiteral("handOffProcedures"));
    m_procedures->setAccessibleName(tr("Procedures handed off"));
    for (const auto& [id, title] : procedures) {
        auto* item = new QListWidgetItem(title, m_procedures);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(preselected.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    form->addRow(tr("To &counter:"), m_counter);
    form->addRow(tr("To &department:"), m_department);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("&Procedures:"), m_procedures);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("handOffMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Hand off"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &HandOffDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HandOffDialog::reject);
    m_counter->setFocus();
}

counter::HandOff HandOffDialog::handOff() const
{
    counter::HandOff result;
    result.toCounter = m_counter->text().trimmed();
    result.toDepartment = m_department->currentText().trimmed();
    result.note = m_note->toPlainText().trimmed();
    for (int i = 0; i < m_procedures->count(); ++i) {
        const QListWidgetItem* item = m_procedures->item(i);
        if (item->checkState() == Qt::Checked)
            result.procedureIds << item->data(Qt::UserRole).toString();
    }
    return result;
}

QString HandOffDialog::messageText() const
{
    return m_message->text();
}

void HandOffDialog::accept()
{
    const Status valid = handOff().validate(m_fromCounter);
    if (!valid) {
        m_message->setText(valid.error().message);
        m_message->setAccessibleName(valid.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace madoguchi
