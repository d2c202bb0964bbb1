// SPDX-License-Identifier: GPL-2.0-or-later
// The channel filters against what a creator would hear: gain and balance by exact factors,
// mono as the average, a gate that silences a quiet hum and passes a voice, a compressor that
// brings a loud sine to its computed level, noise suppression that lowers steady noise while
// keeping a burst, and the --filter list round trip.
#include "studio/audio/channelfilters.h"
#include "studio/audio/decibels.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <numbers>
#include <vector>

using namespace vida3::studio::audio;

namespace {
constexpr int kRate = 48000;

std::vector<float> sine(double peakDbfs, double seconds, double hz = 1000)
{
    std::vector<float> pcm(static_cast<size_t>(seconds * kRate) * 2);
    const double a = dbToGain(peakDbfs);
    for (size_t i = 0; i < pcm.size() / 2; ++i)
        pcm[2 * i] = pcm[2 * i + 1] = static_cast<float>(a * std::sin(2 * std::numbers::pi * hz * static_cast<double>(i) / kRate));
    return pcm;
}

// Peak (dBFS) of the left side over [from, to) seconds.
double peakDb(const std::vector<float> &pcm, double from, double to)
{
    float peak = 0;
    for (size_t i = static_cast<size_t>(from * kRate); i < static_cast<size_t>(to * kRate) && 2 * i < pcm.size(); ++i)
        peak = std::max(peak, std::fabs(pcm[2 * i]));
    return gainToDb(peak);
}

double rmsDb(const std::vector<float> &pcm, double from, double to)
{
    double sum = 0;
    size_t n = 0;
    for (size_t i = static_cast<size_t>(from * kRate); i < static_cast<size_t>(to * kRate) && 2 * i < pcm.size(); ++i, ++n)
        sum += double(pcm[2 * i]) * pcm[2 * i];
    return gainToDb(std::sqrt(sum / std::max<size_t>(1, n)));
}

// Runs the chain over pcm in output-frame blocks (1600 samples, 30 fps at 48 kHz).
void run(ChannelFilters &filters, std::vector<float> &pcm, const FilterControl &control)
{
    for (size_t at = 0; at < pcm.size(); at += 1600 * 2)
        filters.process(pcm.data() + at, static_cast<int>(std::min<size_t>(1600, (pcm.size() - at) / 2)), control);
}
}  // namespace

class TestChannelFilters : public QObject
{
    Q_OBJECT

private:
    QString m_error;

private Q_SLOTS:
    void gainMonoBalance()
    {
        FilterControl control;
        control.set(FilterSettings::parse(QStringLiteral("gain:6"), &m_error));
        ChannelFilters filters(kRate, 2);
        std::vector<float> pcm = sine(-18, 0.5);
        run(filters, pcm, control);
        QVERIFY(std::abs(peakDb(pcm, 0, 0.5) - (-12)) < 0.05);

        std::vector<float> lr{1.0f, 0.0f, 0.5f, -0.5f};
        applyMonoAndBalance(lr.data(), 2, 2, true, 0);
        QCOMPARE(lr[0], 0.5f);
        QCOMPARE(lr[1], 0.5f);
        QCOMPARE(lr[2], 0.0f);
        std::vector<float> right{0.8f, 0.8f};
        applyMonoAndBalance(right.data(), 1, 2, false, 1.0);  // hard right: left silent, right as it was
        QVERIFY(std::abs(right[0]) < 1e-6f);
        QCOMPARE(right[1], 0.8f);
        std::vector<float> centre{0.8f, 0.6f};
        applyMonoAndBalance(centre.data(), 1, 2, false, 0.0);  // centre: untouched
        QCOMPARE(centre[0], 0.8f);
        QCOMPARE(centre[1], 0.6f);
    }

    // A −40 dBFS hum (below the −32 dB close threshold) is gated to silence; a −12 dBFS voice
    // opens the gate within the attack time and passes at full level.
    void gateSilencesHumAndPassesVoice()
    {
        FilterControl control;
        control.gate = true;
        ChannelFilters filters(kRate, 2);
        std::vector<float> hum = sine(-40, 1.0, 100);
        run(filters, hum, control);
        QVERIFY2(peakDb(hum, 0.5, 1.0) < -90, qPrintable(QString::number(peakDb(hum, 0.5, 1.0))));
        std::vector<float> voice = sine(-12, 1.0);
        run(filters, voice, control);
        QVERIFY2(std::abs(peakDb(voice, 0.1, 1.0) - (-12)) < 0.1, qPrintable(QString::number(peakDb(voice, 0.1, 1.0))));
    }

