#pragma once

#include <QDateTime>
#include <QString>

namespace madoguchi::counter {

// One step of a visit, as the timeline view shows it. Texts in the clerk's language.
struct TimelineEntry
{
    QDateTime at;
    QString staffName; // who did it
    QString counter;   // where: "3番窓口", "保険年金課"
    QString what;      // "受付", "本人確認（カード）", "引継ぎ"
    QString note;      // free text: the hand-off note, the reason of a manual identification
};

} // namespace madoguchi::counter
