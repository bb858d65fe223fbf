#pragma once

#include "common/SettingsKeys.h"

#include <QVariant>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace madoguchi {

class InlineError;

// The editor of one setting, chosen by its type: a spin box, a check box, a combo box for a
// fixed list of values, a line edit, or a line edit with a Browse button for paths. Shows when
// the key is locked by the policy or needs an administrator, and its own validation error.
class SettingEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Lock { None, Policy, AdminOnly };

    SettingEditor(const SettingDefinition& definition, const QVariant& value, Lock lock,
                  QWidget* parent = nullptr);

    SettingKey key() const { return m_definition.key; }
    Lock lock() const { return m_lock; }
    QVariant value() const;
    bool isModified() const { return value() != m_initial; }
    // The control a person edits (for tests, tab order and label buddies).
    QWidget* control() const { return m_control; }
    QString lockText() const;

    void showError(const QString& message);
    void clearError();

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void browse();
    void retranslate();

    SettingDefinition m_definition;
    QVariant m_initial;
    Lock m_lock;
    QWidget* m_control = nullptr;
    QSpinBox* m_spin = nullptr;
    QCheckBox* m_check = nullptr;
    QComboBox* m_combo = nullptr;
    QLineEdit* m_line = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_lockLabel = nullptr;
    InlineError* m_error = nullptr;
};

} // namespace madoguchi
