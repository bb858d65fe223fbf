// Card reads over the real pcscd + vpcd stack and the virtual card (run it through
// bench/run-card-bench.sh, which starts that stack in a private namespace). Prints a table:
//  - readIdentity and readAuthCertificate: APDU count and median wall time over N runs, next to
//    the floor measured in the same run — the same minimal APDU sequence sent raw through
//    CardConnection::transmit (no transaction, no parsing, no reset), summed round trips — and
//    their ratio (target <= 1.3);
//  - the certificate read's APDU count next to OpenSC's for the same certificate
//    (pkcs15-tool --read-certificate 01, counted in the virtual card's APDU log; target <= OpenSC);
//  - the longest stall of the main thread (1 ms QTimer) while CardService reads the identity
//    (target < 16 ms).
// Nothing here asserts: it prints numbers.
#include "smartcard/Apdu.h"
#include "smartcard/ApduCounter.h"
#include "smartcard/CardConnection.h"
#include "smartcard/CardConstants.h"
#include "smartcard/MyNumberCard.h"
#include "smartcard/PcscContext.h"
#include "smartcard/service/CardService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <vector>

namespace sc = madoguchi::smartcard;
namespace card = madoguchi::smartcard::card;
using Clock = std::chrono::steady_clock;

namespace {

double medianOf(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

[[noreturn]] void die(const char* what, const sc::CardError& error)
{
    std::fprintf(stderr, "bench_cardread: %s: %s (%s)\n", what, sc::codeName(error.code),
                 error.detail.c_str());
    std::exit(1);
}

// One raw exchange, timed around the transmit alone; any answer but 9000 is a broken floor.
double timedTransmit(sc::CardConnection& connection, const sc::CommandApdu& command,
                     std::size_t* bytes = nullptr)
{
    const auto start = Clock::now();
    auto response = connection.transmit(command);
    const double ms = msSince(start);
    if (!response)
        die("floor transmit", response.error());
    if (!response.value().statusWord().isOk())
        die("floor status", response.value().statusWord().toError());
    if (bytes)
        *bytes = response.value().data().size();
    return ms;
}

struct Sample
{
    std::vector<double> ms;
    std::size_t apdus = 0;
};

// The minimal sequence of readIdentity by the reference's careful client: select application
// and PIN EF, tries query (answers 63Cx, so not through timedTransmit), VERIFY, then each file
// selected and read once (both are shorter than 256 bytes).
double identityFloor(sc::CardConnection& connection, const std::string& pin, std::size_t* apdus)
{
    double ms = timedTransmit(
        connection, sc::selectApplication({card::kCardInfoAid.begin(), card::kCardInfoAid.end()}).value());
    ms += timedTransmit(connection, sc::selectFile(card::cardinfo::kPinEf));
    const auto start = Clock::now();
    if (!connection.transmit(sc::triesLeftQuery()))
        std::exit(1);
    ms += msSince(start);
    ms += timedTransmit(connection, sc::verify(pin).value());
    ms += timedTransmit(connection, sc::selectFile(card::cardinfo::kMyNumberEf));
    ms += timedTransmit(connection, sc::readBinary(0, card::kShortReadMax).value());
    ms += timedTransmit(connection, sc::selectFile(card::cardinfo::kBasicFourEf));
    ms += timedTransmit(connection, sc::readBinary(0, card::kShortReadMax).value());
    *apdus = 8;
    return ms;
}

// The minimal sequence of readAuthCertificate: select application and EF, the 4-byte header
// (its length is what tells the size), the rest in one extended READ BINARY.
double certificateFloor(sc::CardConnection& connection, std::size_t total, std::size_t* apdus)
{
    double ms = timedTransmit(connection,
                              sc::selectApplication({card::kJpkiAid.begin(), card::kJpkiAid.end()}).value());
    ms += timedTransmit(connection, sc::selectFile(card::jpki::kAuthCertEf));
    ms += timedTransmit(connection, sc::readBinary(0, 4).value());
    ms += timedTransmit(connection, sc::readBinary(4, total - 4).value());
    *apdus = 4;
    return ms;
}

struct OpenScCount
{
    int whole = -1;    // every APDU of the pkcs15-tool run (card detection and binding included)
    int certFile = -1; // SELECT EF 000A and the READ BINARYs that follow it
};

// Counts the APDUs OpenSC sends in the virtual card's log (MADOGUCHI_VCARD_LOG with
// MADOGUCHI_VCARD_VERBOSE=1: one "> <hex>" line per command).
OpenScCount countOpenSc()
{
    OpenScCount out;
    const QString logPath = qEnvironmentVariable("MADOGUCHI_VCARD_LOG");
    if (logPath.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("pkcs15-tool")).isEmpty())
        return out;
    const auto commands = [&logPath] {
        QStringList lines;
        QFile log(logPath);
        if (log.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : log.readAll().split('\n')) {
                const int at = line.indexOf(": > ");
                if (at >= 0)
                    lines << QString::fromLatin1(line.mid(at + 4));
            }
        }
        return lines;
    };
    const int before = static_cast<int>(commands().size());
    QTemporaryDir dir;
    QProcess tool;
    tool.start(QStringLiteral("pkcs15-tool"),
               {QStringLiteral("--read-certificate"), QStringLiteral("01"), QStringLiteral("--output"),
                dir.filePath(QStringLiteral("c.pem"))});
    if (!tool.waitForFinished(30000) || tool.exitCode() != 0)
        return out;
    const QStringList mine = commands().mid(before);
    if (mine.isEmpty())
        return out; // the card log is not verbose
    out.whole = static_cast<int>(mine.size());
    int start = -1;
    for (int i = 0; i < mine.size(); ++i) {
        if (mine[i].startsWith(QLatin1String("00 A4 02 0C 02 00 0A")))
            start = i;
    }
    if (start >= 0) {
        int end = start + 1;
        while (end < mine.size() && mine[end].startsWith(QLatin1String("00 B0")))
            ++end;
        out.certFile = end - start;
    }
    return out;
}

