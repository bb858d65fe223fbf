#pragma once

#include "sync/JsonReader.h"
#include "sync/ResidentRecord.h"

#include <QJsonObject>

namespace madoguchi::sync {

// The resident record in the API's JSON form, both ways. read() is strict (a missing field or
// a wrong type is an error naming its path); write() gives the form read() accepts, used for
// the encrypted local cache and the file-linkage import.
class ResidentJson
{
public:
    static ResidentRecord read(JsonReader& reader);
    static PersonNames readNames(JsonReader& reader);
    static ResidentAddress readAddress(JsonReader& reader);
    static Honseki readHonseki(JsonReader& reader);

    static QJsonObject write(const ResidentRecord& record);
    static QJsonObject writeNames(const PersonNames& names);
    static QJsonObject writeAddress(const ResidentAddress& address);
    static QJsonObject writeHonseki(const Honseki& honseki);

    // A resident id as the API allows it: 1–32 of [0-9A-Za-z-].
    static bool isResidentId(const QString& id);
};

} // namespace madoguchi::sync
