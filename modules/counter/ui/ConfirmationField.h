#pragma once

#include "counter/ui/BilingualText.h"

#include <QString>

namespace madoguchi::counter {

// One row of the citizen-facing confirmation view: what the clerk entered for one item.
struct ConfirmationField
{
    QString id;          // stable key ("name", "address", "movingDate"): live edits update the row in place
    BilingualText label; // {"氏名", "Name"}
    QString value;       // as the clerk entered it (names with their variation selectors)
    bool isName = false; // a resident's name or address: drawn through NameView (registered variants)
    // Never shown: a restricted (支援措置) address. The view drops `value` on arrival and shows
    // "（表示しません）" instead; the host should leave `value` empty anyway.
    bool hidden = false;
};

} // namespace madoguchi::counter
