// madoguchi-virtual-card: a virtual My Number card for the vsmartcard reader (vpcd), for tests
// and the demo. See docs/smartcard.md, "The virtual card".
#include "CardProfile.h"
#include "CardRunner.h"
#include "InsertionSchedule.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace madoguchi::virtualcard;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("madoguchi-virtual-card"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A virtual My Number card for vpcd (vsmartcard)."));
    parser.addHelpOption();
    const QCommandLineOption profile(QStringLiteral("profile"), QStringLiteral("Card profile (JSON)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption pki(
        QStringLiteral("pki-dir"),
        QStringLiteral("Directory made by make-test-pki.sh (default: the profile's)."),
        QStringLiteral("DIR"));
    const QCommandLineOption state(
        QStringLiteral("state"), QStringLiteral("PIN counter state file (kept across insertions and runs)."),
        QStringLiteral("FILE"));
    const QCommandLineOption host(QStringLiteral("host"), QStringLiteral("vpcd host (default 127.0.0.1)."),
                                  QStringLiteral("ADDR"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("vpcd port (default 35963)."),
                                  QStringLiteral("PORT"), QStringLiteral("35963"));
    const QCommandLineOption removeAfter(QStringLiteral("remove-after-apdus"),
                                         QStringLiteral("Remove the card after N command APDUs."),
                                         QStringLiteral("N"));
    const QCommandLineOption schedule(QStringLiteral("schedule"),
                                      QStringLiteral("e.g. \"insert 0s, remove 5s, insert 7s\"."),
                                      QStringLiteral("SPEC"));
    const QCommandLineOption control(QStringLiteral("control-fifo"),
                                     QStringLiteral("FIFO taking lines insert / remove / quit."),
                                     QStringLiteral("FIFO"));
    const QCommandLineOption ready(QStringLiteral("ready-file"),
                                   QStringLiteral("Written when vpcd first asks for the ATR."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption apduCount(
        QStringLiteral("apdu-count-file"),
        QStringLiteral("Rewritten with the number of command APDUs received, after each one."),
        QStringLiteral("FILE"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("Log APDUs (PINs redacted)."));
    parser.addOptions(
        {profile, pki, state, host, port, removeAfter, schedule, control, ready, apduCount, verbose});
    parser.process(app);

    if (!parser.isSet(profile)) {
        std::fprintf(stderr, "madoguchi-virtual-card: --profile FILE is required\n");
        return 2;
    }
    QString error;
    auto card = CardProfile::load(parser.value(profile), parser.value(pki), &error);
    if (!card) {
        std::fprintf(stderr, "madoguchi-virtual-card: %s\n", qPrintable(error));
        return 2;
    }
    RunnerOptions options;
    options.host = parser.value(host).toStdString();
    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue == 0 || portValue > 65535) {
        std::fprintf(stderr, "madoguchi-virtual-card: bad --port\n");
        return 2;
    }
    options.port = static_cast<std::uint16_t>(portValue);
    options.statePath = parser.value(state);
    options.controlFifo = parser.value(control);
    options.readyFile = parser.value(ready);
    options.apduCountFile = parser.value(apduCount);
    options.verbose = parser.isSet(verbose);
    if (parser.isSet(removeAfter))
        options.removeAfterApdus = parser.value(removeAfter).toLongLong();
    if (parser.isSet(schedule)) {
        auto parsed = InsertionSchedule::parse(parser.value(schedule).toStdString());
        if (!parsed) {
            std::fprintf(stderr, "madoguchi-virtual-card: bad --schedule\n");
            return 2;
        }
        options.schedule = *parsed;
    }
    CardRunner runner(std::move(*card), std::move(options));
    return runner.run();
}
