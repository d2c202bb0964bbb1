// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/session/audiogenerator.h"

#include <QTest>

#include <cmath>

using vida3::studio::AudioGenerator;

class TestAudioGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 44.1 kHz does not divide by 30 fps: frames carry 1470 samples each, and a second of
    // frames carries exactly a second of samples, so audio never drifts from video.
    void samplesPerSecondAreExact_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("fps");
        QTest::newRow("44.1k/30") << 44100 << 30;
        QTest::newRow("48k/30") << 48000 << 30;
        QTest::newRow("44.1k/60") << 44100 << 60;
        QTest::newRow("48k/24") << 48000 << 24;
        QTest::newRow("44.1k/25") << 44100 << 25;
    }
    void samplesPerSecondAreExact()
    {
        QFETCH(int, rate);
        QFETCH(int, fps);
        AudioGenerator gen(rate, 2, fps, AudioGenerator::Programme::Silence);
        int64_t total = 0;
        for (int64_t i = 0; i < fps * 10; ++i) {
            const float *pcm = nullptr;
            const int n = gen.render(i, &pcm);
            QVERIFY(n <= gen.maxSamplesPerFrame());
            total += n;
        }
        QCOMPARE(total, int64_t{rate} * 10);
    }

    void softToneIsQuietButPresent()
    {
        AudioGenerator gen(48000, 2, 30, AudioGenerator::Programme::SoftTone);
        double peak = 0;
        for (int64_t i = 0; i < 30; ++i) {
            const float *pcm = nullptr;
            const int n = gen.render(i, &pcm);
            for (int s = 0; s < n * 2; ++s)
                peak = std::max(peak, std::abs(double(pcm[s])));
        }
        QVERIFY(peak > 0.01);  // audible
        QVERIFY(peak < 0.1);   // and soft: about -30 dBFS or below
    }

    void silenceIsSilent()
    {
        AudioGenerator gen(44100, 2, 30, AudioGenerator::Programme::Silence);
        const float *pcm = nullptr;
        const int n = gen.render(7, &pcm);
        for (int s = 0; s < n * 2; ++s)
            QCOMPARE(pcm[s], 0.0f);
    }
};

QTEST_GUILESS_MAIN(TestAudioGenerator)
#include "tst_audiogenerator.moc"
