#include "InlineError.h"

#include "common/Result.h"

#include <QAccessible>

namespace madoguchi {

InlineError::InlineError(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    hide();
}

void InlineError::showError(const Error& error)
{
    showMessage(error.toString());
}

void InlineError::showMessage(const QString& message)
{
    setText(message);
    setAccessibleName(message);
    setVisible(!message.isEmpty());
    // Screen readers announce a name change on a visible label only when told.
    QAccessibleEvent event(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void InlineError::clear()
{
    setText(QString());
    setAccessibleName(QString());
    hide();
}

} // namespace madoguchi
