// SPDX-License-Identifier: GPL-2.0-or-later
// The health dashboard's series, fed a --stats stream recorded from a real run (data/
// stats-recorded.jsonl: 720p30 to nginx-rtmp with a recording): each destination's bitrate is
// the line's kbps, lost frames are per second by kind (from the cumulative counters), the CPU and
// memory lines follow "process", the recording is no destination, five minutes are kept and a
// new session starts over.
#include "studio/session/statsseries.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>

using vida3::studio::StatsSeries;

namespace {
QList<QJsonObject> recorded()
{
    QList<QJsonObject> lines;
    QFile file(QStringLiteral(VIDA3_TEST_SOURCE_DIR "/tests/session/data/stats-recorded.jsonl"));
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    while (!file.atEnd()) {
        const QByteArray text = file.readLine().trimmed();
        if (!text.isEmpty())
            lines.append(QJsonDocument::fromJson(text).object());
    }
    return lines;
}

QJsonObject output(const QJsonObject &line, const QString &name)
{
    for (const QJsonValue &v : line[u"outputs"].toArray()) {
        if (v[u"name"].toString() == name)
            return v.toObject();
    }
    return {};
}
}  // namespace

class TestStatsSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsARecordedStream()
    {
        const QList<QJsonObject> lines = recorded();
        QVERIFY(lines.size() >= 8);
        StatsSeries series;
        for (const QJsonObject &line : lines)
            series.add(line);
        // One destination ("x", the preset's name) and the recording, which is not one.
        QCOMPARE(series.ids(QStringLiteral("kbps:")), QStringList{QStringLiteral("kbps:x")});
        const StatsSeries::Series *kbps = series.find(QStringLiteral("kbps:x"));
        QVERIFY(kbps);
        QCOMPARE(kbps->points.size(), lines.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QCOMPARE(kbps->points[i].x(), lines[i][u"t"].toDouble());
            QCOMPARE(kbps->points[i].y(), output(lines[i], QStringLiteral("x"))[u"kbps"].toDouble());
        }
        const auto peak = std::max_element(kbps->points.cbegin(), kbps->points.cend(),
                                           [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
        QVERIFY2(peak->y() > 1000, "the stream carries its bitrate");
        const StatsSeries::Series *cpu = series.find(QStringLiteral("cpu_percent"));
        QVERIFY(cpu && cpu->points.last().y() > 0);
        QVERIFY(series.find(QStringLiteral("rss_mb")) && series.find(QStringLiteral("rss_mb"))->points.last().y() > 10);
        QCOMPARE(series.find(QStringLiteral("fps"))->points.last().y(), lines.last()[u"fps"].toDouble());
        // Render and encode time per frame, as the studio measured them.
        for (const char *time : {"render_ms", "encode_ms"}) {
            const StatsSeries::Series *ms = series.find(QLatin1String(time));
            QVERIFY(ms);
            QCOMPARE(ms->points.size(), lines.size());
            QCOMPARE(ms->points.at(4).y(), lines.at(4)[u"frames"].toObject()[QLatin1String(time)].toDouble());
            QVERIFY2(ms->points.at(4).y() > 0, time);
        }
        for (const char *kind : {"missed_render", "skipped_encode", "dropped_network"})
            QVERIFY(series.find(QStringLiteral("lost:") + QLatin1String(kind)));
    }

    void lostFramesArePerSecondByKind()
    {
        QJsonObject line = recorded().first();
        StatsSeries series;
        auto feed = [&](double t, int missed, int skipped, int dropped) {
            line[u"t"] = t;
            QJsonObject frames = line[u"frames"].toObject();
            frames[u"missed_render"] = missed;
            frames[u"skipped_encode"] = skipped;
            line[u"frames"] = frames;
            QJsonArray outputs;
            for (const QJsonValue &v : line[u"outputs"].toArray()) {
                QJsonObject o = v.toObject();
                o[u"dropped_network"] = o[u"name"].toString() == u"recording" ? 999 : dropped;  // the recording never counts
                outputs.append(o);
            }
            line[u"outputs"] = outputs;
            series.add(line);
        };
        feed(1, 0, 0, 0);
        feed(2, 3, 0, 0);
        feed(3, 3, 5, 2);
        feed(4, 4, 5, 2);
        const auto ys = [&](const char *kind) {
            QList<double> values;
            for (const QPointF &p : series.find(QStringLiteral("lost:") + QLatin1String(kind))->points)
                values.append(p.y());
            return values;
        };
        QCOMPARE(ys("missed_render"), (QList<double>{0, 3, 0, 1}));
        QCOMPARE(ys("skipped_encode"), (QList<double>{0, 0, 5, 0}));
        QCOMPARE(ys("dropped_network"), (QList<double>{0, 0, 2, 0}));
    }

    void keepsFiveMinutesAndANewSessionStartsOver()
    {
        QJsonObject line = recorded().first();
        StatsSeries series;
        for (int t = 1; t <= 400; ++t) {
            line[u"t"] = t;
            series.add(line);
        }
        const StatsSeries::Series *fps = series.find(QStringLiteral("fps"));
        QCOMPARE(fps->points.first().x(), 100.0);
        QCOMPARE(fps->points.last().x(), 400.0);
        line[u"t"] = 1;  // a new session
        series.add(line);
        QCOMPARE(series.find(QStringLiteral("fps"))->points.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStatsSeries)
#include "tst_statsseries.moc"
