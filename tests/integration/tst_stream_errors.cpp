// SPDX-License-Identifier: GPL-2.0-or-later
// What a user sees when the command line, the scene or the destination is wrong: a quick exit with
// the documented code and a message that names the problem, without touching the network.
#include "secretscan.h"
#include "studioprocess.h"
#include "studiotestargs.h"
#include "tcpport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace vida3::testsupport;
using namespace vida3::integration;

namespace {
constexpr int kBadArgumentsExit = 2;
constexpr int kOutputFailedExit = 3;

QString unreachableUrl()
{
    return QStringLiteral("rtmp://127.0.0.1:%1/live").arg(freeTcpPort());
}
} // namespace

class TestStreamErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void connectionRefused();
    void badArguments_data();
    void badArguments();
    void badScene_data();
    void badScene();
};

void TestStreamErrors::initTestCase()
{
    if (const QString why = StudioProcess::unavailableReason(studioBinary()); !why.isEmpty())
        QFAIL(qPrintable(QStringLiteral("prerequisite missing (./test.sh installs it): ") + why));
}

void TestStreamErrors::connectionRefused()
{
    StudioProcess studio(studioBinary());
    const QString key = uniqueStreamKey();
    studio.setEnv(keyEnvName(), key);
    QVERIFY(studio.start(headlessStreamArgs(unreachableUrl(), 30)));
    // Loopback refuses at once; a few quick retries are acceptable, waiting out --duration is not.
    QVERIFY2(studio.waitForExit(10000), "still running 10 s after connection refused");
    const QString output = studio.output();
    QVERIFY2(studio.exitCode() == kOutputFailedExit,
             qPrintable(QStringLiteral("exit %1: %2").arg(studio.exitCode()).arg(output)));
    QVERIFY2(output.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(output));
    QVERIFY2(!output.contains(QStringLiteral("rejected"), Qt::CaseInsensitive), qPrintable(output));
    QVERIFY2(!SecretScan(key).foundIn(output.toUtf8()), "stream key printed");
}

void TestStreamErrors::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("setKey");
    QTest::addColumn<QString>("mustName");

    const QString url = unreachableUrl();
    const QStringList base{QStringLiteral("--headless"), QStringLiteral("--stream-key-env"), keyEnvName(),
                           QStringLiteral("--duration"), QStringLiteral("5")};
    const auto stream = [&url] { return QStringList{QStringLiteral("--stream"), url}; };
    QTest::newRow("fps 0") << base + stream() + QStringList{QStringLiteral("--fps"), QStringLiteral("0")} << true
                           << QStringLiteral("fps");
    QTest::newRow("unknown preset") << base + stream() + QStringList{QStringLiteral("--preset"), QStringLiteral("nope")}
                                    << true << QStringLiteral("preset");
    QTest::newRow("http stream URL") << base + QStringList{QStringLiteral("--stream"), QStringLiteral("http://x")}
                                     << true << QStringLiteral("(stream|url|rtmp|scheme)");
    QTest::newRow("key env var unset") << base + stream() << false << keyEnvName();
    QTest::newRow("resolution garbage")
        << base + stream() + QStringList{QStringLiteral("--resolution"), QStringLiteral("wide")} << true
        << QStringLiteral("resolution");
    QTest::newRow("negative video bitrate")
        << base + stream() + QStringList{QStringLiteral("--video-bitrate"), QStringLiteral("-5")} << true
        << QStringLiteral("bitrate");
    QTest::newRow("unknown option") << base + stream() + QStringList{QStringLiteral("--no-such-option")} << true
                                    << QStringLiteral("no-such-option");
}

void TestStreamErrors::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(bool, setKey);
    QFETCH(QString, mustName);

    StudioProcess studio(studioBinary());
    if (setKey)
        studio.setEnv(keyEnvName(), uniqueStreamKey());
    else
        studio.unsetEnv(keyEnvName());
    QVERIFY(studio.start(args));
    QVERIFY2(studio.waitForExit(5000), "bad arguments not refused within 5 s");
    const QString output = studio.output();
    // Exit 3 here would mean it tried the (unreachable) destination instead of validating first.
    QVERIFY2(studio.exitCode() == kBadArgumentsExit,
             qPrintable(QStringLiteral("exit %1: %2").arg(studio.exitCode()).arg(output)));
    const QRegularExpression named(mustName, QRegularExpression::CaseInsensitiveOption);
    QVERIFY2(output.contains(named), qPrintable(QStringLiteral("message does not name %1: %2").arg(mustName, output)));
}

void TestStreamErrors::badScene_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mustName");

    QTest::newRow("unsupported version") << QByteArray(R"({"version": 99, "layers": []})") << QStringLiteral("version");
    QTest::newRow("layers not an array") << QByteArray(R"({"version": 1, "layers": 5})") << QStringLiteral("layers");
    QTest::newRow("unknown layer kind")
        << QByteArray(R"({"version": 1, "layers": [{"id": "a", "kind": "hologram"}]})") << QStringLiteral("kind");
    QTest::newRow("opacity out of range")
        << QByteArray(R"({"version": 1, "layers": [{"id": "a", "kind": "color", "color": "#ff0000", "opacity": 7}]})")
        << QStringLiteral("opacity");
    QTest::newRow("not JSON") << QByteArray("{\"version\": 1,\n \"layers\": [\n") << QString();
    QTest::newRow("missing file") << QByteArray() << QString();
}

void TestStreamErrors::badScene()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mustName);

    StudioProcess studio(studioBinary());
    const QString scenePath = studio.workFile(QStringLiteral("broken-scene.json"));
    if (!content.isEmpty()) {
        QFile file(scenePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    studio.setEnv(keyEnvName(), uniqueStreamKey());
    QVERIFY(studio.start(headlessStreamArgs(unreachableUrl(), 5)
                         + QStringList{QStringLiteral("--scene"), scenePath}));
    QVERIFY2(studio.waitForExit(5000), "bad scene not refused within 5 s");
    const QString output = studio.output();
    QVERIFY2(studio.exitCode() == kBadArgumentsExit,
             qPrintable(QStringLiteral("exit %1: %2").arg(studio.exitCode()).arg(output)));
    QVERIFY2(output.contains(QStringLiteral("broken-scene.json")),
             qPrintable(QStringLiteral("message does not name the file: ") + output));
    if (!mustName.isEmpty())
        QVERIFY2(output.contains(mustName), qPrintable(QStringLiteral("message does not name %1: %2").arg(mustName, output)));
}

QTEST_GUILESS_MAIN(TestStreamErrors)
#include "tst_stream_errors.moc"
