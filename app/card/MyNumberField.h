#pragma once

#include "common/Result.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTimer;

namespace madoguchi {

// The My Number on the identity panel: masked ("●●●● ●●●● 9018") unless the clerk explicitly
// asks to see it. Showing it first calls the audit hook; only when the record is written is
// the number put on screen, and it is masked again after revealSeconds() or at clear().
// The number itself lives only in this object's member while a card identity is shown: no
// widget holds it (text, tooltip or accessible text) while it is masked.
class MyNumberField : public QWidget
{
    Q_OBJECT

public:
    using AuditHook = std::function<Status()>;

    MyNumberField(AuditHook audit, QWidget* parent = nullptr);
    ~MyNumberField() override;

    void setNumber(const QString& number);
    void clear();
    bool isRevealed() const { return m_revealed; }
    bool hasNumber() const { return !m_number.isEmpty(); }
    void setRevealMilliseconds(int ms);
    int revealMilliseconds() const;
    QString displayedText() const;
    QPushButton* revealButton() const { return m_reveal; }

public Q_SLOTS:
    // Writes the audit record, then shows the number; emits revealRefused with the reason when
    // the record could not be written (and shows nothing).
    void reveal();
    void mask();

Q_SIGNALS:
    void revealRefused(const QString& reason);
    void revealed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    AuditHook m_audit;
    QString m_number;
    bool m_revealed = false;
    QLabel* m_value = nullptr;
    QPushButton* m_reveal = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace madoguchi
