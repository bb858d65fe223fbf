#pragma once

#include <QList>
#include <QString>

namespace madoguchi {

// One {{name}} in a template text.
struct Placeholder
{
    int start = 0;  // index of the first '{'
    int length = 0; // up to and including the last '}'
    QString name;   // trimmed, e.g. "resident.name" or "row.address"
};

// Finding and checking {{placeholders}}. "{{" always opens one; there is no escape.
class TemplatePlaceholders
{
public:
    // Every placeholder, in order. `unclosed` is set to the index of a "{{" without "}}" (else -1).
    static QList<Placeholder> find(const QString& text, int* unclosed = nullptr);
    // Dotted identifiers: letters, digits and '_', not starting with a digit.
    static bool isValidName(const QString& name);
};

} // namespace madoguchi
