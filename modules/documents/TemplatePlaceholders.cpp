#include "documents/TemplatePlaceholders.h"

#include <QStringList>

namespace madoguchi {

QList<Placeholder> TemplatePlaceholders::find(const QString& text, int* unclosed)
{
    QList<Placeholder> found;
    if (unclosed)
        *unclosed = -1;
    int pos = 0;
    while (true) {
        const int open = int(text.indexOf(QLatin1String("{{"), pos));
        if (open < 0)
            break;
        const int close = int(text.indexOf(QLatin1String("}}"), open + 2));
        if (close < 0) {
            if (unclosed)
                *unclosed = open;
            break;
        }
        found.append(Placeholder{open, close + 2 - open, text.mid(open + 2, close - open - 2).trimmed()});
        pos = close + 2;
    }
    return found;
}

bool TemplatePlaceholders::isValidName(const QString& name)
{
    if (name.isEmpty())
        return false;
    const QStringList parts = name.split(u'.');
    for (const QString& part : parts) {
        if (part.isEmpty() || part.at(0).isDigit())
            return false;
        for (QChar c : part) {
            if (!(c.unicode() < 128 && (c.isLetterOrNumber() || c == u'_')))
                return false;
        }
    }
    return true;
}

} // namespace madoguchi
