#pragma once

#include "common/Result.h"
#include "counter/FormContext.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace madoguchi::counter {

// The fields a form template reads ({{person.name}}, {{move.moveIn}}, rows of {{members}}),
// made from a FormContext. docs/forms.md lists them all. What it does:
// - names are joined family + U+3000 + given, untouched otherwise (selectors stay);
// - dates become 和暦 (令和6年5月1日), empty when not given;
// - each fixed choice becomes one mark per option, ■ for the chosen one and □ for the others
//   (person.male / person.female, request.self ... request.official, move.moveIn ...,
//   identity.myNumberCard ...), so the words stay in the template;
// - fees are written as 1,200円 and summed;
// - for a "self" request, the requester's empty name, reading, address and phone are the
//   person's; `agent.*` holds the requester only for an "agent" request (else empty).
class FormData
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::counter::FormData)

public:
    // Errors: form.invalid (an unknown choice such as sex "m", copies below 1, a negative fee,
    // a fee total too large), naming the field as its path in FormContext.
    static Result<QVariantMap> build(const FormContext& context);

    // The option keys of each choice, in the order the forms show them.
    static const QStringList& sexes();
    static const QStringList& requestKinds();
    static const QStringList& moveKinds();
    static const QStringList& identityMethods();
};

} // namespace madoguchi::counter
