#include "counter/FormContext.h"

namespace madoguchi::counter {

namespace {

FormContext::Person personFrom(const sync::ResidentRecord& record)
{
    FormContext::Person person;
    person.residentId = record.residentId;
    person.familyName = record.names.family;
    person.givenName = record.names.given;
    person.familyKana = record.names.familyKana;
    person.givenKana = record.names.givenKana;
    person.birthDate = QDate::fromString(record.birthDate, Qt::ISODate);
    person.sex = record.sex;
    person.postalCode = record.address.postalCode.value_or(QString());
    person.address = record.address.fullText;
    person.honseki = record.honseki.fullText;
    person.householdHead = record.household.headFullName;
    person.relationship = record.household.relationship;
    return person;
}

} // namespace

FormContext FormContext::fromResident(const sync::ResidentRecord& record, QDate date, Office office)
{
    FormContext context;
    context.person = personFrom(record);
    // A move starts where the record says the person lives now (転居, 転出, 世帯変更); for a
    // 転入 the clerk replaces it with the address on the 転出証明書.
    context.move.previousAddress = record.address.fullText;
    context.move.previousHouseholdHead = record.household.headFullName;
    context.members.append(memberFromResident(record));
    context.office = std::move(office);
    context.date = date;
    context.addressRestricted = record.supportMeasure.active;
    return context;
}

FormContext::Member FormContext::memberFromResident(const sync::ResidentRecord& record)
{
    const Person person = personFrom(record);
    return Member{person.familyName, person.givenName, person.familyKana,  person.givenKana,
                  person.birthDate,  person.sex,       person.relationship};
}

} // namespace madoguchi::counter
