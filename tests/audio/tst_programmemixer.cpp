// SPDX-License-Identifier: GPL-2.0-or-later
// The programme bus: faders, mutes, meters per channel after the fader, the levels board that
// stats and the mixer panel read, and the limiter on the sum.
#include "studio/audio/decibels.h"
#include "studio/session/audioinput.h"
#include "studio/session/audiomixer.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <numbers>

using namespace vida3::studio;
using namespace vida3::studio::audio;

namespace {
// A 1 kHz sine at a given peak, continuous across calls, like a microphone.
class SineInput final : public AudioInput
{
public:
    explicit SineInput(double peakDbfs) : m_amplitude(dbToGain(peakDbfs)) {}
    void mixInto(float *out, int frames, int channels) override
    {
        for (int i = 0; i < frames; ++i, ++m_n) {
            const auto v = static_cast<float>(m_amplitude * std::sin(2 * std::numbers::pi * 1000.0 * m_n / 48000));
            for (int c = 0; c < channels; ++c)
                out[i * channels + c] += v;
        }
    }
    QString state() const override { return QStringLiteral("live"); }

private:
    double m_amplitude;
    long long m_n = 0;
};

MixerChannel channel(const QString &name, double peakDbfs, double faderDb = 0, bool muted = false)
{
    MixerChannel c{name, ChannelKind::Microphone, std::make_shared<SineInput>(peakDbfs)};
    c.control->faderDb = faderDb;
    c.control->muted = muted;
    return c;
}

std::shared_ptr<AudioLevelsBoard> boardFor(const std::vector<MixerChannel> &channels)
{
    QList<AudioLevelsBoard::ChannelInfo> info;
    for (const MixerChannel &c : channels)
        info.append({c.name, c.kind});
    return std::make_shared<AudioLevelsBoard>(info, -14);
}

AudioLevels run(AudioMixer &mixer, AudioLevelsBoard &board, int frames, const float **last = nullptr)
{
    const float *pcm = nullptr;
    for (int i = 0; i < frames; ++i)
        mixer.render(i, &pcm);
    if (last)
        *last = pcm;
    return board.take();
}
}  // namespace

