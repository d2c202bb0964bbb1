// SPDX-License-Identifier: GPL-2.0-or-later
// The programme's meters against known signals: sample peak and RMS, EBU R128 loudness
// (libebur128) and true peak, and the true-peak limiter.
#include "studio/audio/decibels.h"
#include "studio/audio/levelmeter.h"
#include "studio/audio/loudnessmeter.h"
#include "studio/audio/truepeaklimiter.h"

#include <QTest>

#include <cmath>
#include <numbers>
#include <vector>

using namespace vida3::studio::audio;

namespace {
constexpr int kRate = 48000;

// Interleaved stereo sine, the same on both channels (dual mono).
std::vector<float> sine(double frequency, double peakDbfs, double seconds, double phase = 0)
{
    const int frames = static_cast<int>(seconds * kRate);
    const double amplitude = dbToGain(peakDbfs);
    std::vector<float> pcm(static_cast<size_t>(frames) * 2);
    for (int i = 0; i < frames; ++i) {
        const auto v = static_cast<float>(amplitude * std::sin(2 * std::numbers::pi * frequency * i / kRate + phase));
        pcm[2 * static_cast<size_t>(i)] = v;
        pcm[2 * static_cast<size_t>(i) + 1] = v;
    }
    return pcm;
}
}  // namespace

class TestAudioDsp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decibels()
    {
        QCOMPARE(gainToDb(1.0), 0.0);
        QVERIFY(std::abs(gainToDb(0.5) - (-6.0206)) < 1e-3);
        QCOMPARE(gainToDb(0.0), kSilenceDb);
        QCOMPARE(dbToGain(kSilenceDb), 0.0);
        QVERIFY(std::abs(dbToGain(-20) - 0.1) < 1e-12);
    }

    void peakAndRmsOfASine()
    {
        const std::vector<float> pcm = sine(1000, -6, 1.0);
        LevelMeter meter;
        meter.add(pcm.data(), kRate, 2);
        QVERIFY2(std::abs(meter.peakDbfs() - (-6)) < 0.05, qPrintable(QString::number(meter.peakDbfs())));
        // A sine's RMS is its peak − 3.01 dB.
        QVERIFY2(std::abs(meter.rmsDbfs() - (-9.01)) < 0.05, qPrintable(QString::number(meter.rmsDbfs())));
        meter.reset();
        QCOMPARE(meter.peakDbfs(), kSilenceDb);
        QCOMPARE(meter.rmsDbfs(), kSilenceDb);
    }

    // The reference vector (reference/audio-camera.md §2.4): a dual-mono 1 kHz sine reads its
    // peak level in LUFS; momentary after 0.4 s, short-term after 3 s, integrated once gated.
    void loudnessOfAStereoSine()
    {
        LoudnessMeter meter(kRate, 2);
        QVERIFY(meter.isValid());
        const std::vector<float> pcm = sine(1000, -18, 5.0);
        for (size_t at = 0; at < pcm.size(); at += 1600 * 2)
            meter.add(pcm.data() + at, static_cast<int>(std::min<size_t>(1600, (pcm.size() - at) / 2)));
        qInfo("M %.2f S %.2f I %.2f LUFS", meter.momentary(), meter.shortTerm(), meter.integrated());
        QVERIFY2(std::abs(meter.momentary() - (-18)) <= 0.5, qPrintable(QString::number(meter.momentary())));
        QVERIFY2(std::abs(meter.shortTerm() - (-18)) <= 0.5, qPrintable(QString::number(meter.shortTerm())));
        QVERIFY2(std::abs(meter.integrated() - (-18)) <= 0.5, qPrintable(QString::number(meter.integrated())));
        const double tp = meter.takeTruePeakDbtp();
        QVERIFY2(std::abs(tp - (-18)) <= 0.5, qPrintable(QString::number(tp)));
        QCOMPARE(meter.takeTruePeakDbtp(), kSilenceDb);  // taken: nothing added since
    }

    void silenceHasNoLoudness()
    {
        LoudnessMeter meter(kRate, 2);
        const std::vector<float> pcm(kRate * 2, 0.0f);
        meter.add(pcm.data(), kRate);
        QCOMPARE(meter.momentary(), kSilenceDb);
        QCOMPARE(meter.integrated(), kSilenceDb);
    }

    // +6 dB over full scale, at a frequency whose peaks fall between samples: after the
    // limiter the true peak (libebur128's own measure) is at or below −1 dBTP.
    void limiterHoldsTheTruePeakCeiling_data()
    {
        QTest::addColumn<double>("frequency");
        QTest::newRow("1 kHz") << 1000.0;
        QTest::newRow("11.025 kHz, peaks between samples") << 11025.0;
        QTest::newRow("60 Hz") << 60.0;
    }
    void limiterHoldsTheTruePeakCeiling()
    {
        QFETCH(double, frequency);
        TruePeakLimiter limiter(kRate, 2, -1.0);
        LoudnessMeter meter(kRate, 2);
        std::vector<float> pcm = sine(frequency, +6, 2.0, 0.3);
        for (size_t at = 0; at < pcm.size(); at += 1600 * 2) {
            limiter.process(pcm.data() + at, 1600);
            meter.add(pcm.data() + at, 1600);
        }
        const double tp = meter.takeTruePeakDbtp();
        qInfo("true peak after the limiter: %.2f dBTP; gain reduction %.1f dB", tp, limiter.takeMaxReductionDb());
        QVERIFY2(tp <= -1.0, qPrintable(QString::number(tp)));
        QVERIFY2(tp >= -3.0, qPrintable(QString::number(tp)));  // limits, does not crush
    }

    // Below the ceiling the limiter only delays: the output is the input, latencyFrames later.
    void limiterIsTransparentBelowTheCeiling()
    {
        TruePeakLimiter limiter(kRate, 2, -1.0);
        const std::vector<float> input = sine(440, -12, 0.5);
        std::vector<float> pcm = input;
        limiter.process(pcm.data(), static_cast<int>(pcm.size() / 2));
        const int delay = limiter.latencyFrames();
        QVERIFY(delay > 0 && delay < kRate / 100);  // < 10 ms
        for (size_t i = static_cast<size_t>(delay) * 2; i < pcm.size(); ++i)
            QCOMPARE(pcm[i], input[i - static_cast<size_t>(delay) * 2]);
        QCOMPARE(limiter.takeMaxReductionDb(), 0.0);
    }

    // A single full-scale click: the gain is already down when it plays (no overshoot), and
    // it comes back within the release (no pumping long after).
    void limiterCatchesASingleClick()
    {
        TruePeakLimiter limiter(kRate, 1, -1.0);
        std::vector<float> pcm(kRate, 0.1f);
        pcm[10000] = 1.5f;
        limiter.process(pcm.data(), kRate);
        float peak = 0;
        for (float v : pcm)
            peak = std::max(peak, std::fabs(v));
        QVERIFY2(gainToDb(peak) <= -1.0, qPrintable(QString::number(gainToDb(peak))));
        // 0.5 s later (5 release time constants) the level is back to 0.1 within 1 %.
        QVERIFY(std::abs(pcm[10000 + kRate / 2] - 0.1f) < 0.001f);
    }
};

QTEST_GUILESS_MAIN(TestAudioDsp)
#include "tst_audiodsp.moc"
