#include "SettingsDialog.h"

#include "InlineError.h"
#include "SettingEditor.h"
#include "common/Settings.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace madoguchi {

SettingsDialog::SettingsDialog(Settings& settings, Role role, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_intro(new QLabel(this))
    , m_error(new InlineError(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_intro->setWordWrap(true);
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    QWidget* previous = nullptr;
    for (const SettingDefinition& definition : Settings::definitions()) {
        SettingEditor::Lock lock = SettingEditor::Lock::None;
        if (settings.isLocked(definition.key))
            lock = SettingEditor::Lock::Policy;
        else if (definition.scope == SettingScope::Machine && !roleAtLeast(role, Role::Admin))
            lock = SettingEditor::Lock::AdminOnly;
        auto* editor = new SettingEditor(definition, settings.value(definition.key), lock, page);
        auto* label = new QLabel(page);
        label->setWordWrap(true);
        label->setBuddy(editor->control());
        form->addRow(label, editor);
        m_editors.push_back(editor);
        m_labels.push_back(label);
        // Tab follows the order on screen (the Browse button comes right after its field).
        if (previous)
            setTabOrder(previous, editor->control());
        previous = editor->control();
    }
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(QDialogButtonBox::Save);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 560);
    retranslate();
}

SettingEditor* SettingsDialog::editor(const QString& keyName) const
{
    for (SettingEditor* editor : m_editors) {
        if (QString::fromLatin1(Settings::definition(editor->key()).name) == keyName)
            return editor;
    }
    return nullptr;
}

QString SettingsDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SettingsDialog::accept()
{
    m_error->clear();
    std::vector<std::pair<SettingEditor*, QVariant>> changes;
    SettingEditor* firstBad = nullptr;
    for (SettingEditor* editor : m_editors) {
        editor->clearError();
        if (editor->lock() != SettingEditor::Lock::None || !editor->isModified())
            continue;
        auto valid = Settings::validate(editor->key(), editor->value());
        if (!valid) {
            editor->showError(valid.error().toString());
            if (!firstBad)
                firstBad = editor;
            continue;
        }
        changes.emplace_back(editor, valid.value());
    }
    if (firstBad) {
        m_error->showMessage(tr("Some values are not valid. Nothing was saved."));
        firstBad->control()->setFocus();
        return;
    }
    for (const auto& [editor, value] : changes) {
        if (auto written = m_settings.setValue(editor->key(), value); !written) {
            editor->showError(written.error().toString());
            m_error->showMessage(tr("The settings could not be saved completely."));
            editor->control()->setFocus();
            return;
        }
    }
    Q_EMIT saved();
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_intro->setText(tr("Settings marked \"Locked by policy\" are set by your administrator and cannot be "
                        "changed here. Changes take effect when you save."));
    for (size_t i = 0; i < m_editors.size(); ++i)
        m_labels[i]->setText(Settings::description(m_editors[i]->key()));
    m_save->setText(tr("&Save"));
    m_save->setAccessibleName(tr("Save"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel"));
}

} // namespace madoguchi
