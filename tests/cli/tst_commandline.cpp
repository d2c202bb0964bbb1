// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/commandline.h"

#include <QTest>

using namespace vida3;
using namespace vida3::app;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullContract()
    {
        const auto parsed = parseCommandLine(
            {QStringLiteral("vida3-studio"), QStringLiteral("--headless"), QStringLiteral("--preset"),
             QStringLiteral("twitch"), QStringLiteral("--resolution"), QStringLiteral("1920x1080"),
             QStringLiteral("--fps"), QStringLiteral("60"), QStringLiteral("--video-bitrate"), QStringLiteral("6000"),
             QStringLiteral("--keyint"), QStringLiteral("2"), QStringLiteral("--audio-bitrate"), QStringLiteral("160"),
             QStringLiteral("--x264-preset"), QStringLiteral("superfast"),
             QStringLiteral("--stream"), QStringLiteral("rtmp://127.0.0.1/live"), QStringLiteral("--stream-key-env"),
             QStringLiteral("KEY"), QStringLiteral("--record"), QStringLiteral("a.mkv"), QStringLiteral("--duration"),
             QStringLiteral("12.5"), QStringLiteral("--stats"), QStringLiteral("-"), QStringLiteral("--log-format"),
             QStringLiteral("json"), QStringLiteral("--log-level"), QStringLiteral("warning")});
        QVERIFY2(parsed.hasValue(), qPrintable(parsed.error().detail));
        const StudioOptions &o = parsed->options;
        QVERIFY(o.headless);
        QCOMPARE(o.presetId, QStringLiteral("twitch"));
        QCOMPARE(*o.width, 1920);
        QCOMPARE(*o.height, 1080);
        QCOMPARE(*o.fps, 60);
        QCOMPARE(*o.videoBitrateKbps, 6000);
        QCOMPARE(*o.keyintSec, 2.0);
        QCOMPARE(*o.audioBitrateKbps, 160);
        QCOMPARE(o.x264Preset, QStringLiteral("superfast"));
        QCOMPARE(o.streams.size(), 1);
        QCOMPARE(o.streams[0].url, QStringLiteral("rtmp://127.0.0.1/live"));
        QCOMPARE(o.streams[0].keyEnv, QStringLiteral("KEY"));
        QCOMPARE(o.recordPath, QStringLiteral("a.mkv"));
        QCOMPARE(o.durationSec, 12.5);
        QCOMPARE(o.statsPath, QStringLiteral("-"));
        QCOMPARE(o.logFormat, studio::LogHandler::Format::Json);
        QCOMPARE(o.logLevel, QtWarningMsg);
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        const QString h = QStringLiteral("--headless");
        QTest::newRow("fps 0") << QStringList{h, QStringLiteral("--fps"), QStringLiteral("0")} << QStringLiteral("--fps");
        QTest::newRow("fps text") << QStringList{h, QStringLiteral("--fps"), QStringLiteral("fast")} << QStringLiteral("--fps");
        QTest::newRow("resolution") << QStringList{h, QStringLiteral("--resolution"), QStringLiteral("720p")}
                                    << QStringLiteral("--resolution");
        QTest::newRow("keyint") << QStringList{h, QStringLiteral("--keyint"), QStringLiteral("0")} << QStringLiteral("--keyint");
        QTest::newRow("x264 preset") << QStringList{h, QStringLiteral("--x264-preset"), QStringLiteral("turbo")}
                                     << QStringLiteral("--x264-preset");
        QTest::newRow("encoder") << QStringList{h, QStringLiteral("--encoder"), QStringLiteral("h265_gpu")}
                                 << QStringLiteral("--encoder: expected one of auto, x264");
        QTest::newRow("duration") << QStringList{h, QStringLiteral("--duration"), QStringLiteral("-1")}
                                  << QStringLiteral("--duration");
        QTest::newRow("stream without key env")
            << QStringList{h, QStringLiteral("--stream"), QStringLiteral("rtmp://h/app")} << QStringLiteral("--stream-key-env");
        QTest::newRow("unknown option") << QStringList{h, QStringLiteral("--stream-key"), QStringLiteral("abc")}
                                        << QStringLiteral("stream-key");
        QTest::newRow("log level") << QStringList{h, QStringLiteral("--log-level"), QStringLiteral("loud")}
                                   << QStringLiteral("--log-level");
        QTest::newRow("record needs headless") << QStringList{QStringLiteral("--record"), QStringLiteral("a.mkv")}
                                               << QStringLiteral("--headless");
        QTest::newRow("positional") << QStringList{h, QStringLiteral("KEY123")} << QStringLiteral("KEY123");
        QTest::newRow("two files") << QStringList{QStringLiteral("a.json"), QStringLiteral("b.json")} << QStringLiteral("b.json");
        QTest::newRow("file and --scene") << QStringList{QStringLiteral("a.json"), QStringLiteral("--scene"), QStringLiteral("b.json")} << QStringLiteral("a.json");
        QTest::newRow("switch needs headless") << QStringList{QStringLiteral("--switch-scene"), QStringLiteral("3:Live")} << QStringLiteral("--switch-scene");
        QTest::newRow("switch syntax") << QStringList{h, QStringLiteral("--switch-scene"), QStringLiteral("soon:Live")} << QStringLiteral("expected SECONDS:NAME");
        QTest::newRow("transition") << QStringList{h, QStringLiteral("--transition"), QStringLiteral("wipe:300")} << QStringLiteral("--transition \"wipe:300\": unknown kind");
    }
    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        args.prepend(QStringLiteral("vida3-studio"));
        const auto parsed = parseCommandLine(args);
        QVERIFY(!parsed.hasValue());
        QCOMPARE(parsed.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(parsed.error().detail.contains(mentions), qPrintable(parsed.error().detail));
    }

    void severalStreamsTakeTheOptionsAfterThem()
    {
        const auto parsed = parseCommandLine(
            {QStringLiteral("vida3-studio"), QStringLiteral("--headless"), QStringLiteral("--stream-key-env"),
             QStringLiteral("K1"), QStringLiteral("--stream"), QStringLiteral("rtmp://a/live"), QStringLiteral("--stream-name"),
             QStringLiteral("first"), QStringLiteral("--stream"), QStringLiteral("rtmps://b/app"),
             QStringLiteral("--stream-key-env=K2"), QStringLiteral("--stream-backup"), QStringLiteral("rtmps://c/app"),
             QStringLiteral("--reconnect-attempts"), QStringLiteral("3"), QStringLiteral("--adaptive-bitrate"),
             QStringLiteral("off")});
        QVERIFY2(parsed.hasValue(), qPrintable(parsed.error().detail));
        const auto &streams = parsed->options.streams;
        QCOMPARE(streams.size(), 2);
        QCOMPARE(streams[0].url, QStringLiteral("rtmp://a/live"));
        QCOMPARE(streams[0].keyEnv, QStringLiteral("K1"));  // given before the first --stream
        QCOMPARE(streams[0].name, QStringLiteral("first"));
        QCOMPARE(streams[1].keyEnv, QStringLiteral("K2"));
        QCOMPARE(streams[1].backupUrl, QStringLiteral("rtmps://c/app"));
        QCOMPARE(streams[1].name, QStringLiteral("stream2"));
        QCOMPARE(*parsed->options.reconnectAttempts, 3);
        QCOMPARE(*parsed->options.adaptiveBitrate, false);
    }

    void streamOptionsNeedAStream_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        const QString h = QStringLiteral("--headless");
        QTest::newRow("key env without stream") << QStringList{h, QStringLiteral("--stream-key-env"), QStringLiteral("K")}
                                                << QStringLiteral("need a --stream");
        QTest::newRow("second stream without key")
            << QStringList{h, QStringLiteral("--stream"), QStringLiteral("rtmp://a/x"), QStringLiteral("--stream-key-env"),
                           QStringLiteral("K"), QStringLiteral("--stream"), QStringLiteral("rtmp://b/x")}
            << QStringLiteral("rtmp://b/x");
        QTest::newRow("same name twice")
            << QStringList{h, QStringLiteral("--stream"), QStringLiteral("rtmp://a/x"), QStringLiteral("--stream-key-env"),
                           QStringLiteral("K"), QStringLiteral("--stream-name"), QStringLiteral("n"),
                           QStringLiteral("--stream"), QStringLiteral("rtmp://b/x"), QStringLiteral("--stream-key-env"),
                           QStringLiteral("K"), QStringLiteral("--stream-name"), QStringLiteral("n")}
            << QStringLiteral("used twice");
        QTest::newRow("adaptive maybe") << QStringList{h, QStringLiteral("--adaptive-bitrate"), QStringLiteral("maybe")}
                                        << QStringLiteral("--adaptive-bitrate");
    }
    void streamOptionsNeedAStream()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        args.prepend(QStringLiteral("vida3-studio"));
        const auto parsed = parseCommandLine(args);
        QVERIFY(!parsed.hasValue());
        QVERIFY2(parsed.error().detail.contains(mentions), qPrintable(parsed.error().detail));
    }

    void helpAndVersion()
    {
        auto help = parseCommandLine({QStringLiteral("vida3-studio"), QStringLiteral("--help")});
        QVERIFY(help.hasValue());
        QCOMPARE(help->action, CommandLineAction::ShowHelp);
        QVERIFY(help->text.contains(QStringLiteral("--stream-key-env")));
        auto version = parseCommandLine({QStringLiteral("vida3-studio"), QStringLiteral("--version")});
        QVERIFY(version.hasValue());
        QVERIFY(version->text.startsWith(QStringLiteral("vida3-studio ")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
