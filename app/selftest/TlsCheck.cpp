#include "TlsCheck.h"

#include <QFileInfo>
#include <QSslCertificate>
#include <QSslSocket>
#include <QStringList>
#include <QUrl>

namespace madoguchi {

namespace {

// Collects every finding so that one run names all missing pieces, not just the first.
struct Findings
{
    CheckResult::State state = CheckResult::State::Ok;
    QStringList details;
    QStringList remedies;

    void add(CheckResult::State severity, const QString& detail, const QString& remedy = {})
    {
        if (int(severity) > int(state))
            state = severity;
        details.append(detail);
        if (!remedy.isEmpty())
            remedies.append(remedy);
    }
};

QString certificateName(const QSslCertificate& certificate)
{
    const QStringList cn = certificate.subjectInfo(QSslCertificate::CommonName);
    return cn.isEmpty() ? certificate.subjectDisplayName() : cn.first();
}

void checkCaBundle(const QString& path, const QDateTime& now, Findings& findings)
{
    const QString remedy = TlsCheck::tr("Ask the core system's administrators for the CA certificate "
                                        "(PEM) and set its path in the admin policy (core/caBundle).");
    if (path.isEmpty()) {
        findings.add(CheckResult::State::Problem, TlsCheck::tr("No CA bundle is configured."), remedy);
        return;
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        findings.add(CheckResult::State::Problem, TlsCheck::tr("The CA bundle %1 does not exist.").arg(path),
                     remedy);
        return;
    }
    if (!info.isFile() || !info.isReadable()) {
        findings.add(CheckResult::State::Problem, TlsCheck::tr("The CA bundle %1 cannot be read.").arg(path),
                     TlsCheck::tr("Make the file readable for the counter's user account."));
        return;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(path, QSsl::Pem);
    if (certificates.isEmpty()) {
        findings.add(CheckResult::State::Problem,
                     TlsCheck::tr("The CA bundle %1 contains no PEM certificate.").arg(path), remedy);
        return;
    }
    int valid = 0;
    for (const QSslCertificate& certificate : certificates) {
        const QString name = certificateName(certificate);
        const QString until = certificate.expiryDate().toString(Qt::ISODate);
        if (certificate.isNull()) {
            findings.add(CheckResult::State::Problem,
                         TlsCheck::tr("The CA bundle %1 contains an unreadable certificate.").arg(path),
                         remedy);
        } else if (certificate.expiryDate() < now) {
            findings.add(
                CheckResult::State::Problem,
                TlsCheck::tr("The CA certificate \"%1\" in %2 expired on %3.").arg(name, path, until),
                remedy);
        } else if (certificate.effectiveDate() > now) {
            findings.add(CheckResult::State::Problem,
                         TlsCheck::tr("The CA certificate \"%1\" in %2 is not valid before %3; check the "
                                      "computer's clock.")
                             .arg(name, path, certificate.effectiveDate().toString(Qt::ISODate)),
                         TlsCheck::tr("Set the computer's date and time correctly."));
        } else if (certificate.expiryDate() < now.addDays(TlsCheck::expiryWarningDays)) {
            ++valid;
            findings.add(
                CheckResult::State::Warning,
                TlsCheck::tr("The CA certificate \"%1\" expires on %2.").arg(name, until),
                TlsCheck::tr("Ask the core system's administrators for the renewed CA certificate."));
        } else {
            ++valid;
        }
    }
    if (valid > 0)
        findings.add(CheckResult::State::Ok,
                     TlsCheck::tr("CA bundle: %n valid certificate(s).", nullptr, valid));
}

void checkClientCertificate(const QString& path, Findings& findings)
{
    const QString remedy = TlsCheck::tr("Install this PC's client certificate (PKCS#12) and set its path in "
                                        "the admin policy (core/clientCertificate).");
    if (path.isEmpty()) {
        findings.add(CheckResult::State::Problem, TlsCheck::tr("No client certificate is configured."),
                     remedy);
        return;
    }
    const QFileInfo info(path);
    if (!info.exists()) {
        findings.add(CheckResult::State::Problem,
                     TlsCheck::tr("The client certificate %1 does not exist.").arg(path), remedy);
    } else if (!info.isFile() || !info.isReadable()) {
        findings.add(CheckResult::State::Problem,
                     TlsCheck::tr("The client certificate %1 cannot be read.").arg(path),
                     TlsCheck::tr("Make the file readable for the counter's user account."));
    } else {
        // Opening the PKCS#12 file needs its passphrase from the keychain: the connection test
        // of the core-system link does that, not this check.
        findings.add(CheckResult::State::Ok,
                     TlsCheck::tr("Client certificate file present (its passphrase in the keychain is not "
                                  "checked here)."));
    }
}

} // namespace

CheckResult TlsCheck::run(const Input& input, const QDateTime& now)
{
    CheckResult result;
    result.id = QStringLiteral("tls");
    result.title = tr("TLS configuration (core system link)");

    Findings findings;
    if (!QSslSocket::supportsSsl()) {
        findings.add(CheckResult::State::Problem, tr("No TLS library is available (OpenSSL 3 is needed)."),
#ifdef Q_OS_WIN
                     tr("Repair or reinstall Madoguchi: its installer brings OpenSSL.")
#else
                     tr("Install the package libssl3 (as administrator).")
#endif
        );
    } else {
        findings.add(CheckResult::State::Ok,
                     tr("TLS backend: %1 (%2).")
                         .arg(QSslSocket::activeBackend(), QSslSocket::sslLibraryVersionString()));
    }

    if (input.baseUrl.isEmpty() && input.caBundlePath.isEmpty() && input.clientCertificatePath.isEmpty()) {
        // A warning: the counter works offline, but nothing reaches the core system.
        findings.add(CheckResult::State::Warning, tr("The core system link is not configured."),
                     tr("Set core/baseUrl, core/caBundle and core/clientCertificate in the admin policy "
                        "to send transactions to the core system."));
    } else {
        const QUrl url(input.baseUrl, QUrl::StrictMode);
        if (input.baseUrl.isEmpty()) {
            findings.add(CheckResult::State::Problem, tr("No core system address is configured."),
                         tr("Set the core system's https address in the admin policy (core/baseUrl)."));
        } else if (!url.isValid() || url.host().isEmpty()) {
            findings.add(
                CheckResult::State::Problem,
                tr("The core system address \"%1\" is not a valid URL.").arg(input.baseUrl),
                tr("Correct core/baseUrl in the admin policy, e.g. https://core.example.lg.jp/api/."));
        } else if (url.scheme() != QLatin1String("https")) {
            findings.add(CheckResult::State::Problem,
                         tr("The core system address \"%1\" does not use https.").arg(input.baseUrl),
                         tr("Use an https:// address in core/baseUrl: personal data must travel encrypted."));
        } else {
            findings.add(CheckResult::State::Ok, tr("Core system: %1.").arg(url.toDisplayString()));
        }
        checkCaBundle(input.caBundlePath, now, findings);
        checkClientCertificate(input.clientCertificatePath, findings);
    }

    result.state = findings.state;
    result.detail = findings.details.join(u' ');
    result.remedy = findings.remedies.join(u' ');
    return result;
}

} // namespace madoguchi
