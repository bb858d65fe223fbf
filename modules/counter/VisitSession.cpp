#include "counter/VisitSession.h"

#include "common/MyNumber.h"
#include "common/SessionGuard.h"

#include <algorithm>

namespace madoguchi::counter {

namespace {

// A deep copy: QString shares its buffer between copies, and a shared buffer would survive the
// wipe of one of them.
QString detached(const QString& text)
{
    return QString(text.constData(), text.size());
}

} // namespace

VisitSession::VisitSession(QObject* parent)
    : QObject(parent)
{}

VisitSession::~VisitSession()
{
    wipe();
}

void VisitSession::begin(const QString& visitId)
{
    wipe();
    m_visitId = visitId;
}

void VisitSession::end()
{
    wipe();
    m_visitId.clear();
}

Status VisitSession::setMyNumber(const QString& myNumber)
{
    if (m_visitId.isEmpty())
        return makeError(
            QStringLiteral("counter.session.noVisit"),
            QCoreApplication::translate("madoguchi::counter::VisitSession",
                                        "A My Number can only be held for a visit being served."));
    if (!MyNumber::isValid(myNumber))
        return makeError(
            QStringLiteral("counter.session.invalidMyNumber"),
            QCoreApplication::translate("madoguchi::counter::VisitSession",
                                        "This is not a valid My Number (12 digits with a check digit)."));
    wipe();
    m_myNumber = detached(myNumber);
    return {};
}

QString VisitSession::myNumber() const
{
    return detached(m_myNumber);
}

QString VisitSession::maskedMyNumber() const
{
    return m_myNumber.isEmpty() ? QString() : MyNumber::masked(m_myNumber);
}

void VisitSession::wipeOn(SessionGuard& guard)
{
    connect(&guard, &SessionGuard::lockRequired, this, &VisitSession::wipe);
    connect(&guard, &SessionGuard::sessionExpired, this, &VisitSession::wipe);
}

void VisitSession::wipe()
{
    if (!m_myNumber.isEmpty()) {
        QChar* characters = m_myNumber.data(); // not shared (see detached): no copy is made here
        std::fill(characters, characters + m_myNumber.size(), QChar(u'0'));
    }
    m_myNumber.clear();
}

} // namespace madoguchi::counter
