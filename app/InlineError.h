#pragma once

#include <QLabel>

namespace madoguchi {

struct Error;

// The red line under a form that says what went wrong, in place of a message box. Hidden while
// empty; announced to screen readers through its accessible name.
class InlineError : public QLabel
{
    Q_OBJECT

public:
    explicit InlineError(QWidget* parent = nullptr);

    void showError(const Error& error);
    void showMessage(const QString& message);
    void clear();
};

} // namespace madoguchi
