#pragma once

#include "common/Role.h"

#include <QDialog>

#include <vector>

class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace madoguchi {

class InlineError;
class SettingEditor;
class Settings;

// One editor per key of Settings::definitions(). Keys the policy sets are shown but disabled
// with the reason; Machine-scope keys need an administrator. Save validates everything first
// and writes only when every value is valid, so a half-saved configuration cannot happen.
// Cancel discards. Opened with open(), never exec().
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(Settings& settings, Role role, QWidget* parent = nullptr);

    SettingEditor* editor(const QString& keyName) const;
    const std::vector<SettingEditor*>& editors() const { return m_editors; }
    QString errorText() const;

public Q_SLOTS:
    // Save: validates, writes, closes. Stays open with the errors inline when one is invalid.
    void accept() override;

Q_SIGNALS:
    void saved();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Settings& m_settings;
    std::vector<SettingEditor*> m_editors;
    std::vector<QLabel*> m_labels;
    QLabel* m_intro = nullptr;
    InlineError* m_error = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace madoguchi
