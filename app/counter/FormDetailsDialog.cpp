#include "counter/FormDetailsDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace madoguchi {

FormDetailsDialog::FormDetailsDialog(const Details& details, bool hasMove, QWidget* parent)
    : QDialog(parent)
    , m_hasMove(hasMove)
{
    setObjectName(QStringLiteral("formDetailsDialog"));
    setWindowTitle(tr("Details for the forms"));
    setAccessibleName(windowTitle());
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto make = [this](const QString& name, const QString& accessible, const QString& text) {
        auto* edit = new QLineEdit(text, this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        return edit;
    };
    m_moveDate =
        make(QStringLiteral("formMoveDate"), tr("Day of the move"), details.moveDate.toString(Qt::ISODate));
    m_moveDate->setPlaceholderText(tr("YYYY-MM-DD"));
    m_previous = make(QStringLiteral("formPreviousAddress"), tr("Previous address"), details.previousAddress);
    m_new = make(QStringLiteral("formNewAddress"), tr("New address"), details.newAddress);
    m_purpose = make(QStringLiteral("formPurpose"), tr("Purpose of the certificates"), details.purpose);
    if (hasMove) {
        form->addRow(tr("Day of the &move:"), m_moveDate);
        form->addRow(tr("&Previous address:"), m_previous);
        form->addRow(tr("&New address:"), m_new);
    } else {
        for (QLineEdit* edit : {m_moveDate, m_previous, m_new})
            edit->hide();
    }
    form->addRow(tr("P&urpose of certificates:"), m_purpose);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Print"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &FormDetailsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FormDetailsDialog::reject);
}

FormDetailsDialog::Details FormDetailsDialog::details() const
{
    Details d;
    d.moveDate = QDate::fromString(m_moveDate->text().trimmed(), Qt::ISODate);
    d.previousAddress = m_previous->text().trimmed();
    d.newAddress = m_new->text().trimmed();
    d.purpose = m_purpose->text().trimmed();
    return d;
}

void FormDetailsDialog::accept()
{
    if (m_hasMove && !details().moveDate.isValid()) {
        m_message->setText(tr("Type the day of the move as YYYY-MM-DD."));
        m_message->setAccessibleName(m_message->text());
        m_moveDate->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace madoguchi
