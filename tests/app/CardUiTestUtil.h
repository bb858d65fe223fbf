#pragma once

// Helpers of the card UI tests: every text a widget tree shows or gives to screen readers, the
// virtual card's insert/remove signals (with-virtual-card.sh), and a count of the VERIFYs that
// carried a PIN.

#include "smartcard/ApduCounter.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <mutex>

#include <signal.h>
#include <sys/types.h>

namespace madoguchi::test {

// Every text of `root` and its descendants: displayed text, tooltips, accessible name,
// description, value and help, and the accessible text interface's whole content.
inline QStringList allTexts(QWidget* root)
{
    QStringList out;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        out << w->toolTip() << w->whatsThis() << w->statusTip() << w->accessibleName()
            << w->accessibleDescription() << w->windowTitle();
        if (auto* label = qobject_cast<QLabel*>(w))
            out << label->text();
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            out << button->text();
        if (auto* edit = qobject_cast<QLineEdit*>(w))
            out << edit->displayText() << edit->placeholderText();
        if (QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w)) {
            for (auto t :
                 {QAccessible::Name, QAccessible::Description, QAccessible::Value, QAccessible::Help})
                out << iface->text(t);
            if (QAccessibleTextInterface* text = iface->textInterface())
                out << text->text(0, text->characterCount());
        }
    }
    out.removeAll(QString());
    return out;
}

// The accessible texts of one widget only (its own interface).
inline QStringList accessibleTexts(QWidget* w)
{
    QStringList out;
    if (QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w)) {
        for (auto t : {QAccessible::Name, QAccessible::Description, QAccessible::Value, QAccessible::Help})
            out << iface->text(t);
        if (QAccessibleTextInterface* text = iface->textInterface())
            out << text->text(0, text->characterCount());
    }
    return out;
}

inline bool anyContains(const QStringList& texts, const QString& needle)
{
    for (const QString& t : texts) {
        if (t.contains(needle))
            return true;
    }
    return false;
}

// SIGUSR1 removes the virtual card, SIGUSR2 inserts it (with-virtual-card.sh).
inline void signalCard(int signo)
{
    ::kill(static_cast<pid_t>(qEnvironmentVariableIntValue("MADOGUCHI_VCARD_PID")), signo);
}

// Counts the VERIFY commands that carried data (a PIN): the tries-left query is a VERIFY
// without data. The redacted transcript shows such data as "**". Locked: the card thread
// writes, the test thread reads.
class VerifyCounter : public smartcard::ApduObserver
{
public:
    void onExchange(const smartcard::ApduExchange& exchange) override
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_counter.onExchange(exchange);
    }
    int pinVerifies() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        int n = 0;
        for (const auto& e : m_counter.transcript()) {
            const bool verify = e.command.rfind("0020", 0) == 0 || e.command.rfind("00 20", 0) == 0;
            n += verify && e.command.find("**") != std::string::npos ? 1 : 0;
        }
        return n;
    }
    int exchanges() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return static_cast<int>(m_counter.count());
    }

private:
    mutable std::mutex m_mutex;
    smartcard::ApduCounter m_counter;
};

} // namespace madoguchi::test