// The longest gap of a 1 ms timer on this thread while a CardService reads the identity,
// `runs` times one after another; a small state machine on the event loop, no nested loops.
class StallProbe : public QObject
{
public:
    StallProbe(const QString& reader, QByteArray pin, int runs)
        : m_pin(std::move(pin))
        , m_runs(runs)
    {
        m_service.setReader(reader);
        m_ticker.setInterval(1);
        m_ticker.setTimerType(Qt::PreciseTimer);
        connect(&m_ticker, &QTimer::timeout, this, [this] {
            m_maxGap = std::max(m_maxGap, static_cast<double>(m_sinceTick.nsecsElapsed()) / 1e6);
            m_sinceTick.restart();
        });
        connect(&m_service, &madoguchi::CardService::cardInserted, this, [this] {
            if (!m_started)
                next();
        });
        connect(&m_service, &madoguchi::CardService::identityReady, this, [this] { finishRun(); });
        connect(&m_service, &madoguchi::CardService::requestFailed, this,
                [](quint64, const madoguchi::CardFailure& f) {
                    std::fprintf(stderr, "bench_cardread: service read failed: %s\n", sc::codeName(f.code));
                    QCoreApplication::exit(1);
                });
        m_service.start();
    }
    const std::vector<double>& gaps() const { return m_gaps; }
    const std::vector<double>& walls() const { return m_walls; }

private:
    void next()
    {
        m_started = true;
        if (static_cast<int>(m_gaps.size()) == m_runs) {
            QCoreApplication::quit();
            return;
        }
        m_maxGap = 0;
        m_sinceTick.start();
        m_ticker.start();
        m_wall.start();
        m_service.requestReadIdentity(m_pin, false);
    }
    void finishRun()
    {
        // The stretch from the last tick to the answer counts too (a read shorter than 1 ms
        // sees no tick at all).
        m_maxGap = std::max(m_maxGap, static_cast<double>(m_sinceTick.nsecsElapsed()) / 1e6);
        m_ticker.stop();
        m_walls.push_back(static_cast<double>(m_wall.nsecsElapsed()) / 1e6);
        m_gaps.push_back(m_maxGap);
        // Let the loop breathe between runs, as a clerk's clicks would.
        QTimer::singleShot(20, this, [this] { next(); });
    }

    madoguchi::CardService m_service;
    QByteArray m_pin;
    int m_runs;
    bool m_started = false;
    QTimer m_ticker;
    QElapsedTimer m_sinceTick;
    QElapsedTimer m_wall;
    double m_maxGap = 0;
    std::vector<double> m_gaps;
    std::vector<double> m_walls;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int runs = 50;
    const QStringList args = QCoreApplication::arguments();
    if (const int at = static_cast<int>(args.indexOf(QStringLiteral("--runs")));
        at > 0 && at + 1 < args.size())
        runs = std::max(1, args.at(at + 1).toInt());
    const QString reader = qEnvironmentVariable("MADOGUCHI_VCARD_READER");
    QFile profileFile(qEnvironmentVariable("MADOGUCHI_VCARD_PROFILE"));
    if (reader.isEmpty() || !profileFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_cardread: run it through bench/run-card-bench.sh\n");
        return 2;
    }
    const QJsonObject profile = QJsonDocument::fromJson(profileFile.readAll()).object();
    const std::string pin = profile.value(QLatin1String("pins"))
                                .toObject()
                                .value(QLatin1String("cardInfo"))
                                .toString()
                                .toStdString();

