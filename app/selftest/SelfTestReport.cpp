#include "SelfTestReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace madoguchi {

namespace {

int countState(const QList<CheckResult>& results, CheckResult::State state)
{
    int n = 0;
    for (const CheckResult& result : results)
        n += result.state == state ? 1 : 0;
    return n;
}

QString tag(CheckResult::State state)
{
    switch (state) {
    case CheckResult::State::Ok:
        return QCoreApplication::translate("madoguchi::SelfTestReport", "[OK]");
    case CheckResult::State::Warning:
        return QCoreApplication::translate("madoguchi::SelfTestReport", "[WARNING]");
    case CheckResult::State::Problem:
        break;
    }
    return QCoreApplication::translate("madoguchi::SelfTestReport", "[PROBLEM]");
}

} // namespace

QString formatReport(const QList<CheckResult>& results)
{
    QString out;
    for (const CheckResult& result : results) {
        QString line = tag(result.state) + u' ' + result.title + QStringLiteral(" — ") + result.detail;
        if (!result.remedy.isEmpty())
            line +=
                u' ' +
                QCoreApplication::translate("madoguchi::SelfTestReport", "What to do: %1").arg(result.remedy);
        // One line per check, whatever the texts contain: scripts and help-desk tickets rely on it.
        line.replace(u'\n', u' ');
        out += line + u'\n';
    }
    return out;
}

QJsonDocument toJson(const QList<CheckResult>& results)
{
    QJsonArray checks;
    for (const CheckResult& result : results) {
        checks.append(QJsonObject{
            {QStringLiteral("id"), result.id},
            {QStringLiteral("title"), result.title},
            {QStringLiteral("state"), checkStateName(result.state)},
            {QStringLiteral("detail"), result.detail},
            {QStringLiteral("remedy"), result.remedy},
        });
    }
    const int problems = countState(results, CheckResult::State::Problem);
    return QJsonDocument(QJsonObject{
        {QStringLiteral("ok"), problems == 0},
        {QStringLiteral("problems"), problems},
        {QStringLiteral("warnings"), countState(results, CheckResult::State::Warning)},
        {QStringLiteral("checks"), checks},
    });
}

int exitCodeFor(const QList<CheckResult>& results)
{
    return countState(results, CheckResult::State::Problem) == 0 ? 0 : 1;
}

} // namespace madoguchi
