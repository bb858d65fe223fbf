#pragma once

#include "common/Result.h"
#include "counter/FormContext.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace madoguchi::counter {

// The built-in forms, by template name (the names the procedure catalog lists).
namespace FormNames {
inline constexpr QStringView residentMove = u"forms/jumin-ido-todoke";            // 住民異動届
inline constexpr QStringView certificateRequest = u"forms/shomeisho-kofu-seikyu"; // 証明書交付請求書
inline constexpr QStringView sealRegistration = u"forms/inkan-toroku-shinsei";    // 印鑑登録申請書
} // namespace FormNames

// What a built-in form cannot go without, so that a form with an empty box the law asks for is
// never handed to the citizen to sign. Fields are named by their path in FormContext
// ("move.date", "members[1].familyName", "requester.name"), which the counter screen maps to its
// inputs. A ward's own forms (other names) have no requirements beyond the fields their
// template reads.
class FormRequirements
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::counter::FormRequirements)

public:
    // Every required field that is empty, in form order; empty when the form is complete.
    static QStringList missing(const QString& formName, const FormContext& context);
    // The request kinds a form knows: 異動届 and 印鑑登録 are made by the person or an agent,
    // a certificate may also be asked by a third party or an office. Empty: any.
    static QStringList requestKinds(const QString& formName);
    // Errors: form.missingField (naming every empty field), form.requestKind (a kind the form
    // does not take).
    static Status check(const QString& formName, const FormContext& context);
};

} // namespace madoguchi::counter