    sc::PcscContext context;
    sc::CardConnection connection(context);
    if (auto connected = connection.connect(reader.toStdString()); !connected)
        die("connect", connected.error());
    sc::ApduCounter counter;
    connection.setObserver(&counter);
    sc::MyNumberCard myNumberCard(connection);

    Sample identity;
    Sample identityRaw;
    Sample certificate;
    Sample certificateRaw;
    std::size_t certificateSize = 0;
    for (int i = -3; i < runs; ++i) { // three warm-up rounds
        counter.reset();
        auto start = Clock::now();
        auto read = myNumberCard.readIdentity(pin, false);
        const double identityMs = msSince(start);
        if (!read)
            die("readIdentity", read.error());
        const std::size_t identityApdus = counter.count();

        std::size_t rawApdus = 0;
        const double identityFloorMs = identityFloor(connection, pin, &rawApdus);

        counter.reset();
        start = Clock::now();
        auto der = myNumberCard.readAuthCertificate();
        const double certificateMs = msSince(start);
        if (!der)
            die("readAuthCertificate", der.error());
        certificateSize = der.value().size();
        const std::size_t certificateApdus = counter.count();
        std::size_t rawCertApdus = 0;
        const double certificateFloorMs = certificateFloor(connection, certificateSize, &rawCertApdus);
        if (i < 0)
            continue;
        identity.ms.push_back(identityMs);
        identity.apdus = identityApdus;
        identityRaw.ms.push_back(identityFloorMs);
        identityRaw.apdus = rawApdus;
        certificate.ms.push_back(certificateMs);
        certificate.apdus = certificateApdus;
        certificateRaw.ms.push_back(certificateFloorMs);
        certificateRaw.apdus = rawCertApdus;
    }
    connection.disconnect();

    const OpenScCount openSc = countOpenSc();

    StallProbe probe(reader, QByteArray::fromStdString(pin), runs);
    QTimer::singleShot(120000, &app, [] {
        std::fprintf(stderr, "bench_cardread: the service reads did not finish\n");
        QCoreApplication::exit(1);
    });
    if (app.exec() != 0)
        return 1;

    const auto row = [](const char* what, const Sample& s, const Sample& floor) {
        const double m = medianOf(s.ms);
        const double f = medianOf(floor.ms);
        std::printf("| %-19s | %5zu | %9.3f | %11zu | %9.3f | %5.2fx | <= 1.30x |\n", what, s.apdus, m,
                    floor.apdus, f, f > 0 ? m / f : 0.0);
    };
    std::printf("Card reads over pcscd + vpcd + madoguchi-virtual-card, %d runs (medians)\n\n", runs);
    std::printf(
        "| operation           | APDUs | median ms | floor APDUs |  floor ms | ratio  | target   |\n");
    std::printf(
        "|---------------------|-------|-----------|-------------|-----------|--------|----------|\n");
    row("readIdentity", identity, identityRaw);
    row("readAuthCertificate", certificate, certificateRaw);
    std::printf("\nAuthentication certificate: %zu bytes\n\n", certificateSize);
    std::printf("| certificate read APDUs              | ours | OpenSC | target        |\n");
    std::printf("|-------------------------------------|------|--------|---------------|\n");
    std::printf("| certificate file (SELECT EF + READs) | %4zu | %6d | <= OpenSC     |\n",
                certificate.apdus - 1, openSc.certFile);
    std::printf("| whole operation                     | %4zu | %6d | (OpenSC: incl. card binding) |\n",
                certificate.apdus, openSc.whole);
    const std::vector<double>& gaps = probe.gaps();
    std::printf("\n| CardService identity read (GUI thread, 1 ms timer) | value     | target   |\n");
    std::printf("|-----------------------------------------------------|-----------|----------|\n");
    std::printf("| longest main-thread gap, worst of %3d runs          | %6.2f ms | < 16 ms  |\n", runs,
                gaps.empty() ? 0.0 : *std::max_element(gaps.begin(), gaps.end()));
    std::printf("| longest main-thread gap, median run                 | %6.2f ms |          |\n",
                medianOf(gaps));
    std::printf("| service read wall time, median                      | %6.2f ms |          |\n",
                medianOf(probe.walls()));
    if (openSc.whole < 0)
        std::printf("\n(OpenSC count n/a: needs pkcs15-tool and MADOGUCHI_VCARD_VERBOSE=1 for the card's "
                    "APDU log)\n");
    return 0;
}
