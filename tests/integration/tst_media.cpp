// SPDX-License-Identifier: GPL-2.0-or-later
// Media layers (--media): a clip with a white flash and a 1 kHz beep at the same instant, once a
// second, is played and streamed to a real nginx-rtmp; in what the server receives every beep
// starts within one frame of its flash, for the whole run (no drift, loops included), and a
// sync offset moves the sound by exactly that much. Files without audio or without video,
// corrupt files and a frame rate other than the output's are handled as a creator expects.
#include "avsyncprobe.h"
#include "nginxrtmpserver.h"
#include "statslog.h"
#include "studioprocess.h"
#include "studiotestargs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace vida3::testsupport;
using namespace vida3::integration;

namespace {
constexpr double kFrame = 1.0 / 30;  // the output's frame: the sync tolerance

QString describe(const QList<double> &values)
{
    QStringList parts;
    for (double v : values)
        parts.append(QString::number(v * 1000, 'f', 0));
    return parts.join(u' ') + QStringLiteral(" ms");
}

}  // namespace

class TestMedia : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_clip;  // 6 s, 30 fps, flash + beep each second

    QString file(const QString &name) const { return m_dir.filePath(name); }

    // Streams the clip (looping) for `seconds` with extra arguments; returns the received FLV.
    QString streamClip(int seconds, const QStringList &extra, QString *statsPath = nullptr)
    {
        NginxRtmpServer server;
        if (!server.start()) {
            qWarning("%s", qPrintable(server.lastError()));
            return {};
        }
        StudioProcess studio(studioBinary());
        studio.setEnv(keyEnvName(), uniqueStreamKey());
        const QString stats = studio.workFile(QStringLiteral("stats.jsonl"));
        if (!studio.start(headlessStreamArgs(server.ingestUrl(), seconds)
                          << QStringLiteral("--no-tone") << QStringLiteral("--media") << m_clip << QStringLiteral("--loop")
                          << QStringLiteral("--stats") << stats << extra))
            return {};
        if (!studio.waitForExit((seconds + 30) * 1000) || studio.exitCode() != 0) {
            qWarning("studio: %s", qPrintable(studio.output()));
            return {};
        }
        server.stop();
        const QStringList recordings = server.recordings();
        if (recordings.size() != 1)
            return {};
        const QString kept = file(QStringLiteral("received-%1.flv").arg(QDateTime::currentMSecsSinceEpoch()));
        QFile::copy(recordings.first(), kept);
        if (statsPath) {
            *statsPath = file(QStringLiteral("stats-%1.jsonl").arg(QDateTime::currentMSecsSinceEpoch()));
            QFile::copy(stats, *statsPath);
        }
        return kept;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = missingPrerequisite(); !why.isEmpty())
            QFAIL(qPrintable(QStringLiteral("prerequisite missing (./test.sh installs it): ") + why));
        QVERIFY(m_dir.isValid());
        m_clip = file(QStringLiteral("flash-beep.mp4"));
        QVERIFY(AvSyncProbe::makeFlashBeepClip(m_clip, 6, 30));
        // The fixture itself is in sync, or nothing below means anything.
        const QList<double> own = AvSyncProbe::offsets(AvSyncProbe::flashTimes(m_clip), AvSyncProbe::beepOnsets(m_clip));
        QVERIFY2(own.size() == 6, qPrintable(describe(own)));
        for (double d : own)
            QVERIFY2(std::abs(d) <= 0.005, qPrintable(describe(own)));
    }

    // 24 s of a looping 6 s clip, streamed: every flash arrives, each beep within ±1 frame of
    // it, and the offsets do not wander (the first and last agree within a frame).
    void beepsStayOnTheirFlashesThroughTheStream()
    {
        QString stats;
        const QString received = streamClip(24, {}, &stats);
        QVERIFY(!received.isEmpty());
        const QList<double> flashes = AvSyncProbe::flashTimes(received);
        const QList<double> beeps = AvSyncProbe::beepOnsets(received);
        const QList<double> offsets = AvSyncProbe::offsets(flashes, beeps);
        qInfo("flashes %lld, beeps %lld, offsets %s", static_cast<long long>(flashes.size()),
              static_cast<long long>(beeps.size()), qPrintable(describe(offsets)));
        QVERIFY2(flashes.size() >= 22, qPrintable(QString::number(flashes.size())));  // a loop shows no gap
        QVERIFY2(offsets.size() == flashes.size(), qPrintable(describe(offsets)));
        for (double d : offsets)
            QVERIFY2(std::abs(d) <= kFrame, qPrintable(describe(offsets)));
        const auto [lo, hi] = std::minmax_element(offsets.begin(), offsets.end());
        QVERIFY2(*hi - *lo <= kFrame, qPrintable(describe(offsets)));
        // The flashes themselves come once a second on the output's clock.
        for (qsizetype i = 1; i < flashes.size(); ++i)
            QVERIFY2(std::abs(flashes[i] - flashes[i - 1] - 1.0) <= kFrame + 0.002, qPrintable(describe(flashes)));

        // The mixer shows the file's sound as channel "media".
        const QList<QJsonObject> lines = StatsLog::read(stats).lines();
        QVERIFY(lines.size() >= 10);
        const QJsonObject line = lines[lines.size() / 2];
        const QJsonObject media = StatsLog::channel(line, QStringLiteral("media"));
        QVERIFY2(media.value(QStringLiteral("kind")).toString() == u"media", QJsonDocument(line).toJson().constData());
        QCOMPARE(media.value(QStringLiteral("state")).toString(), QStringLiteral("playing"));
        QVERIFY2(media.value(QStringLiteral("peak_dbfs")).toDouble() > -15, QJsonDocument(media).toJson().constData());
    }

    // --mixer media=0,offset=200: every beep 200 ± 33 ms after its flash.
    void syncOffsetDelaysTheSound()
    {
        const QString received = streamClip(12, {QStringLiteral("--mixer"), QStringLiteral("media=0,offset=200")});
        QVERIFY(!received.isEmpty());
        const QList<double> offsets =
            AvSyncProbe::offsets(AvSyncProbe::flashTimes(received), AvSyncProbe::beepOnsets(received));
        qInfo("offsets %s", qPrintable(describe(offsets)));
        QVERIFY2(offsets.size() >= 10, qPrintable(describe(offsets)));
        for (double d : offsets)
            QVERIFY2(std::abs(d - 0.2) <= kFrame, qPrintable(describe(offsets)));
    }

    // A 25 fps file on a 30 fps output: pictures repeat where they must, sync holds.
    void otherFrameRateStaysInSync()
    {
        const QString clip = file(QStringLiteral("clip25.mp4"));
        QVERIFY(AvSyncProbe::makeFlashBeepClip(clip, 8, 25));
        StudioProcess studio(studioBinary());
        const QString out = studio.workFile(QStringLiteral("out25.mkv"));
        QVERIFY(studio.start({QStringLiteral("--headless"), QStringLiteral("--no-tone"), QStringLiteral("--media"), clip,
                              QStringLiteral("--record"), out, QStringLiteral("--duration"), QStringLiteral("8")}));
        QVERIFY(studio.waitForExit(40000));
        QVERIFY2(studio.exitCode() == 0, qPrintable(studio.output()));
        const QList<double> flashes = AvSyncProbe::flashTimes(out);
        const QList<double> offsets = AvSyncProbe::offsets(flashes, AvSyncProbe::beepOnsets(out));
        qInfo("25 fps: flashes %lld, offsets %s", static_cast<long long>(flashes.size()), qPrintable(describe(offsets)));
        QVERIFY2(flashes.size() >= 7, qPrintable(describe(flashes)));
        QCOMPARE(offsets.size(), flashes.size());
        for (double d : offsets)
            QVERIFY2(std::abs(d) <= kFrame, qPrintable(describe(offsets)));
    }

    // Video only: pictures, no "media" channel. Audio only: the beeps, and a "media" channel.
    void fileWithOnlyOneKindOfStream()
    {
        const QString silent = file(QStringLiteral("video-only.mp4"));
        const QString sound = file(QStringLiteral("audio-only.m4a"));
        QVERIFY(AvSyncProbe::makeFlashBeepClip(silent, 4, 30, true, false));
        QVERIFY(AvSyncProbe::makeFlashBeepClip(sound, 4, 30, false, true));
        for (const QString &clip : {silent, sound}) {
            StudioProcess studio(studioBinary());
            const QString out = studio.workFile(QStringLiteral("out.mkv"));
            const QString stats = studio.workFile(QStringLiteral("stats.jsonl"));
            QVERIFY(studio.start({QStringLiteral("--headless"), QStringLiteral("--no-tone"), QStringLiteral("--media"), clip,
                                  QStringLiteral("--record"), out, QStringLiteral("--duration"), QStringLiteral("4"),
                                  QStringLiteral("--stats"), stats}));
            QVERIFY(studio.waitForExit(30000));
            QVERIFY2(studio.exitCode() == 0, qPrintable(studio.output()));
            const QList<QJsonObject> lines = StatsLog::read(stats).lines();
            QVERIFY(!lines.isEmpty());
            const bool hasChannel = !StatsLog::channel(lines.last(), QStringLiteral("media")).isEmpty();
            if (clip == silent) {
                QVERIFY2(AvSyncProbe::flashTimes(out).size() >= 3, "the video-only file's pictures are missing");
                QVERIFY2(AvSyncProbe::beepOnsets(out).isEmpty(), "sound from a file without audio");
                QVERIFY2(!hasChannel, "a mixer channel for a file without audio");
            } else {
                QVERIFY2(AvSyncProbe::beepOnsets(out).size() >= 3, "the audio-only file is not heard");
                QVERIFY2(hasChannel, "no mixer channel for the audio-only file");
            }
        }
    }

    // Garbage, a truncated file and a missing file: exit code 2 naming the file, no crash.
    void brokenFilesAreRefusedByName()
    {
        const QString garbage = file(QStringLiteral("garbage.mp4"));
        QVERIFY(AvSyncProbe::writeGarbage(garbage, 200000));
        const QString truncated = file(QStringLiteral("truncated.mp4"));
        {
            QFile in(m_clip);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QFile out(truncated);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(in.read(2000));  // the header, cut before the sample tables
        }
        for (const QString &broken : {garbage, truncated, file(QStringLiteral("missing.mp4"))}) {
            StudioProcess studio(studioBinary());
            QVERIFY(studio.start({QStringLiteral("--headless"), QStringLiteral("--media"), broken, QStringLiteral("--record"),
                                  studio.workFile(QStringLiteral("x.mkv")), QStringLiteral("--duration"), QStringLiteral("2")}));
            QVERIFY(studio.waitForExit(20000));
            QVERIFY2(studio.exitCode() == 2, qPrintable(QStringLiteral("%1: exit %2: %3").arg(broken).arg(studio.exitCode()).arg(studio.output())));
            QVERIFY2(studio.stdErr().contains(QFileInfo(broken).fileName().toUtf8()), studio.stdErr().constData());
        }
    }

    // A media channel may be heard early; a live one may not.
    void negativeOffsetOnlyForMedia()
    {
        StudioProcess studio(studioBinary());
        QVERIFY(studio.start({QStringLiteral("--headless"), QStringLiteral("--media"), m_clip, QStringLiteral("--mixer"),
                              QStringLiteral("tone=0,offset=-100"), QStringLiteral("--record"),
                              studio.workFile(QStringLiteral("x.mkv")), QStringLiteral("--duration"), QStringLiteral("1")}));
        QVERIFY(studio.waitForExit(20000));
        QCOMPARE(studio.exitCode(), 2);
        QVERIFY2(studio.stdErr().contains("cannot be heard before"), studio.stdErr().constData());
    }
};

QTEST_GUILESS_MAIN(TestMedia)
#include "tst_media.moc"
