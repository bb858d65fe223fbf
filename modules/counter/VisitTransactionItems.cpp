#include "counter/VisitTransactionItems.h"

#include <QRegularExpression>

namespace madoguchi::counter {

QJsonObject VisitTransactionItems::visitStep(VisitEventKind step, const QDateTime& at,
                                             const QVariantMap& detail)
{
    QJsonObject item{{QStringLiteral("kind"), QStringLiteral("visitStep")},
                     {QStringLiteral("step"), VisitEventKinds::name(step)},
                     {QStringLiteral("at"), at.toUTC().toString(Qt::ISODate)}};
    if (!detail.isEmpty())
        item.insert(QStringLiteral("detail"), QJsonObject::fromVariantMap(detail));
    return item;
}

QJsonObject VisitTransactionItems::procedureRecorded(const QString& procedureId, ProcedureStatus status)
{
    return {{QStringLiteral("kind"), QStringLiteral("procedureRecorded")},
            {QStringLiteral("procedureId"), procedureId},
            {QStringLiteral("status"), ProcedureStatuses::name(status)}};
}

QJsonObject VisitTransactionItems::certificateRequested(const VisitCertificate& certificate)
{
    QJsonObject item{{QStringLiteral("kind"), QStringLiteral("certificateRequested")},
                     {QStringLiteral("certificateType"), certificate.certificateType},
                     {QStringLiteral("copies"), certificate.copies},
                     {QStringLiteral("feeYen"), double(certificate.feeYen)}};
    // Only for someone the core knows: an unknown id would be refused and block the visit.
    if (!certificate.residentId.isEmpty())
        item.insert(QStringLiteral("residentId"), certificate.residentId);
    return item;
}

QJsonObject VisitTransactionItems::formAccepted(const QString& formType, const QString& residentId)
{
    QJsonObject item{{QStringLiteral("kind"), QStringLiteral("formAccepted")},
                     {QStringLiteral("formType"), formType}};
    if (!residentId.isEmpty())
        item.insert(QStringLiteral("residentId"), residentId);
    return item;
}

QString VisitTransactionItems::formTypeOf(const QString& templateName)
{
    static const QRegularExpression shape(QStringLiteral("^[0-9A-Za-z-]{1,40}$"));
    const QString type = templateName.section(u'/', -1);
    return shape.match(type).hasMatch() ? type : QString();
}

} // namespace madoguchi::counter
