#include "counter/LifeEventPicker.h"

#include "counter/ProcedureCatalog.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QShortcut>
#include <QSignalBlocker>

namespace madoguchi {

LifeEventPicker::LifeEventPicker(const counter::ProcedureCatalog& catalog, QString language, QWidget* parent)
    : QGroupBox(parent)
{
    setObjectName(QStringLiteral("lifeEventPicker"));
    setTitle(tr("What happened (life events)"));
    setAccessibleName(tr("Life events"));
    auto* grid = new QGridLayout(this);
    int index = 0;
    for (const counter::LifeEvent& event : catalog.lifeEvents()) {
        const QString title = event.title.in(language);
        const QString text = index < 9 ? tr("%1 (Alt+%2)").arg(title).arg(index + 1) : title;
        auto* box = new QCheckBox(text, this);
        box->setObjectName(QStringLiteral("lifeEvent-") + event.id);
        box->setProperty("lifeEventId", event.id);
        box->setAccessibleName(title);
        box->setToolTip(index < 9
                            ? tr("%1 — shortcut: Alt+%2").arg(event.description.in(language)).arg(index + 1)
                            : event.description.in(language));
        connect(box, &QCheckBox::toggled, this, [this] { Q_EMIT selectionChanged(selected()); });
        if (index < 9) {
            // A shortcut of the window rather than a mnemonic ("&1"): mnemonics are off on some
            // platforms (macOS, and Qt's offscreen platform) and the key must always work.
            auto* shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + index)), this);
            connect(shortcut, &QShortcut::activated, box, &QCheckBox::toggle);
        }
        grid->addWidget(box, index / 3, index % 3);
        m_boxes << box;
        ++index;
    }
}

QStringList LifeEventPicker::selected() const
{
    QStringList ids;
    for (QCheckBox* box : m_boxes) {
        if (box->isChecked())
            ids << box->property("lifeEventId").toString();
    }
    return ids;
}

void LifeEventPicker::setSelected(const QStringList& ids)
{
    for (QCheckBox* box : m_boxes) {
        const QSignalBlocker block(box);
        box->setChecked(ids.contains(box->property("lifeEventId").toString()));
    }
    Q_EMIT selectionChanged(selected());
}

QCheckBox* LifeEventPicker::box(const QString& lifeEventId) const
{
    for (QCheckBox* box : m_boxes) {
        if (box->property("lifeEventId").toString() == lifeEventId)
            return box;
    }
    return nullptr;
}

} // namespace madoguchi