class TestProgrammeMixer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void faderSetsTheLevelAndMuteLeavesTheSum()
    {
        std::vector<MixerChannel> channels{channel(QStringLiteral("mic"), -12, -6),
                                           channel(QStringLiteral("desktop"), -10, 0, true)};
        auto board = boardFor(channels);
        AudioMixer mixer({48000, 2, 30, channels, true, board});
        const AudioLevels levels = run(mixer, *board, 60);
        QCOMPARE(levels.channels.size(), 2);
        const ChannelLevels &mic = levels.channels[0];
        QCOMPARE(mic.name, QStringLiteral("mic"));
        QVERIFY2(std::abs(mic.peakDbfs - (-18)) < 0.1, qPrintable(QString::number(mic.peakDbfs)));
        QCOMPARE(mic.faderDb, -6.0);
        // The muted channel still shows what it carries...
        const ChannelLevels &desktop = levels.channels[1];
        QVERIFY(desktop.muted);
        QVERIFY2(std::abs(desktop.peakDbfs - (-10)) < 0.1, qPrintable(QString::number(desktop.peakDbfs)));
        // ...but the programme is the microphone alone.
        QVERIFY2(std::abs(levels.programme.peakDbfs - (-18)) < 0.1, qPrintable(QString::number(levels.programme.peakDbfs)));
        // Dual-mono 1 kHz: loudness ≈ peak level.
        QVERIFY2(std::abs(levels.programme.lufsMomentary - (-18)) < 0.5,
                 qPrintable(QString::number(levels.programme.lufsMomentary)));
        QCOMPARE(levels.programme.limiterReductionDb, 0.0);
    }

    void controlsChangeWhileRunning()
    {
        std::vector<MixerChannel> channels{channel(QStringLiteral("mic"), -12)};
        auto board = boardFor(channels);
        AudioMixer mixer({48000, 2, 30, channels, true, board});
        run(mixer, *board, 10);
        channels[0].control->muted = true;  // the same control the mixer holds
        run(mixer, *board, 2);               // the fade across one frame, then the limiter's 2 ms
        const AudioLevels muted = run(mixer, *board, 10);
        QVERIFY(muted.channels[0].muted);
        QCOMPARE(muted.programme.peakDbfs, kSilenceDb);
        channels[0].control->muted = false;
        channels[0].control->faderDb = kSilenceDb;
        run(mixer, *board, 2);
        QCOMPARE(run(mixer, *board, 10).programme.peakDbfs, kSilenceDb);
    }

    // Two loud channels add up past full scale: the limiter keeps the sum under the ceiling.
    void limiterKeepsTheSumUnderTheCeiling()
    {
        std::vector<MixerChannel> channels{channel(QStringLiteral("a"), -2), channel(QStringLiteral("b"), -2)};
        auto board = boardFor(channels);
        AudioMixer mixer({48000, 2, 30, channels, true, board});
        const AudioLevels levels = run(mixer, *board, 90);
        qInfo("sum of two -2 dBFS sines: peak %.2f dBFS, true peak %.2f dBTP, limiter %.1f dB",
              levels.programme.peakDbfs, levels.programme.truePeakDbtp, levels.programme.limiterReductionDb);
        QVERIFY2(levels.programme.truePeakDbtp <= -1.0, qPrintable(QString::number(levels.programme.truePeakDbtp)));
        QVERIFY(levels.programme.limiterReductionDb < -3);
    }

    // A fader move or a mute is a ramp across the frame, not a step (no zipper noise, no
    // click): the first frame after muting fades out sample by sample.
    void muteFadesAcrossAFrame()
    {
        std::vector<MixerChannel> channels{channel(QStringLiteral("mic"), -6)};
        AudioMixer mixer({48000, 2, 30, channels, false, nullptr});
        const float *pcm = nullptr;
        mixer.render(0, &pcm);
        channels[0].control->muted = true;
        const int n = mixer.render(1, &pcm);
        auto peakOf = [&](int from, int to) {
            float peak = 0;
            for (int i = from * 2; i < to * 2; ++i)
                peak = std::max(peak, std::fabs(pcm[i]));
            return peak;
        };
        const float first = peakOf(0, n / 4);
        const float middle = peakOf(n / 2 - 50, n / 2 + 50);
        const float last = peakOf(n - 50, n);
        QVERIFY2(first > 0.3f && middle > 0.1f && middle < first && last < 0.02f,
                 qPrintable(QStringLiteral("%1 %2 %3").arg(first).arg(middle).arg(last)));
    }

    // Garbage from a source (NaN, infinity) never reaches the programme.
    void nonFiniteSamplesAreSilenced()
    {
        class Broken final : public AudioInput
        {
        public:
            void mixInto(float *out, int frames, int channels) override
            {
                for (int i = 0; i < frames * channels; ++i)
                    out[i] += (i % 3 == 0) ? std::numeric_limits<float>::quiet_NaN() : std::numeric_limits<float>::infinity();
            }
        };
        std::vector<MixerChannel> channels{{QStringLiteral("bad"), ChannelKind::Browser, std::make_shared<Broken>()}};
        auto board = boardFor(channels);
        AudioMixer mixer({48000, 2, 30, channels, true, board});
        const float *pcm = nullptr;
        for (int f = 0; f < 30; ++f) {
            const int n = mixer.render(f, &pcm);
            for (int i = 0; i < n * 2; ++i)
                QVERIFY(std::isfinite(pcm[i]) && pcm[i] == 0.0f);
        }
        const AudioLevels levels = board->take();
        QCOMPARE(levels.programme.peakDbfs, kSilenceDb);
        QVERIFY(std::isfinite(levels.programme.lufsMomentary));
    }

    // A fader set to NaN (any thread may set it) is silence, not +20 dB.
    void nanFaderIsSilence()
    {
        std::vector<MixerChannel> channels{channel(QStringLiteral("mic"), -6)};
        channels[0].control->faderDb = std::numeric_limits<double>::quiet_NaN();
        auto board = boardFor(channels);
        AudioMixer mixer({48000, 2, 30, channels, false, board});
        const AudioLevels levels = run(mixer, *board, 3);
        QCOMPARE(levels.programme.peakDbfs, kSilenceDb);
    }

    void toneChannelPlaysTheGenerator()
    {
        std::vector<MixerChannel> channels{{QStringLiteral("tone"), ChannelKind::Tone, nullptr}};
        auto board = boardFor(channels);
        AudioMixer mixer({44100, 2, 30, channels, false, board});
        AudioGenerator generator(44100, 2, 30, AudioGenerator::Programme::SoftTone);
        const float *a = nullptr;
        const float *b = nullptr;
        const int n = mixer.render(7, &a);
        QCOMPARE(generator.render(7, &b), n);
        for (int i = 0; i < n * 2; ++i)
            QCOMPARE(a[i], b[i]);
        QCOMPARE(board->take().channels.first().kind, ChannelKind::Tone);
    }

    // The tone goes through its filters and sync offset like any channel: +6 dB of gain doubles
    // it, and a 100 ms offset shifts it by exactly 4410 samples.
    void toneTakesFiltersAndOffset()
    {
        std::vector<MixerChannel> plain{{QStringLiteral("tone"), ChannelKind::Tone, nullptr}};
        std::vector<MixerChannel> shaped{{QStringLiteral("tone"), ChannelKind::Tone, nullptr}};
        shaped[0].control->filters.gainDb = 20 * std::log10(2.0);
        shaped[0].control->syncOffsetMs = 100;
        AudioMixer a({44100, 2, 30, plain, false, nullptr});
        AudioMixer b({44100, 2, 30, shaped, false, nullptr});
        std::vector<float> left;
        std::vector<float> shifted;
        for (int i = 0; i < 10; ++i) {
            const float *pa = nullptr;
            const float *pb = nullptr;
            const int n = a.render(i, &pa);
            b.render(i, &pb);
            for (int s = 0; s < n; ++s) {
                left.push_back(pa[2 * s]);
                shifted.push_back(pb[2 * s]);
            }
        }
        QCOMPARE(shifted[100], 0.0f);  // the first 100 ms: nothing yet
        for (size_t s = 5000; s < 8000; s += 97)
            QVERIFY2(std::abs(shifted[s] - 2 * left[s - 4410]) < 1e-4f, qPrintable(QString::number(s)));
    }
};

QTEST_GUILESS_MAIN(TestProgrammeMixer)
#include "tst_programmemixer.moc"
