#pragma once

#include <QGroupBox>
#include <QStringList>

class QCheckBox;

namespace madoguchi {

namespace counter {
class ProcedureCatalog;
}

// The life events the citizen names (転入, 出生, …), one check box each from the catalog, in
// its order. Keyboard: Alt+1 … Alt+9 toggle the first nine (the key is shown in the label), Tab moves through
// the rest.
class LifeEventPicker : public QGroupBox
{
    Q_OBJECT

public:
    LifeEventPicker(const counter::ProcedureCatalog& catalog, QString language, QWidget* parent = nullptr);

    QStringList selected() const;
    void setSelected(const QStringList& ids);
    QCheckBox* box(const QString& lifeEventId) const;

Q_SIGNALS:
    void selectionChanged(const QStringList& ids);

private:
    QList<QCheckBox*> m_boxes;
};

} // namespace madoguchi