    // −6 dBFS into threshold −18 dB, ratio 10: 12 dB over becomes 1.2 dB over, i.e. ≈ −16.8.
    void compressorReachesItsComputedLevel()
    {
        FilterControl control;
        control.compressor = true;
        ChannelFilters filters(kRate, 2);
        std::vector<float> loud = sine(-6, 2.0);
        run(filters, loud, control);
        const double out = peakDb(loud, 1.0, 2.0);
        QVERIFY2(std::abs(out - (-16.8)) < 0.3, qPrintable(QString::number(out)));
        std::vector<float> quiet = sine(-30, 2.0);  // below the threshold: untouched
        run(filters, quiet, control);
        QVERIFY2(std::abs(peakDb(quiet, 1.5, 2.0) - (-30)) < 0.3, qPrintable(QString::number(peakDb(quiet, 1.5, 2.0))));
    }

    // Steady white noise at −30 dBFS RMS with a 1 kHz burst (−12 dBFS) every other half second:
    // after the suppressor has learnt the noise, the gaps are ≥ 10 dB quieter and the bursts keep
    // their level within 3 dB.
    void suppressionLowersSteadyNoise()
    {
        std::vector<float> pcm(static_cast<size_t>(6 * kRate) * 2);
        QRandomGenerator rng(7);
        const double noise = dbToGain(-30) * std::sqrt(3.0);  // uniform noise: RMS = a/√3
        const double burst = dbToGain(-12);
        for (size_t i = 0; i < pcm.size() / 2; ++i) {
            const double t = static_cast<double>(i) / kRate;
            const bool on = std::fmod(t, 1.0) < 0.5;
            const double v = noise * (2 * rng.generateDouble() - 1) + (on ? burst * std::sin(2 * std::numbers::pi * 1000 * t) : 0);
            pcm[2 * i] = pcm[2 * i + 1] = static_cast<float>(v);
        }
        const std::vector<float> before = pcm;
        FilterControl control;
        control.noiseSuppression = true;
        ChannelFilters filters(kRate, 2);
        run(filters, pcm, control);
        const double gapBefore = rmsDb(before, 5.6, 5.95);
        const double gapAfter = rmsDb(pcm, 5.61, 5.96);  // 10 ms later: the suppressor's delay
        const double burstBefore = rmsDb(before, 5.05, 5.45);
        const double burstAfter = rmsDb(pcm, 5.06, 5.46);
        qInfo("gap %.1f → %.1f dB, burst %.1f → %.1f dB", gapBefore, gapAfter, burstBefore, burstAfter);
        QVERIFY(gapAfter <= gapBefore - 10);
        QVERIFY(std::abs(burstAfter - burstBefore) <= 3);
    }

    void filterListRoundTripAndErrors()
    {
        QString error;
        const FilterSettings s = FilterSettings::parse(QStringLiteral("noise:-40,gate:-30:-36,gain:3,compressor:4:-20,mono,balance:-0.5"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(s.noiseSuppression && s.suppressionDb == -40 && s.gate && s.gateOpenDb == -30 && s.gateCloseDb == -36);
        QVERIFY(s.gainDb == 3 && s.compressor && s.compressorRatio == 4 && s.compressorThresholdDb == -20 && s.mono);
        QCOMPARE(s.balance, -0.5);
        QCOMPARE(FilterSettings::parse(s.toText(), &error), s);
        QCOMPARE(s.activeNames(), (QStringList{QStringLiteral("noise_suppression"), QStringLiteral("gate"), QStringLiteral("gain"),
                                               QStringLiteral("compressor"), QStringLiteral("mono"), QStringLiteral("balance")}));
        for (const char *bad : {"gain:99", "gate:-40:-30", "reverb", "balance:2", "noise:5", "compressor:0:-10"}) {
            FilterSettings::parse(QString::fromLatin1(bad), &error);
            QVERIFY2(!error.isEmpty(), bad);
        }
    }
};

QTEST_GUILESS_MAIN(TestChannelFilters)
#include "tst_channelfilters.moc"
