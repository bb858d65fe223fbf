#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace madoguchi {

// UUID version 7 (RFC 9562 §5.7): 48 bits of Unix time in milliseconds, then 12 bits of
// sub-millisecond time (§6.2 method 3), then 62 random bits. Ids made one after another sort one
// after another, so a B-tree index of them grows at its right edge instead of at random pages:
// with version 4 ids, each stored batch of transactions rewrote most pages of every index on
// them (visits, idempotency keys, transaction ids), in the counter's store and in the core's.
// The time in the id is not a secret: it is the moment a record was made, which travels with
// the record anyway. Qt 6.4 has no QUuid::createUuidV7.
namespace TimeOrderedUuid {

// A new id for now, from the system's random generator. The ids of one process are strictly
// increasing, even within one millisecond or when the clock steps back.
QUuid create();

// The same, as text without braces ("0192f1a8-7b3c-7d21-9a4e-…"): how ids are stored and sent.
QString createString();

// A new id for `at` (tests, imports of past records); the random part is new each time.
QUuid createAt(const QDateTime& at);

// The millisecond a version 7 id was made; an invalid QDateTime for any other id.
QDateTime timeOf(const QUuid& id);

} // namespace TimeOrderedUuid
} // namespace madoguchi
