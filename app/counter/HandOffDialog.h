#pragma once

#include "counter/HandOff.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace madoguchi {

// Passing the visit on (引継ぎ): to a counter, a department, or both, with a note for the next
// clerk and the pending procedures that go with it (checked: handed off). accept() checks
// HandOff::validate() and keeps the dialog open with the reason otherwise.
class HandOffDialog : public QDialog
{
    Q_OBJECT

public:
    // `procedures`: id and title of each pending procedure; `preselected` are checked.
    HandOffDialog(QString fromCounter, const QStringList& departments,
                  const QList<QPair<QString, QString>>& procedures, const QStringList& preselected,
                  QWidget* parent = nullptr);

    counter::HandOff handOff() const;
    QLineEdit* counterEdit() const { return m_counter; }
    QComboBox* departmentBox() const { return m_department; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QString messageText() const;

public Q_SLOTS:
    void accept() override;

private:
    QString m_fromCounter;
    QLineEdit* m_counter = nullptr;
    QComboBox* m_department = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QListWidget* m_procedures = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace madoguchi
