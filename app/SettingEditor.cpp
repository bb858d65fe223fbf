#include "SettingEditor.h"

#include "InlineError.h"
#include "common/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace madoguchi {

SettingEditor::SettingEditor(const SettingDefinition& definition, const QVariant& value, Lock lock,
                             QWidget* parent)
    : QWidget(parent)
    , m_definition(definition)
    , m_initial(value)
    , m_lock(lock)
    , m_lockLabel(new QLabel(this))
    , m_error(new InlineError(this))
{
    setObjectName(QString::fromLatin1(definition.name));
    build();
    m_control->setObjectName(QString::fromLatin1(definition.name));
    retranslate();
}

void SettingEditor::build()
{
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    switch (m_definition.type) {
    case SettingType::Int:
        m_spin = new QSpinBox(this);
        m_spin->setRange(m_definition.minimum, m_definition.maximum);
        m_spin->setValue(m_initial.toInt());
        m_control = m_spin;
        break;
    case SettingType::Bool:
        m_check = new QCheckBox(this);
        m_check->setChecked(m_initial.toBool());
        m_control = m_check;
        break;
    case SettingType::String:
        if (!m_definition.allowed.isEmpty()) {
            m_combo = new QComboBox(this);
            for (const QString& allowed : m_definition.allowed)
                m_combo->addItem(QString(), allowed);
            m_combo->setCurrentIndex(
                std::max(0, static_cast<int>(m_definition.allowed.indexOf(m_initial.toString()))));
            m_control = m_combo;
            break;
        }
        [[fallthrough]];
    case SettingType::Path:
        m_line = new QLineEdit(m_initial.toString(), this);
        m_control = m_line;
        connect(m_line, &QLineEdit::textEdited, this, &SettingEditor::clearError);
        break;
    }
    row->addWidget(m_control, 1);
    if (m_definition.type == SettingType::Path) {
        m_browse = new QPushButton(this);
        connect(m_browse, &QPushButton::clicked, this, &SettingEditor::browse);
        row->addWidget(m_browse);
    }
    row->addWidget(m_lockLabel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_error);

    const bool editable = m_lock == Lock::None;
    m_control->setEnabled(editable);
    if (m_browse)
        m_browse->setEnabled(editable);
    m_lockLabel->setVisible(!editable);
}

QVariant SettingEditor::value() const
{
    if (m_spin)
        return m_spin->value();
    if (m_check)
        return m_check->isChecked();
    if (m_combo)
        return m_combo->currentData().toString();
    return m_line->text().trimmed();
}

QString SettingEditor::lockText() const
{
    switch (m_lock) {
    case Lock::Policy:
        return tr("Set by your administrator (policy)");
    case Lock::AdminOnly:
        return tr("Only an administrator can change this setting.");
    case Lock::None:
        break;
    }
    return {};
}

void SettingEditor::showError(const QString& message)
{
    m_error->showMessage(message);
}

void SettingEditor::clearError()
{
    m_error->clear();
}

void SettingEditor::browse()
{
    // An asynchronous file dialog (open(), not exec()): no nested event loop.
    auto* dialog = new QFileDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool folder =
        QString::fromLatin1(m_definition.name).endsWith(QLatin1String("directory"), Qt::CaseInsensitive);
    dialog->setFileMode(folder ? QFileDialog::Directory : QFileDialog::ExistingFile);
    if (!m_line->text().isEmpty())
        dialog->selectFile(m_line->text());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        m_line->setText(path);
        clearError();
    });
    dialog->open();
}

void SettingEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingEditor::retranslate()
{
    const QString description = Settings::description(m_definition.key);
    m_control->setAccessibleName(description);
    m_control->setAccessibleDescription(lockText());
    m_control->setToolTip(m_lock == Lock::None ? QString::fromLatin1(m_definition.name) : lockText());
    if (m_combo) {
        for (int i = 0; i < m_combo->count(); ++i) {
            const QString data = m_combo->itemData(i).toString();
            QString label = data;
            if (data.isEmpty())
                label = tr("(system default)");
            else if (data == QLatin1String("ja"))
                label = QStringLiteral("日本語");
            else if (data == QLatin1String("en"))
                label = QStringLiteral("English");
            m_combo->setItemText(i, label);
        }
    }
    if (m_check)
        m_check->setText(tr("On"));
    if (m_browse) {
        m_browse->setText(tr("Browse…"));
        m_browse->setAccessibleName(tr("Browse for %1").arg(description));
    }
    // Words, not only an icon: the state must not depend on seeing a symbol.
    m_lockLabel->setText(m_lock == Lock::Policy ? tr("Locked by policy") : tr("Admin only"));
    m_lockLabel->setToolTip(lockText());
    m_lockLabel->setAccessibleName(lockText());
}

} // namespace madoguchi
