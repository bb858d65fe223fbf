#include "NameViewAccessible.h"

#include "NameView.h"

namespace madoguchi {

namespace {

QAccessibleInterface* nameViewFactory(const QString& className, QObject* object)
{
    if (className == QLatin1String("madoguchi::NameView") && object && object->isWidgetType())
        return new NameViewAccessible(static_cast<NameView*>(object));
    return nullptr;
}

} // namespace

NameViewAccessible::NameViewAccessible(NameView* view)
    : QAccessibleWidget(view, QAccessible::StaticText)
{}

const NameView* NameViewAccessible::view() const
{
    return static_cast<const NameView*>(object());
}

QString NameViewAccessible::text(QAccessible::Text t) const
{
    switch (t) {
    case QAccessible::Name:
    case QAccessible::Value:
        if (!view()->text().isEmpty())
            return view()->text();
        break;
    case QAccessible::Description:
        if (!view()->errorText().isEmpty())
            return view()->errorText();
        if (!view()->warningText().isEmpty())
            return view()->warningText();
        break;
    default:
        break;
    }
    return QAccessibleWidget::text(t);
}

void NameViewAccessible::install()
{
    // QAccessible keeps a process-wide list of factories; adding ours twice would only cost a
    // lookup, but once is enough.
    static const bool installed = [] {
        QAccessible::installFactory(nameViewFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

} // namespace madoguchi
