#pragma once

#include "sync/ResidentRecord.h"

#include <QDate>
#include <QList>
#include <QString>

namespace madoguchi::counter {

// Everything one application form shows, as plain values the counter screen fills in: the
// person the form is about, who stands at the counter, the procedure's own details, the office.
// FormFiller turns it into the fields a form template reads (docs/forms.md lists them).
//
// Texts are kept exactly as given: names and addresses may carry variation selectors
// (葛 U+845B U+E0102) and characters outside the BMP (𠮷); nothing here normalises them.
// Fixed choices are ASCII keys ("male", "moveIn", "thirdParty"): the Japanese wording belongs to
// the template, where a ward can change it.
struct FormContext
{
    // The person the form is about (異動者 / 請求対象者 / 申請者).
    struct Person
    {
        QString residentId; // names the document in the audit log; never printed
        QString familyName;
        QString givenName;
        QString familyKana;
        QString givenKana;
        QDate birthDate;
        QString sex; // "male", "female", or empty when not known
        QString postalCode;
        QString address;       // 住所 (住居表示) as registered
        QString honseki;       // 本籍 (地番): a different kind of place from the address
        QString hittosha;      // 筆頭者 of the 戸籍
        QString householdHead; // 世帯主
        QString relationship;  // 続柄 to the householder
        QString phone;
    };

    // Who makes the request at the counter (届出人 / 請求者). For a "self" request the person's
    // own name and address are used where these are left empty.
    struct Requester
    {
        QString name;
        QString kana;
        QString address;
        QString phone;
        QString relationship; // to the person ("母", "委任を受けた者")
        QString organisation; // the office asking, for an "official" (公用) request
    };

    // A change of address or household (住民異動届).
    struct Move
    {
        QString kind; // "moveIn" 転入, "moveOut" 転出, "moveWithin" 転居, "householdChange" 世帯変更
        QDate date;   // the day of the move (or, for moveOut, the planned day)
        QString newAddress;      // for householdChange: the address where the household lives
        QString previousAddress; // not used for householdChange
        QString newHouseholdHead;
        QString previousHouseholdHead;
    };

    // One person moving with the household (異動者).
    struct Member
    {
        QString familyName;
        QString givenName;
        QString familyKana;
        QString givenKana;
        QDate birthDate;
        QString sex;          // "male", "female" or empty
        QString relationship; // 続柄 to the (new) householder
    };

    // One certificate asked for (証明書交付請求書).
    struct CertificateLine
    {
        QString title; // as the certificate catalog names it: "住民票の写し"
        int copies = 1;
        qint64 feeYen = 0; // the fee due for this line, all copies together
    };

    // The office that receives the form (受付欄).
    struct Office
    {
        QString name;    // "北区役所 戸籍住民課"
        QString counter; // "2番窓口"
        QString clerk;   // the receiving clerk's display name
    };

    Person person;
    QString requestKind; // "self", "agent", "thirdParty", "official"
    Requester requester;
    Move move;
    QList<Member> members;
    QList<CertificateLine> certificates;
    QString purpose; // why the certificates are needed (使用目的)
    // How the applicant's identity was confirmed (本人確認): "myNumberCard", "driversLicense",
    // "passport", "residenceCard" or "other" (then `identityDocument` names the document).
    QString identityMethod;
    QString identityDocument;
    Office office;
    QDate date; // the day the form is made; printed in 和暦 (令和N年M月D日)
    // 支援措置: the person is protected. Carried so the caller's guard sees it; the forms do not
    // print it (the requester would read it) and filling is never refused for it.
    bool addressRestricted = false;

    // What the resident record holds: the person (names, birth date, sex, address, 本籍,
    // householder), the person as the first member moving, their previous address if any, and
    // the restriction. The record has no 筆頭者: the clerk adds it. Request kind, requester,
    // move kind and the like stay empty for the clerk to choose.
    static FormContext fromResident(const sync::ResidentRecord& record, QDate date, Office office = {});
    // The person of a record as a member row of a household move.
    static Member memberFromResident(const sync::ResidentRecord& record);
};

} // namespace madoguchi::counter
