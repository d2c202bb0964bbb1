// SPDX-License-Identifier: GPL-2.0-or-later
// The Stats dock fed a --stats stream recorded from a real run draws its graphs: each one that
// has data shows its lines in their colours (checked on the pixels), the legend holds the
// destination's name, and a screenshot is kept in artifacts/stats-dock.png.
#include "app/stats/linegraph.h"
#include "app/stats/statsdock.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace vida3;

namespace {
// Pixels within a small distance of colour, from column fromX on.
int pixelsNear(const QImage &image, const QColor &colour, int fromX = 0)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = fromX; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) + std::abs(c.blue() - colour.blue()) < 40)
                ++count;
        }
    }
    return count;
}
}  // namespace

class TestStatsDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void graphsShowTheRecordedStream()
    {
        app::StatsDock dock;
        dock.resize(720, 640);
        dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dock));
        QFile file(QStringLiteral(VIDA3_TEST_SOURCE_DIR "/tests/session/data/stats-recorded.jsonl"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        int lines = 0;
        while (!file.atEnd()) {
            const QByteArray text = file.readLine().trimmed();
            if (!text.isEmpty()) {
                dock.addLine(QJsonDocument::fromJson(text).object());
                ++lines;
            }
        }
        QVERIFY(lines >= 8);
        for (const char *name : {"bitrateGraph", "fpsGraph", "renderGraph", "cpuGraph", "memoryGraph"}) {
            auto *graph = dock.findChild<app::LineGraph *>(QString::fromLatin1(name));
            QVERIFY2(graph, name);
            QVERIFY2(!graph->lines().isEmpty() && graph->lines().first().points.size() == lines, name);
            // The plot area only: the title above and the legend's colour swatches below do not count.
            const QImage full = graph->grab().toImage();
            const int line = graph->fontMetrics().height();
            const QImage image = full.copy(0, line + 8, full.width(), full.height() - 2 * line - 16);
            // Ten seconds of a five-minute graph: a short line at the right-hand edge (newest last).
            const QColor colour = graph->lines().first().colour;
            const int drawn = pixelsNear(image, colour);
            const int atTheRight = pixelsNear(image, colour, image.width() * 9 / 10);
            QVERIFY2(drawn >= 12 && atTheRight == drawn,
                     qPrintable(QStringLiteral("%1: %2 pixels of its line, %3 at the right").arg(QLatin1String(name)).arg(drawn).arg(atTheRight)));
        }
        auto *bitrate = dock.findChild<app::LineGraph *>(QStringLiteral("bitrateGraph"));
        QCOMPARE(bitrate->lines().first().label, QStringLiteral("x"));
        QVERIFY(bitrate->accessibleDescription().startsWith(QStringLiteral("x ")));
        const QString folder = QStringLiteral(VIDA3_TEST_BINARY_DIR "/artifacts");
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(dock.grab().save(folder + QStringLiteral("/stats-dock.png")));
    }
};

QTEST_MAIN(TestStatsDock)
#include "tst_statsdock.moc"
