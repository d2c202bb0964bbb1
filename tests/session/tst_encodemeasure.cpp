// SPDX-License-Identifier: GPL-2.0-or-later
// What this machine can encode, measured with real x264: the first-run wizard's recommendation and
// the go-live checklist's "the encoder keeps up" rest on it.
#include "studio/setup/encodemeasurer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <atomic>

using namespace vida3;
using namespace vida3::studio;

namespace {
encoder::VideoSettings video(int width, int height, const char *preset)
{
    encoder::VideoSettings v;
    v.width = width;
    v.height = height;
    v.fps = 30;
    v.bitrateKbps = 2500;
    v.x264Preset = QLatin1String(preset);
    return v;
}

CandidateResult measured(const EncodeCandidate &candidate, double speed)
{
    encoder::EncodeMeasurement m;
    m.settings = candidate.videoSettings();
    m.frames = 100;
    m.seconds = 100.0 / (speed * candidate.fps);
    return {candidate, m, {}};
}
}  // namespace

class TestEncodeMeasure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void measuresRealEncoding()
    {
        auto small = encoder::measureEncode(video(320, 180, "ultrafast"), 0.5);
        QVERIFY2(small, qPrintable(small.error().detail));
        QVERIFY(small->frames > 10);
        QVERIFY(small->seconds >= 0.5);
        QCOMPARE(small->settings.x264Preset, QStringLiteral("ultrafast"));
        // "auto" is measured as the preset it stands for on this machine.
        auto automatic = encoder::measureEncode(video(640, 360, "auto"), 0.3);
        QVERIFY2(automatic, qPrintable(automatic.error().detail));
        QVERIFY(automatic->settings.x264Preset != QLatin1String("auto"));
        // Sixteen times the pixels with a slower preset costs clearly more per frame.
        auto large = encoder::measureEncode(video(1280, 720, "veryfast"), 0.5);
        QVERIFY2(large, qPrintable(large.error().detail));
        QVERIFY2(small->fps() > 1.5 * large->fps(),
                 qPrintable(QStringLiteral("180p %1 fps, 720p %2 fps").arg(small->fps()).arg(large->fps())));
        QVERIFY(large->msPerFrame() > 0 && large->speed() > 0);
    }

    void cancelStopsAtOnce()
    {
        std::atomic<int> polls{0};
        QElapsedTimer clock;
        clock.start();
        auto cancelled = encoder::measureEncode(video(640, 360, "ultrafast"), 30.0, [&] { return ++polls > 5; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        QVERIFY2(clock.elapsed() < 10000, "a 30-s measurement went on after it was cancelled");
    }

    void recommendsTheBestThatKeepsUp()
    {
        const QList<EncodeCandidate> all = encodeCandidates();
        QCOMPARE(all.first().fps, 60);
        QCOMPARE(all.last().height, 720);
        QCOMPARE(all.last().x264Preset, QStringLiteral("ultrafast"));
        // 1080p60 and 1080p30 veryfast too slow, 1080p30 superfast keeps up.
        QVERIFY(needsMeasuring({measured(all.at(0), 1.2)}));
        QList<CandidateResult> results{measured(all.at(0), 1.2), measured(all.at(1), 1.9), measured(all.at(2), 2.4)};
        QVERIFY(!needsMeasuring(results));  // nothing after it would be recommended
        const std::optional<EncodeCandidate> best = recommend(results);
        QVERIFY(best);
        QCOMPARE(best->label(), all.at(2).label());
        // Nothing keeps up: no recommendation.
        QVERIFY(!recommend({measured(all.last(), 1.1)}));
    }

    void measurerReportsEachAndSkipsCovered()
    {
        const QList<EncodeCandidate> candidates{{320, 180, 30, QStringLiteral("veryfast"), 800},
                                                {320, 180, 30, QStringLiteral("ultrafast"), 800},
                                                {480, 270, 30, QStringLiteral("ultrafast"), 1000}};
        EncodeMeasurer measurer;
        QSignalSpy measuredSpy(&measurer, &EncodeMeasurer::measured);
        QSignalSpy finishedSpy(&measurer, &EncodeMeasurer::finished);
        measurer.start(candidates, 0.3);
        QVERIFY(measurer.isRunning());
        QVERIFY(finishedSpy.wait(60000));
        QCOMPARE(finishedSpy.first().first().toBool(), false);
        QCOMPARE(measuredSpy.size(), 3);
        QCOMPARE(measurer.results().size(), 3);
        // 180p with veryfast keeps up easily, so the rest (worse) are not measured.
        QVERIFY2(measurer.results().at(0).keepsUp(), "320x180 does not keep up at twice real time");
        QVERIFY(!measurer.results().at(1).measurement);
        QVERIFY(!measurer.results().at(2).measurement);
        QVERIFY(!measurer.isRunning());
    }

    void destroyingWhileMeasuringWaitsBriefly()
    {
        QElapsedTimer clock;
        {
            EncodeMeasurer measurer;
            measurer.start({{1280, 720, 30, QStringLiteral("veryfast"), 4500}}, 30.0);
            QTest::qWait(300);
            clock.start();
        }
        QVERIFY2(clock.elapsed() < 5000, "closing the wizard waited for the measurement");
    }
};

QTEST_GUILESS_MAIN(TestEncodeMeasure)
#include "tst_encodemeasure.moc"
