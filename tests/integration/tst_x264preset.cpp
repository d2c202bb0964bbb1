// SPDX-License-Identifier: GPL-2.0-or-later
// --x264-preset chooses how much CPU x264 spends: the recording must have been encoded with the
// chosen preset. x264 writes its settings into the stream (an SEI message, "x264 - core ...
// options: ..."), so the file itself says which preset made it: ultrafast uses no subpixel
// refinement and the diamond motion search without CABAC, veryfast refines twice.
#include "ffprobereport.h"
#include "studioprocess.h"
#include "studiotestargs.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

using namespace vida3::testsupport;
using namespace vida3::integration;

class TestX264Preset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recordingIsEncodedWithThePreset_data();
    void recordingIsEncodedWithThePreset();
    void autoSpeedFitsTheMachine();
};

namespace {
// The options x264 wrote into the stream, e.g. "cabac=0 ref=1 ... subme=0 ...".
QString x264Options(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.read(4 * 1024 * 1024);
    const qsizetype at = bytes.indexOf("x264 - core ");
    if (at < 0)
        return {};
    const qsizetype end = bytes.indexOf('\0', at);
    return QString::fromLatin1(bytes.mid(at, end < 0 ? 2048 : end - at));
}
}  // namespace

void TestX264Preset::initTestCase()
{
    if (const QString why = StudioProcess::unavailableReason(studioBinary()); !why.isEmpty())
        QFAIL(qPrintable(QStringLiteral("prerequisite missing (./test.sh installs it): ") + why));
}

void TestX264Preset::recordingIsEncodedWithThePreset_data()
{
    QTest::addColumn<QStringList>("extraArgs");
    QTest::addColumn<QString>("subme");
    QTest::addColumn<QString>("cabac");
    QTest::addColumn<QString>("logged");
    QTest::newRow("veryfast") << QStringList{QStringLiteral("--x264-preset"), QStringLiteral("veryfast")}
                              << QStringLiteral("2") << QStringLiteral("1")
                             << QStringLiteral("x264 preset veryfast");
    QTest::newRow("ultrafast") << QStringList{QStringLiteral("--x264-preset"), QStringLiteral("ultrafast")}
                               << QStringLiteral("0") << QStringLiteral("0") << QStringLiteral("x264 preset ultrafast");
    QTest::newRow("faster") << QStringList{QStringLiteral("--x264-preset"), QStringLiteral("FASTER")}
                            << QStringLiteral("4") << QStringLiteral("1") << QStringLiteral("x264 preset faster");
}

void TestX264Preset::recordingIsEncodedWithThePreset()
{
    QFETCH(QStringList, extraArgs);
    QFETCH(QString, subme);
    QFETCH(QString, cabac);
    QFETCH(QString, logged);
    StudioProcess studio(studioBinary());
    const QString file = studio.workFile(QStringLiteral("preset.mkv"));
    QVERIFY(studio.start(QStringList{QStringLiteral("--headless"), QStringLiteral("--record"), file,
                                     QStringLiteral("--duration"), QStringLiteral("2")}
                         + extraArgs));
    QVERIFY2(studio.waitForExit(30000), "studio did not stop after --duration");
    QVERIFY2(studio.exitCode() == 0, qPrintable(studio.output()));
    QVERIFY2(studio.output().contains(logged), qPrintable(studio.output()));

    const FfprobeReport probe = FfprobeReport::probe(file);
    QVERIFY2(probe.isValid(), qPrintable(probe.summary() + studio.output()));
    QCOMPARE(probe.videoCodec(), QStringLiteral("h264"));
    const QString options = x264Options(file);
    QVERIFY2(!options.isEmpty(), "no x264 settings message in the recording");
    const auto value = [&](const QString &name) {
        const auto m = QRegularExpression(QStringLiteral("\\b%1=(\\d+)").arg(name)).match(options);
        return m.hasMatch() ? m.captured(1) : QString();
    };
    QVERIFY2(value(QStringLiteral("subme")) == subme, qPrintable(options));
    QVERIFY2(value(QStringLiteral("cabac")) == cabac, qPrintable(options));
    // The rules every preset keeps: constant bitrate (the X preset's 4000 kbps) and no scene cuts.
    QVERIFY2(options.contains(QStringLiteral("bitrate=4000")), qPrintable(options));
    QVERIFY2(options.contains(QStringLiteral("scenecut=0")), qPrintable(options));
}

// The default speed is auto: the platform presets' 1920x1080@30 gets the preset the log names
// (and the file carries), and on a 2-core machine that is superfast, the one that held there
// (README: Encoders).
void TestX264Preset::autoSpeedFitsTheMachine()
{
    StudioProcess studio(studioBinary());
    const QString file = studio.workFile(QStringLiteral("auto.mkv"));
    QVERIFY(studio.start(QStringList{QStringLiteral("--headless"), QStringLiteral("--preset"), QStringLiteral("youtube"),
                                     QStringLiteral("--record"), file, QStringLiteral("--duration"), QStringLiteral("2")}));
    QVERIFY2(studio.waitForExit(30000), "studio did not stop after --duration");
    QVERIFY2(studio.exitCode() == 0, qPrintable(studio.output()));
    const auto chosen = QRegularExpression(QStringLiteral("x264 (\\w+) for 1920x1080 at 30 fps(?::|, and even that needs) about [0-9.]+ of (\\d+) CPU cores"))
                            .match(studio.output());
    QVERIFY2(chosen.hasMatch(), qPrintable(studio.output()));
    const QString preset = chosen.captured(1);
    const QMap<QString, QString> submeOf{{QStringLiteral("ultrafast"), QStringLiteral("0")},
                                         {QStringLiteral("superfast"), QStringLiteral("1")},
                                         {QStringLiteral("veryfast"), QStringLiteral("2")}};
    QVERIFY2(submeOf.contains(preset), qPrintable(preset));
    const QString options = x264Options(file);
    QVERIFY2(options.contains(QStringLiteral("subme=") + submeOf.value(preset) + QLatin1Char(' ')), qPrintable(options));
    QVERIFY2(options.contains(QStringLiteral("bitrate=6000")), qPrintable(options));
    if (chosen.captured(2) == QLatin1String("2"))
        QCOMPARE(preset, QStringLiteral("superfast"));
}

QTEST_GUILESS_MAIN(TestX264Preset)
#include "tst_x264preset.moc"
