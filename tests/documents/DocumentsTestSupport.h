#pragma once

// Shared by the documents suites: the test names, running poppler's tools, comparing text as
// code points and images as pixels.

#include "documents/Document.h"

#include <QByteArray>
#include <QFile>
#include <QImage>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace madoguchi::test {

inline QString ucs(std::u32string_view text)
{
    return QString::fromUcs4(text.data(), qsizetype(text.size()));
}

// The names of the issue: registered variants, their base forms, a non-BMP character, old forms.
inline QStringList registeredNames()
{
    return {ucs(U"葛\U000E0102城"), ucs(U"葛城"), ucs(U"辻\U000E0102"), ucs(U"辻"),
            ucs(U"𠮷野"),           ucs(U"髙橋"), ucs(U"﨑山")};
}

// Not in IPAmj Mincho: prints as the base glyph, needs approval.
inline QString unregisteredName()
{
    return ucs(U"葛\U000E0100西");
}

inline QList<uint> codePoints(const QString& text)
{
    QList<uint> result;
    for (char32_t cp : text.toUcs4())
        result << uint(cp);
    return result;
}

inline QString hexCodePoints(const QString& text)
{
    QStringList parts;
    for (uint cp : codePoints(text))
        parts << QStringLiteral("U+%1").arg(cp, 4, 16, QLatin1Char('0')).toUpper();
    return parts.join(u' ');
}

// Runs a tool; fails the test (QFAIL through the caller's check) when it does not exit 0.
inline QByteArray runTool(const QString& program, const QStringList& arguments, bool* ok)
{
    QProcess process;
    process.start(program, arguments);
    *ok = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
          process.exitCode() == 0;
    if (!*ok)
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
    return process.readAllStandardOutput();
}

inline QString pdfToText(const QString& pdfPath, bool* ok, bool layout = false)
{
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (layout)
        arguments << QStringLiteral("-layout");
    arguments << pdfPath << QStringLiteral("-");
    return QString::fromUtf8(runTool(QStringLiteral("pdftotext"), arguments, ok));
}

// The first page as an 8-bit grey image (pdftoppm -gray writes PGM, which QImage reads).
inline QImage pdfToGray(const QString& pdfPath, int dpi, const QString& outPrefix, bool* ok)
{
    runTool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-gray"), QStringLiteral("-f"),
             QStringLiteral("1"), QStringLiteral("-singlefile"), pdfPath, outPrefix},
            ok);
    if (!*ok)
        return {};
    QImage image(outPrefix + QStringLiteral(".pgm"));
    *ok = !image.isNull();
    return image.convertToFormat(QImage::Format_Grayscale8);
}

// Mean absolute difference of two equally sized grey crops, 0 (same) to 255.
inline double meanDifference(const QImage& a, const QImage& b)
{
    if (a.size() != b.size() || a.isNull())
        return 255;
    const QImage ga = a.convertToFormat(QImage::Format_Grayscale8);
    const QImage gb = b.convertToFormat(QImage::Format_Grayscale8);
    double sum = 0;
    for (int y = 0; y < ga.height(); ++y) {
        const uchar* la = ga.constScanLine(y);
        const uchar* lb = gb.constScanLine(y);
        for (int x = 0; x < ga.width(); ++x)
            sum += std::abs(int(la[x]) - int(lb[x]));
    }
    return sum / (double(ga.width()) * ga.height());
}

// Share of pixels that carry ink (darker than mid grey).
inline double inkShare(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    qint64 ink = 0;
    for (int y = 0; y < gray.height(); ++y) {
        const uchar* line = gray.constScanLine(y);
        for (int x = 0; x < gray.width(); ++x)
            ink += line[x] < 128 ? 1 : 0;
    }
    return double(ink) / (double(gray.width()) * gray.height());
}

// A premultiplied ARGB image (transparent background: QPdfDocument::render, TextImageRenderer)
// over white, as grey, at 1:1 device pixels.
inline QImage onWhite(const QImage& image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    QImage gray(argb.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < argb.height(); ++y) {
        const QRgb* in = reinterpret_cast<const QRgb*>(argb.constScanLine(y));
        uchar* out = gray.scanLine(y);
        for (int x = 0; x < argb.width(); ++x) {
            const int a = qAlpha(in[x]);
            const int r = qRed(in[x]) + (255 - a);
            const int g = qGreen(in[x]) + (255 - a);
            const int b = qBlue(in[x]) + (255 - a);
            out[x] = uchar(qBound(0, (r * 11 + g * 16 + b * 5) / 32, 255));
        }
    }
    return gray;
}

inline bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace madoguchi::test
