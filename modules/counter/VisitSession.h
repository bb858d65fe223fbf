#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

namespace madoguchi {
class SessionGuard;
}

namespace madoguchi::counter {

// What a visit keeps in memory only: the My Number read from the card (to look the resident up
// in the core), for this visit and no longer. It is never serialised, stored, logged or sent
// anywhere but the core's by-my-number look-up. end(), a new begin(), the screen lock and the end
// of the staff session wipe it: its characters are overwritten, then the string is released.
class VisitSession : public QObject
{
    Q_OBJECT

public:
    explicit VisitSession(QObject* parent = nullptr);
    ~VisitSession() override;
    VisitSession(const VisitSession&) = delete;
    VisitSession& operator=(const VisitSession&) = delete;

    // Wipes whatever the last visit left, then serves `visitId`.
    void begin(const QString& visitId);
    // Wipes the My Number and forgets the visit.
    void end();
    QString visitId() const { return m_visitId; }

    // Keeps a valid My Number (12 digits with the right check digit) for the current visit.
    // Errors: counter.session.noVisit (begin() was not called), counter.session.invalidMyNumber.
    Status setMyNumber(const QString& myNumber);
    bool hasMyNumber() const { return !m_myNumber.isEmpty(); }
    // A copy of its own for the look-up; empty when none is held. Callers wipe their copy too.
    QString myNumber() const;
    // For the screen: "●●●● ●●●● 9018"; empty when none is held.
    QString maskedMyNumber() const;

    // Wipes on SessionGuard::lockRequired and sessionExpired.
    void wipeOn(SessionGuard& guard);

public Q_SLOTS:
    // Overwrites and releases the My Number; the visit stays.
    void wipe();

private:
    QString m_visitId;
    QString m_myNumber; // never shared with another QString, so wipe() overwrites the only copy
};

} // namespace madoguchi::counter
