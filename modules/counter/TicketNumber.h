#pragma once

#include <QString>

namespace madoguchi::counter {

// The number on a queue ticket: the category's prefix letter, a hyphen and the day's sequence
// in at least three digits ("A-001", "A-042", "A-1000").
class TicketNumber
{
public:
    static QString format(const QString& prefix, int sequence);
};

} // namespace madoguchi::counter
