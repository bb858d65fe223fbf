#pragma once

#include "common/StaffDirectory.h"
#include "documents/VariationSequence.h"

#include <QList>
#include <QString>

#include <functional>

namespace madoguchi {

// What the supervisor is asked: this document would print these sequences with the base glyph.
struct ApprovalRequest
{
    QString documentId;
    QString documentTitle;
    StaffMember requestedBy;               // the clerk who prints
    QList<VariationSequence> unregistered; // each with base and selector, both glyph ids
};

struct ApprovalDecision
{
    bool approved = false;
    StaffMember approver; // who decided (a supervisor or an admin for an approval)
    QString reason;       // why, in their words (required for an approval)
};

// Asks a person. The ui layer implements it with a dialog that shows every sequence both ways
// (TextImageRenderer::renderGlyph with baseGlyph and the request) and takes a supervisor's
// sign-in; tests implement it with a fixed answer. `reply` must be called exactly once, now
// or later (a window-modal dialog's finished signal): no nested event loop is needed. Not
// calling it (e.g. the dialog was closed) counts as a refusal only when the caller says so.
class VariantApprover
{
public:
    virtual ~VariantApprover() = default;
    virtual void requestApproval(const ApprovalRequest& request,
                                 std::function<void(const ApprovalDecision&)> reply) = 0;
};

} // namespace madoguchi
