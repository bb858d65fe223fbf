#pragma once

#include <QAccessibleWidget>

namespace madoguchi {

class NameView;

// What screen readers get from a NameView: the exact text as Name and Value (a widget that
// paints an image has no text of its own for Qt's default interface), the warning or font
// error as Description.
class NameViewAccessible : public QAccessibleWidget
{
public:
    explicit NameViewAccessible(NameView* view);

    QString text(QAccessible::Text t) const override;

    // Registers the factory with QAccessible (once per process; later calls do nothing).
    static void install();

private:
    const NameView* view() const;
};

} // namespace madoguchi
