#include "VariantWarningDialog.h"

#include "VariantComparisonView.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace madoguchi {

VariantWarningDialog::VariantWarningDialog(std::shared_ptr<FontCatalog> fonts,
                                           const QList<VariationSequence>& sequences, QWidget* parent)
    : QDialog(parent)
    , m_explanation(new QLabel(this))
    , m_comparison(new VariantComparisonView(std::move(fonts), this))
{
    setObjectName(QStringLiteral("variantWarningDialog"));
    setWindowModality(Qt::WindowModal);
    m_explanation->setWordWrap(true);
    m_explanation->setFocusPolicy(Qt::TabFocus);
    m_comparison->setSequences(sequences);

    auto* buttons = new QDialogButtonBox(this);
    m_edit = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_keep = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_edit->setDefault(true); // the safe choice
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_comparison);
    layout->addStretch();
    layout->addWidget(buttons);
    retranslate();
}

QString VariantWarningDialog::explanation() const
{
    return m_explanation->text();
}

void VariantWarningDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void VariantWarningDialog::retranslate()
{
    setWindowTitle(tr("Variant not in the font"));
    m_explanation->setText(
        tr("The font does not have %n of the requested character form(s). They will be shown and printed in "
           "the base form below. Compare with the registered spelling; printing a certificate with this name "
           "needs a supervisor's approval.",
           nullptr, static_cast<int>(m_comparison->sequences().size())));
    m_explanation->setAccessibleName(m_explanation->text());
    m_edit->setText(tr("&Edit the name"));
    m_edit->setAccessibleName(tr("Edit the name"));
    m_keep->setText(tr("&Keep as entered"));
    m_keep->setAccessibleName(tr("Keep as entered"));
}

} // namespace madoguchi
