// SPDX-License-Identifier: GPL-2.0-or-later
// Microphones and desktop audio from a real (private) PulseAudio server: a known tone played
// into it reaches the recording and the RTMP stream at the level the fader sets; mute gives
// silence while the meter still shows the voice; --list-devices names the devices; a device
// that does not exist is refused by name with exit code 2.
#include "nginxrtmpserver.h"
#include "processtools.h"
#include "pulseserver.h"
#include "statslog.h"
#include "studioprocess.h"
#include "studiotestargs.h"
#include "survivalchecks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <functional>

using namespace vida3::testsupport;
using namespace vida3::integration;

namespace {
constexpr double kToneDbfs = -18;  // what the "microphone" carries

struct Volume
{
    double maxDb = 0;
    double meanDb = 0;
    bool ok = false;
};

// The audio's levels from ffmpeg's volumedetect, after the first seconds (the start-up); side
// 0 or 1 measures only the left or the right channel.
Volume volumeOf(const QString &file, double fromS, int side = -1)
{
    const QString filter = side < 0 ? QStringLiteral("volumedetect") : QStringLiteral("pan=mono|c0=c%1,volumedetect").arg(side);
    const ToolResult r = runTool(QStringLiteral("ffmpeg"),
                                 {QStringLiteral("-hide_banner"), QStringLiteral("-nostats"), QStringLiteral("-ss"),
                                  QString::number(fromS), QStringLiteral("-i"), file, QStringLiteral("-vn"),
                                  QStringLiteral("-af"), filter, QStringLiteral("-f"),
                                  QStringLiteral("null"), QStringLiteral("-")},
                                 60000);
    const QString text = QString::fromUtf8(r.stdErr);
    static const QRegularExpression maxRe(QStringLiteral("max_volume: (-?[0-9.]+|-inf) dB"));
    static const QRegularExpression meanRe(QStringLiteral("mean_volume: (-?[0-9.]+|-inf) dB"));
    const auto max = maxRe.match(text);
    const auto mean = meanRe.match(text);
    Volume v;
    v.ok = r.exitCode == 0 && max.hasMatch() && mean.hasMatch();
    auto db = [](const QString &s) { return s == u"-inf" ? -200.0 : s.toDouble(); };
    if (v.ok) {
        v.maxDb = db(max.captured(1));
        v.meanDb = db(mean.captured(1));
    }
    return v;
}

}  // namespace

class TestMicrophone : public QObject
{
    Q_OBJECT

private:
    PulseServer m_pulse;
    QString m_tone;

