#include "CoreSimOptions.h"

#include <QCommandLineParser>
#include <QUrl>

namespace madoguchi::coresim {

namespace {

Error optionError(const QString& option, const QString& message)
{
    return makeError(QStringLiteral("coresim.options"), message, QStringLiteral("--") + option);
}

Result<double> rate(const QCommandLineParser& parser, const QString& name)
{
    if (!parser.isSet(name))
        return 0.0;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < 0 || value > 1)
        return optionError(name, CoreSimOptions::tr("--%1 must be a number from 0 to 1.").arg(name));
    return value;
}

Result<int> count(const QCommandLineParser& parser, const QString& name, int fallback, int min, int max)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max)
        return optionError(
            name,
            CoreSimOptions::tr("--%1 must be a whole number from %2 to %3.").arg(name).arg(min).arg(max));
    return value;
}

} // namespace

Result<DatabaseConfig> CoreSimOptions::parseDatabase(const QString& spec)
{
    DatabaseConfig config;
    if (!spec.startsWith(QStringLiteral("postgresql://")) &&
        !spec.startsWith(QStringLiteral("postgres://"))) {
        config.backend = DatabaseConfig::Backend::Sqlite;
        config.sqlitePath = spec;
        // Fifty counters write at once: wait for the lock rather than fail.
        config.sqliteBusyTimeoutMs = 30000;
        return config;
    }
    const QUrl url(spec, QUrl::StrictMode);
    const QString database = url.path().mid(1);
    if (!url.isValid() || url.host().isEmpty() || database.isEmpty() || url.userName().isEmpty()) {
        return optionError(QStringLiteral("db"),
                           tr("--db must be a SQLite file or postgresql://user@host:port/database."));
    }
    if (!url.password().isEmpty()) {
        return optionError(QStringLiteral("db"),
                           tr("Do not put the database password in --db: set PGPASSWORD instead."));
    }
    config.backend = DatabaseConfig::Backend::Postgres;
    config.pgHost = url.host();
    config.pgPort = url.port(5432);
    config.pgUser = url.userName();
    config.pgDatabase = database;
    config.pgPassword = qEnvironmentVariable("PGPASSWORD");
    return config;
}

