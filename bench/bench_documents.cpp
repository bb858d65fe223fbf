// One A4 certificate-like page (40 lines: names with registered variants, addresses, dates)
// written by the documents engine (HarfBuzz + cairo, IPAmj Mincho) as a one-page document and
// as a page inside a 10-page document, next to the same page written by QPdfWriter in the same
// run. QPdfWriter is faster but wrong (base glyphs, selectors and non-BMP characters lost from
// the text layer); it is here only as the yardstick. Prints medians; asserts nothing.
#include "documents/PdfWriter.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace madoguchi;

namespace {

constexpr int kRuns = 25;

QString ucs(std::u32string_view text)
{
    return QString::fromUcs4(text.data(), qsizetype(text.size()));
}

// 40 lines: 10 residents x (name, address, registered domicile, date of birth and entry).
QList<QPair<QString, FontRole>> certificateLines()
{
    const QString names[] = {ucs(U"葛\U000E0102城　太郎"),
                             ucs(U"辻\U000E0102　花子"),
                             ucs(U"𠮷野　健二"),
                             ucs(U"髙橋　一郎"),
                             ucs(U"﨑山　優子"),
                             ucs(U"葛城　次郎"),
                             ucs(U"辻　三郎"),
                             ucs(U"渡邊　澄子"),
                             ucs(U"齋藤　誠"),
                             ucs(U"辻\U000E0103　四郎")};
    QList<QPair<QString, FontRole>> lines;
    for (int i = 0; i < 10; ++i) {
        lines.append({QStringLiteral("氏名　") + names[i], FontRole::Name});
        lines.append({QStringLiteral("住所　東京都北区王子本町一丁目%1番%2号　葛").arg(i + 1).arg(22 - i) +
                          ucs(U"\U000E0102城ハイツ%1号室").arg(101 + i),
                      FontRole::Name});
        lines.append({QStringLiteral("本籍　東京都北区王子本町一丁目%1番地").arg(15 + i), FontRole::Name});
        lines.append({QStringLiteral("生年月日　昭和%1年%2月%3日　住民となった日　令和6年4月1日")
                          .arg(40 + i)
                          .arg(i + 1)
                          .arg(10 + i),
                      FontRole::Body});
    }
    return lines;
}

Page enginePage()
{
    Page page;
    const auto lines = certificateLines();
    for (int i = 0; i < lines.size(); ++i) {
        TextElement text;
        text.box = QRectF(20, 15 + i * 6.6, 170, 6);
        text.text = lines.at(i).first;
        text.style.role = lines.at(i).second;
        text.style.sizePt = 10.5;
        page.elements.append(text);
    }
    return page;
}

void qpdfWriterPages(int pages, QByteArray* out)
{
    QBuffer buffer(out);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter painter(&writer);
    QFont name(QStringLiteral("IPAmj明朝"));
    name.setPointSizeF(10.5);
    QFont body(QStringLiteral("IPAGothic"));
    body.setPointSizeF(10.5);
    const auto lines = certificateLines();
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        for (int i = 0; i < lines.size(); ++i) {
            painter.setFont(lines.at(i).second == FontRole::Name ? name : body);
            painter.drawText(QPointF(20 * 72 / 25.4, (15 + i * 6.6) * 72 / 25.4 + 9.5), lines.at(i).first);
        }
    }
    painter.end();
}

double medianMs(const std::function<void()>& body)
{
    std::vector<double> times;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer timer;
        timer.start();
        body();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    auto fonts = FontCatalog::create();
    if (Status ready = fonts->verify(); !ready) {
        std::fprintf(stderr, "fonts: %s\n", qPrintable(ready.error().toString()));
        return 1;
    }
    const PdfWriter writer(fonts);
    Document single;
    single.id = QStringLiteral("bench/single");
    single.pages.append(enginePage());
    Document batch;
    batch.id = QStringLiteral("bench/batch");
    for (int i = 0; i < 10; ++i)
        batch.pages.append(enginePage());

    QElapsedTimer first;
    first.start();
    qsizetype bytes = writer.write(single).value().size(); // loads the fonts: not in the medians
    std::printf("first document (font loading included): %.1f ms\n\n", double(first.nsecsElapsed()) / 1e6);

    const double engineSingle = medianMs([&] { bytes += writer.write(single).value().size(); });
    const double engineBatch = medianMs([&] { bytes += writer.write(batch).value().size(); }) / 10;
    QByteArray qt;
    const double qtSingle = medianMs([&] {
        qt.clear();
        qpdfWriterPages(1, &qt);
    });
    const double qtBatch = medianMs([&] {
                               qt.clear();
                               qpdfWriterPages(10, &qt);
                           }) /
                           10;

    std::printf("median of %d runs, A4 page with 40 lines        engine   QPdfWriter   ratio   target\n",
                kRuns);
    std::printf("single-page document                 ms/doc   %7.2f   %10.2f   %5.1fx   <= 12\n",
                engineSingle, qtSingle, engineSingle / qtSingle);
    std::printf("page inside a 10-page document       ms/page  %7.2f   %10.2f   %5.1fx   <= 3\n", engineBatch,
                qtBatch, engineBatch / qtBatch);
    std::printf("sizes: engine single %lld bytes, QPdfWriter 10 pages %lld bytes\n",
                static_cast<long long>(writer.write(single).value().size()),
                static_cast<long long>(qt.size()));
    return bytes > 0 ? 0 : 1;
}