    void prepare(StudioProcess &studio)
    {
        studio.setEnv(QStringLiteral("PULSE_SERVER"), m_pulse.address());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = missingPrerequisite(); !why.isEmpty())
            QFAIL(qPrintable(QStringLiteral("prerequisite missing (./test.sh installs it): ") + why));
        if (const QString why = PulseServer::unavailableReason(); !why.isEmpty())
            QFAIL(qPrintable(QStringLiteral("prerequisite missing (./test.sh installs it): ") + why));
        QVERIFY2(m_pulse.start(), qPrintable(m_pulse.lastError()));
        m_tone = QDir(QDir::tempPath()).filePath(QStringLiteral("vida3-tone-%1.raw").arg(QCoreApplication::applicationPid()));
        QVERIFY(PulseServer::writeSine(m_tone, 1000, kToneDbfs, 120));
        QVERIFY(m_pulse.play(m_tone));  // plays through the whole test case
    }

    void cleanupTestCase() { QFile::remove(m_tone); }

    void listDevicesNamesTheTestDevices()
    {
        StudioProcess studio(studioBinary());
        prepare(studio);
        QVERIFY(studio.start({QStringLiteral("--list-devices"), QStringLiteral("--log-format"), QStringLiteral("json")}));
        QVERIFY(studio.waitForExit(20000));
        QCOMPARE(studio.exitCode(), 0);
        const QJsonObject list = QJsonDocument::fromJson(studio.stdOut()).object();
        QStringList inputs, monitors;
        for (const QJsonValue &d : list.value(QStringLiteral("audio_inputs")).toArray())
            inputs.append(d.toObject().value(QStringLiteral("id")).toString());
        for (const QJsonValue &d : list.value(QStringLiteral("desktop_audio")).toArray())
            monitors.append(d.toObject().value(QStringLiteral("id")).toString());
        QVERIFY2(inputs.contains(QStringLiteral("ci_mic")), studio.stdOut().constData());
        QVERIFY2(monitors.contains(QStringLiteral("ci_sink.monitor")), studio.stdOut().constData());
        QVERIFY2(!inputs.contains(QStringLiteral("ci_sink.monitor")), "a monitor is listed as a microphone");
    }

    void unknownDeviceIsRefusedByName()
    {
        StudioProcess studio(studioBinary());
        prepare(studio);
        QVERIFY(studio.start({QStringLiteral("--headless"), QStringLiteral("--audio-input"), QStringLiteral("Studio Mic X"),
                              QStringLiteral("--record"), studio.workFile(QStringLiteral("x.mkv")),
                              QStringLiteral("--duration"), QStringLiteral("2")}));
        QVERIFY(studio.waitForExit(20000));
        QCOMPARE(studio.exitCode(), 2);
        QVERIFY2(studio.stdErr().contains("Studio Mic X"), studio.stdErr().constData());
    }

    // The tone through ci_mic at fader −6 dB: −24 dBFS in the stream nginx receives (AAC,
    // ±1 dB), the same on the meter, and the programme's loudness beside it.
    void microphoneReachesTheStreamAtTheFaderLevel()
    {
        NginxRtmpServer server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        StudioProcess studio(studioBinary());
        prepare(studio);
        studio.setEnv(keyEnvName(), QStringLiteral("mic"));
        const QString stats = studio.workFile(QStringLiteral("stats.jsonl"));
        QVERIFY(studio.start(headlessStreamArgs(server.ingestUrl(), 8)
                             << QStringLiteral("--no-tone") << QStringLiteral("--audio-input") << QStringLiteral("ci_mic")
                             << QStringLiteral("--mixer") << QStringLiteral("mic=-6") << QStringLiteral("--stats") << stats));
        QVERIFY2(studio.waitForExit(40000), "studio did not stop after --duration");
        QVERIFY2(studio.exitCode() == 0, qPrintable(studio.output()));
        QVERIFY(server.stop());
        const QStringList recordings = server.recordings();
        QVERIFY2(recordings.size() == 1, qPrintable(server.errorLog()));
        const Volume v = volumeOf(recordings.first(), 2);
        qInfo("received: max %.1f dB, mean %.1f dB (expected max %.1f)", v.maxDb, v.meanDb, kToneDbfs - 6);
        QVERIFY(v.ok);
        QVERIFY2(std::abs(v.maxDb - (kToneDbfs - 6)) <= 1.0, qPrintable(QString::number(v.maxDb)));
        QVERIFY2(std::abs(v.meanDb - (kToneDbfs - 6 - 3)) <= 1.0, qPrintable(QString::number(v.meanDb)));  // sine: RMS = peak − 3 dB

        const QList<QJsonObject> lines = StatsLog::read(stats).lines();
        QVERIFY(lines.size() >= 5);
        const QJsonObject late = lines[lines.size() - 2];
        const QJsonObject mic = StatsLog::channel(late, QStringLiteral("mic"));
        QCOMPARE(mic.value(QStringLiteral("kind")).toString(), QStringLiteral("microphone"));
        QCOMPARE(mic.value(QStringLiteral("state")).toString(), QStringLiteral("live"));
        QCOMPARE(mic.value(QStringLiteral("fader_db")).toDouble(), -6.0);
        QVERIFY2(std::abs(mic.value(QStringLiteral("peak_dbfs")).toDouble() - (kToneDbfs - 6)) <= 0.5,
                 QJsonDocument(late).toJson().constData());
        const QJsonObject programme = late.value(QStringLiteral("audio")).toObject().value(QStringLiteral("programme")).toObject();
        // Dual-mono 1 kHz: loudness ≈ its peak level.
        QVERIFY2(std::abs(programme.value(QStringLiteral("lufs_short_term")).toDouble() - (kToneDbfs - 6)) <= 1.0,
                 QJsonDocument(programme).toJson().constData());
        QVERIFY(StatsLog::channel(late, QStringLiteral("tone")).isEmpty());  // --no-tone
    }

    // Filters on the microphone, as a listener hears them: a gate whose threshold the −18 dBFS
    // voice never reaches keeps it silent; gain +6 dB with the balance hard right puts the voice
    // on the right side only, 6 dB louder; --stats lists the filters.
    void filtersShapeWhatIsSent()
    {
        struct Case
        {
            QString filters;
            double leftMaxDb;
            double rightMaxDb;
        };
        const QList<Case> cases{{QStringLiteral("mic=gate:-10:-12"), -80, -80},
                                {QStringLiteral("mic=gain:6,balance:1"), -80, kToneDbfs + 6}};
        for (const Case &c : cases) {
            StudioProcess studio(studioBinary());
            prepare(studio);
            const QString recording = studio.workFile(QStringLiteral("filtered.mkv"));
            const QString stats = studio.workFile(QStringLiteral("stats.jsonl"));
            QVERIFY(studio.start({QStringLiteral("--headless"), QStringLiteral("--no-tone"), QStringLiteral("--audio-input"),
                                  QStringLiteral("ci_mic"), QStringLiteral("--filter"), c.filters, QStringLiteral("--record"),
                                  recording, QStringLiteral("--duration"), QStringLiteral("5"), QStringLiteral("--stats"), stats}));
            QVERIFY2(studio.waitForExit(30000), "studio did not stop after --duration");
            QVERIFY2(studio.exitCode() == 0, qPrintable(studio.output()));
            const Volume left = volumeOf(recording, 2, 0);
            const Volume right = volumeOf(recording, 2, 1);
            qInfo("%s: left max %.1f dB, right max %.1f dB", qPrintable(c.filters), left.maxDb, right.maxDb);
            QVERIFY(left.ok && right.ok);
            if (c.leftMaxDb <= -80)
                QVERIFY2(left.maxDb <= -80, qPrintable(QString::number(left.maxDb)));
            if (c.rightMaxDb <= -80)
                QVERIFY2(right.maxDb <= -80, qPrintable(QString::number(right.maxDb)));
            else
                QVERIFY2(std::abs(right.maxDb - c.rightMaxDb) <= 1.0, qPrintable(QString::number(right.maxDb)));
            const QList<QJsonObject> lines = StatsLog::read(stats).lines();
            QVERIFY(!lines.isEmpty());
            const QJsonArray active = StatsLog::channel(lines.last(), QStringLiteral("mic")).value(QStringLiteral("filters")).toArray();
            QVERIFY2(!active.isEmpty(), QJsonDocument(lines.last()).toJson().constData());
        }
    }

    void mutedMicrophoneIsSilentButMetered()
    {
        StudioProcess studio(studioBinary());
        prepare(studio);
        const QString stats = studio.workFile(QStringLiteral("stats.jsonl"));
        const QString recording = studio.workFile(QStringLiteral("muted.mkv"));
        QVERIFY(studio.start({QStringLiteral("--headless"), QStringLiteral("--no-tone"), QStringLiteral("--audio-input"),
                              QStringLiteral("ci_mic"), QStringLiteral("--mixer"), QStringLiteral("mic=0,mute"),
                              QStringLiteral("--record"), recording, QStringLiteral("--duration"), QStringLiteral("5"),
                              QStringLiteral("--stats"), stats}));
        QVERIFY2(studio.waitForExit(30000), "studio did not stop after --duration");
        QVERIFY2(studio.exitCode() == 0, qPrintable(studio.output()));
        const Volume v = volumeOf(recording, 1);
        qInfo("muted recording: max %.1f dB", v.maxDb);
        QVERIFY(v.ok);
        QVERIFY2(v.maxDb <= -80, qPrintable(QString::number(v.maxDb)));
        const QList<QJsonObject> lines = StatsLog::read(stats).lines();
        QVERIFY(lines.size() >= 3);
        // The creator is told, while recording: a muted microphone with a voice on it. The
        // meter shows that voice (after the fader) although nothing of it is sent.
        QStringList seen;
        bool warned = false;
        bool metered = false;
        for (const QJsonObject &line : lines) {
            const QJsonObject mic = StatsLog::channel(line, QStringLiteral("mic"));
            QVERIFY(mic.value(QStringLiteral("muted")).toBool());
            warned = warned || mic.value(QStringLiteral("warning")).toString() == u"muted_with_signal";
            metered = metered || std::abs(mic.value(QStringLiteral("peak_dbfs")).toDouble() - kToneDbfs) <= 0.5;
            seen.append(QString::fromUtf8(QJsonDocument(mic).toJson(QJsonDocument::Compact)));
        }
        QVERIFY2(warned && metered, qPrintable(seen.join(u'\n')));
        QVERIFY2(studio.stdErr().contains("mic is muted but you are talking into it"), studio.stdErr().constData());
    }

    // Records 18 s from ci_mic, runs `disturb` once the microphone is heard, then checks what a creator needs:
    // the channel said it was gone (with silence, never another device), the recording went
    // on, and the same microphone came back by itself, audible in the file's last seconds.
    void survivesAnOutage(const std::function<bool()> &disturb)
    {
        StudioProcess studio(studioBinary());
        prepare(studio);
        const QString stats = studio.workFile(QStringLiteral("stats.jsonl"));
        const QString recording = studio.workFile(QStringLiteral("outage.mkv"));
        QVERIFY(studio.start({QStringLiteral("--headless"), QStringLiteral("--no-tone"), QStringLiteral("--audio-input"),
                              QStringLiteral("ci_mic"), QStringLiteral("--record"), recording, QStringLiteral("--duration"),
                              QStringLiteral("18"), QStringLiteral("--stats"), stats}));
        // Disturb only once the microphone is heard (a loaded machine starts slower).
        auto heard = [&] {
            const QList<QJsonObject> lines = StatsLog::read(stats).lines();
            return !lines.isEmpty() &&
                   std::abs(StatsLog::channel(lines.last(), QStringLiteral("mic")).value(QStringLiteral("peak_dbfs")).toDouble() -
                            kToneDbfs) <= 1.0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(heard(), 10000);
        QVERIFY2(disturb(), qPrintable(m_pulse.lastError()));
        QVERIFY2(studio.waitForExit(40000), "studio did not stop after --duration");
        QVERIFY2(studio.exitCode() == 0, qPrintable(studio.output()));
        QStringList states;
        for (const QJsonObject &line : StatsLog::read(stats).lines()) {
            const QJsonObject mic = StatsLog::channel(line, QStringLiteral("mic"));
            states.append(QStringLiteral("%1:%2").arg(mic.value(QStringLiteral("state")).toString())
                              .arg(mic.value(QStringLiteral("peak_dbfs")).toDouble()));
        }
        qInfo() << "mic state:peak per second:" << states.join(u' ');
        const qsizetype gone = states.indexOf(QRegularExpression(QStringLiteral("disconnected:-120")));
        QVERIFY2(gone > 0, qPrintable(states.join(u' ')));
        const qsizetype back = states.indexOf(QRegularExpression(QStringLiteral("live:-1[78](\\.[0-9])?")), gone);
        QVERIFY2(back > gone, qPrintable(states.join(u' ')));
        const Volume end = volumeOf(recording, 15);
        QVERIFY(end.ok);
        QVERIFY2(std::abs(end.maxDb - kToneDbfs) <= 1.0, qPrintable(QString::number(end.maxDb)));
    }

    void unpluggedMicrophoneComesBackByItself()
    {
        survivesAnOutage([this] {
            if (!m_pulse.unplugMic())
                return false;
            QTest::qWait(4000);
            return m_pulse.plugMic();
        });
    }

    // PipeWire and PulseAudio restart on updates and crashes; down for 3 s here, so the capture
    // has to try again (every 2 s) more than once.
    void soundServerRestartIsSurvived()
    {
        survivesAnOutage([this] { return m_pulse.restart(3000); });
    }

    // Desktop audio: what is played into the default output, from its monitor.
    void desktopAudioCapturesWhatIsPlayed()
    {
        StudioProcess studio(studioBinary());
        prepare(studio);
        const QString recording = studio.workFile(QStringLiteral("desktop.mkv"));
        const QString stats = studio.workFile(QStringLiteral("stats.jsonl"));
        QVERIFY(studio.start({QStringLiteral("--headless"), QStringLiteral("--no-tone"), QStringLiteral("--desktop-audio"),
                              QStringLiteral("--record"), recording, QStringLiteral("--duration"), QStringLiteral("5"),
                              QStringLiteral("--stats"), stats}));
        QVERIFY2(studio.waitForExit(30000), "studio did not stop after --duration");
        QVERIFY2(studio.exitCode() == 0, qPrintable(studio.output()));
        const Volume v = volumeOf(recording, 1.5);
        qInfo("desktop audio recording: max %.1f dB", v.maxDb);
        QVERIFY(v.ok);
        QVERIFY2(std::abs(v.maxDb - kToneDbfs) <= 1.0, qPrintable(QString::number(v.maxDb)));
        const QList<QJsonObject> lines = StatsLog::read(stats).lines();
        QVERIFY(lines.size() >= 3);
        QCOMPARE(StatsLog::channel(lines.last(), QStringLiteral("desktop")).value(QStringLiteral("kind")).toString(),
                 QStringLiteral("desktop"));
    }
};

QTEST_GUILESS_MAIN(TestMicrophone)
#include "tst_microphone.moc"
