#pragma once

#include "common/Database.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace madoguchi::coresim {

// The command line of madoguchi-core-sim (see docs/admin-guide.md, "Core system: PKI and
// core-sim for training").
struct CoreSimOptions
{
    Q_DECLARE_TR_FUNCTIONS(madoguchi::coresim::CoreSimOptions)

public:
    QString listenHost = QStringLiteral("127.0.0.1");
    int listenPort = 8443; // 0: any free port (printed by --print-ready)
    QString certPath;
    QString keyPath;
    QString caPath;
    DatabaseConfig database;
    int seedCount = 0;             // generated residents on an empty database (demo ones always)
    quint32 seedRandom = 20260401; // the generator's seed: the same number gives the same residents
    QStringList myNumberSegment;   // counter ids (certificate CN) allowed to look up by My Number
    QString myNumberOu = QStringLiteral("MyNumberSegment"); // ...or certificates with this OU
    int threads = 64;
    double simulateChangesPerMinute = 0;
    // Test-only knobs for client robustness tests.
    double failRate = 0;            // answer 503 before doing anything
    double failAfterCommitRate = 0; // commit a transaction, then answer 500
    int delayMs = 0;                // wait before every answer
    QString accessLogPath;          // empty: standard error
    bool printReady = false;

    static Result<CoreSimOptions> parse(const QStringList& arguments);
    // "/path/core.sqlite" or "postgresql://user@host:port/database" (the password, if any,
    // from PGPASSWORD: never on a command line).
    static Result<DatabaseConfig> parseDatabase(const QString& spec);
};

} // namespace madoguchi::coresim
