// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/audio/pcmring.h"
#include "studio/relay/audiodecoder.h"
#include "studio/session/audioinput.h"
#include "studio/session/audiomixer.h"

#include <QTest>

#include <cmath>

using namespace vida3::studio;

namespace {
class ConstantInput final : public AudioInput
{
public:
    explicit ConstantInput(float value) : m_value(value) {}
    void mixInto(float *out, int frames, int channels) override
    {
        for (int i = 0; i < frames * channels; ++i)
            out[i] += m_value;
    }

private:
    float m_value;
};

// The plain sum, without the limiter (tests/audio covers it).
AudioMixer::Options unlimited(int rate, std::vector<audio::MixerChannel> inputs)
{
    return {rate, 2, 30, std::move(inputs), false, nullptr};
}
}  // namespace

class TestAudioMixer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mixesAndClips_data()
    {
        QTest::addColumn<float>("input");
        QTest::addColumn<float>("expected");
        QTest::newRow("adds") << 0.25f << 0.25f;
        QTest::newRow("clips high") << 3.0f << 1.0f;
        QTest::newRow("clips low") << -3.0f << -1.0f;
    }
    void mixesAndClips()
    {
        QFETCH(float, input);
        QFETCH(float, expected);
        AudioMixer mixer(unlimited(48000, {{QStringLiteral("in"), audio::ChannelKind::Browser,
                                             std::make_shared<ConstantInput>(input)}}));
        const float *pcm = nullptr;
        QCOMPARE(mixer.render(0, &pcm), 1600);
        for (int i = 0; i < 3200; ++i)
            QCOMPARE(pcm[i], expected);
    }

    void withoutInputItIsTheGenerator()
    {
        AudioMixer mixer(unlimited(44100, {{QStringLiteral("tone"), audio::ChannelKind::Tone, nullptr}}));
        AudioGenerator generator(44100, 2, 30, AudioGenerator::Programme::SoftTone);
        const float *a = nullptr;
        const float *b = nullptr;
        const int n = mixer.render(5, &a);
        QCOMPARE(generator.render(5, &b), n);
        for (int i = 0; i < n * 2; ++i)
            QCOMPARE(a[i], b[i]);
    }

    void ringPrebuffersAndBoundsLatency()
    {
        audio::PcmRing ring(1, 1000, 100, 300);
        std::vector<float> in(50, 1.0f);
        std::vector<float> out(50, 0.0f);
        ring.write(in.data(), 50);
        QCOMPARE(ring.mixInto(out.data(), 50), 0);  // below the prebuffer
        ring.write(in.data(), 50);
        QCOMPARE(ring.mixInto(out.data(), 50), 50);
        QCOMPARE(out[0], 1.0f);
        for (int i = 0; i < 20; ++i)
            ring.write(in.data(), 50);  // 1000 frames: more than the latency bound
        ring.mixInto(out.data(), 50);
        QVERIFY(ring.bufferedFrames() <= 300);
    }

    void pcmIsResampledToTheOutputRate()
    {
        audio::PcmRing ring(2, 48000, 0, 48000);
        relay::AudioDecoder decoder(48000, 2);
        relay::MediaHeader h;
        h.kind = relay::MediaKind::Audio;
        h.codec = relay::MediaCodec::PcmS16;
        h.sampleRate = 44100;
        h.channels = 1;
        QByteArray pcm(4410 * 2, '\0');
        int total = 0;
        for (int i = 0; i < 10; ++i) {
            auto added = decoder.decode(h, pcm, ring);
            QVERIFY(added);
            total += *added;
        }
        // 0.1 s x 10 at 44.1 kHz becomes about 1 s at 48 kHz (minus the filter's delay).
        QVERIFY2(std::abs(total - 48000) < 100, qPrintable(QString::number(total)));
    }
};

QTEST_GUILESS_MAIN(TestAudioMixer)
#include "tst_audiomixer.moc"