Result<CoreSimOptions> CoreSimOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A reference core resident-record system over mutual TLS, for tests, the demo and training."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QList<QCommandLineOption> options = {
        {QStringLiteral("listen"), tr("Address and port to listen on (default 127.0.0.1:8443; port 0: any)."),
         QStringLiteral("host:port")},
        {QStringLiteral("cert"), tr("Server certificate (PEM, with its chain)."), QStringLiteral("file")},
        {QStringLiteral("key"), tr("Server private key (PEM)."), QStringLiteral("file")},
        {QStringLiteral("ca"), tr("The ward CA that issues counter certificates (PEM)."),
         QStringLiteral("file")},
        {QStringLiteral("db"), tr("SQLite file (default core-sim.sqlite) or postgresql://user@host:port/db."),
         QStringLiteral("spec")},
        {QStringLiteral("seed"), tr("Generate N fictitious residents when the database is empty."),
         QStringLiteral("N")},
        {QStringLiteral("seed-random"), tr("Seed of the generator (same seed, same residents)."),
         QStringLiteral("N")},
        {QStringLiteral("my-number-segment"), tr("Counter ids (certificate CN) in the My Number segment."),
         QStringLiteral("CN1,CN2")},
        {QStringLiteral("my-number-ou"),
         tr("Certificates with this OU are in the My Number segment (default MyNumberSegment; empty: none)."),
         QStringLiteral("OU")},
        {QStringLiteral("threads"), tr("Worker threads (default 64; one per open connection)."),
         QStringLiteral("N")},
        {QStringLiteral("simulate-changes"), tr("Update N random residents per minute (changes feed)."),
         QStringLiteral("N")},
        {QStringLiteral("fail-rate"), tr("TEST ONLY: answer this share of requests with 503, doing nothing."),
         QStringLiteral("0..1")},
        {QStringLiteral("fail-after-commit-rate"),
         tr("TEST ONLY: commit this share of transactions, then answer 500."), QStringLiteral("0..1")},
        {QStringLiteral("delay-ms"), tr("TEST ONLY: wait this long before every answer."),
         QStringLiteral("ms")},
        {QStringLiteral("access-log"),
         tr("Write the access log (JSON lines) here instead of standard error."), QStringLiteral("file")},
        {QStringLiteral("print-ready"), tr("Print one line to standard output once listening.")},
    };
    parser.addOptions(options);
    parser.process(arguments);

    CoreSimOptions result;
    if (parser.isSet(QStringLiteral("listen"))) {
        const QString listen = parser.value(QStringLiteral("listen"));
        const int colon = listen.lastIndexOf(u':');
        bool ok = false;
        const int port = colon > 0 ? listen.mid(colon + 1).toInt(&ok) : -1;
        if (!ok || port < 0 || port > 65535)
            return optionError(QStringLiteral("listen"),
                               tr("--listen must be host:port, e.g. 127.0.0.1:8443."));
        result.listenHost = listen.left(colon);
        result.listenPort = port;
    }
    for (const char* name : {"cert", "key", "ca"}) {
        const QString option = QString::fromLatin1(name);
        if (parser.value(option).isEmpty())
            return optionError(option, tr("--%1 is required: core-sim speaks mutual TLS only.").arg(option));
    }
    result.certPath = parser.value(QStringLiteral("cert"));
    result.keyPath = parser.value(QStringLiteral("key"));
    result.caPath = parser.value(QStringLiteral("ca"));

    Result<DatabaseConfig> database =
        parseDatabase(parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                         : QStringLiteral("core-sim.sqlite"));
    if (!database)
        return database.error();
    result.database = database.value();

    Result<int> seed = count(parser, QStringLiteral("seed"), 0, 0, 1000000);
    Result<int> seedRandom =
        count(parser, QStringLiteral("seed-random"), int(result.seedRandom), 0, 2147483647);
    Result<int> threads = count(parser, QStringLiteral("threads"), result.threads, 4, 1024);
    Result<int> simulate = count(parser, QStringLiteral("simulate-changes"), 0, 0, 60000);
    Result<int> delay = count(parser, QStringLiteral("delay-ms"), 0, 0, 600000);
    Result<double> failRate = rate(parser, QStringLiteral("fail-rate"));
    Result<double> failAfterCommit = rate(parser, QStringLiteral("fail-after-commit-rate"));
    for (const Status& status :
         {seed ? Status() : Status(seed.error()), seedRandom ? Status() : Status(seedRandom.error()),
          threads ? Status() : Status(threads.error()), simulate ? Status() : Status(simulate.error()),
          delay ? Status() : Status(delay.error()), failRate ? Status() : Status(failRate.error()),
          failAfterCommit ? Status() : Status(failAfterCommit.error())}) {
        if (!status)
            return status.error();
    }
    result.seedCount = seed.value();
    result.seedRandom = quint32(seedRandom.value());
    result.threads = threads.value();
    result.simulateChangesPerMinute = simulate.value();
    result.delayMs = delay.value();
    result.failRate = failRate.value();
    result.failAfterCommitRate = failAfterCommit.value();

    if (parser.isSet(QStringLiteral("my-number-segment"))) {
        for (const QString& cn :
             parser.value(QStringLiteral("my-number-segment")).split(u',', Qt::SkipEmptyParts))
            result.myNumberSegment.append(cn.trimmed());
    }
    if (parser.isSet(QStringLiteral("my-number-ou")))
        result.myNumberOu = parser.value(QStringLiteral("my-number-ou"));
    result.accessLogPath = parser.value(QStringLiteral("access-log"));
    result.printReady = parser.isSet(QStringLiteral("print-ready"));
    return result;
}

} // namespace madoguchi::coresim
