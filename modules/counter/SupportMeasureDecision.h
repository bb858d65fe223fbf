#pragma once

#include "counter/RequestKind.h"

#include <QString>

namespace madoguchi::counter {

// What is asked about a person who may be under a support measure (支援措置: DV, stalking,
// abuse): telling someone the address, issuing a certificate (住民票, 戸籍の附票 …), or showing
// the address on the citizen-facing screen.
enum class SupportMeasureAction { AddressDisclosure, CertificateIssuance, CitizenViewDisplay };

// Allowed; only with a supervisor's authorisation and a reason; never (not even then).
enum class SupportMeasureVerdict { Allowed, NeedsSupervisor, Never };

// One question to the guard. `restricted` is the resident record's supportMeasure.active.
struct SupportMeasureRequest
{
    QString residentId;
    bool restricted = false;
    RequestKind requestKind = RequestKind::Self;
    SupportMeasureAction action = SupportMeasureAction::CertificateIssuance;
    QString visitId; // the visit it is asked for (may be empty outside a visit)
};

struct SupportMeasureDecision
{
    SupportMeasureVerdict verdict = SupportMeasureVerdict::Never;
    bool overridden = false; // a supervisor authorised a NeedsSupervisor request
    QString supervisorId;    // who authorised it
    QString message;         // for the clerk, translated: why, and what may be done

    bool isAllowed() const { return verdict == SupportMeasureVerdict::Allowed || overridden; }
};

} // namespace madoguchi::counter
