#pragma once

#include "documents/FontCatalog.h"
#include "documents/VariationSequence.h"

#include <QDialog>
#include <QList>

#include <memory>

class QLabel;
class QPushButton;

namespace madoguchi {

class VariantComparisonView;

// Tells the clerk that a name holds variation sequences the font does not register, showing
// each one both ways (VariantComparisonView). Open it with open() (window-modal); accepted =
// "keep as entered", rejected = "edit the name". Printing such a name still needs a
// supervisor (SupervisorApprovalDialog through PrintGate).
class VariantWarningDialog : public QDialog
{
    Q_OBJECT

public:
    VariantWarningDialog(std::shared_ptr<FontCatalog> fonts, const QList<VariationSequence>& sequences,
                         QWidget* parent = nullptr);

    VariantComparisonView* comparison() const { return m_comparison; }
    QString explanation() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_explanation = nullptr;
    VariantComparisonView* m_comparison = nullptr;
    QPushButton* m_keep = nullptr;
    QPushButton* m_edit = nullptr;
};

} // namespace madoguchi
