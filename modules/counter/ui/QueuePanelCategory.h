#pragma once

#include <QString>

namespace madoguchi::counter {

// A ticket category as the queue panel lists it.
struct QueuePanelCategory
{
    QString id;     // "certificates"
    QString prefix; // "A": the letter on the slips
    QString name;   // in the clerk's language: "証明書"
};

} // namespace madoguchi::counter
