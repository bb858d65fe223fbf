#pragma once

#include "counter/ProcedureStatus.h"

#include <QString>
#include <QStringList>

namespace madoguchi::counter {

// One procedure on a visit's checklist, as the checklist view shows it. Texts in the clerk's
// language (the host picks "ja" or "en" from the catalogue's data).
struct ChecklistItem
{
    QString procedureId; // the catalogue's id: what the view's signals carry
    QString title;       // "住民異動届（転入）"
    QString department;  // "市民課"
    ProcedureStatus status = ProcedureStatus::Pending;
    QString reason;                // why the navigator offered it: "中学生以下の子がいる世帯"
    QStringList requiredDocuments; // "転出証明書", "本人確認書類"
    QString note;                  // e.g. where it was handed off to
};

} // namespace madoguchi::counter
