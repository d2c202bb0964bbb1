// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/rtmpoutput.h"
#include "studio/destination/destinationvalidator.h"
#include "studio/destination/presettable.h"

#include <QTest>

using vida3::studio::PlatformPreset;
using vida3::studio::PresetTable;
using vida3::studio::ValidationIssue;
namespace Validator = vida3::studio::DestinationValidator;

class TestDestinationValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void serverUrl_data();
    void serverUrl();
    void rtmpsRequiredIsNamed();
    void streamKey_data();
    void streamKey();
    void composeIngestUrl_data();
    void composeIngestUrl();

private:
    const PlatformPreset &preset(const QString &id) const;

    PresetTable m_presets;
};

// Any 6 consecutive characters of the key (or the whole key when shorter) appearing in a
// message counts as a leak.
static QString leakedFragment(const QString &key, const QString &message)
{
    const qsizetype window = std::min<qsizetype>(6, key.size());
    for (qsizetype i = 0; i + window <= key.size(); ++i) {
        const QString fragment = key.mid(i, window);
        if (message.contains(fragment))
            return fragment;
    }
    return {};
}

void TestDestinationValidator::initTestCase()
{
    auto loaded = PresetTable::load();
    QVERIFY(loaded.hasValue());
    m_presets = std::move(loaded).value();
}

const PlatformPreset &TestDestinationValidator::preset(const QString &id) const
{
    const PlatformPreset *found = m_presets.find(id);
    if (!found)
        qFatal("no preset %s", qPrintable(id));
    return *found;
}

void TestDestinationValidator::serverUrl_data()
{
    QTest::addColumn<QString>("presetId");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");

    auto row = [](const char *name, const char *presetId, const QString &url, bool valid) {
        QTest::newRow(name) << QString::fromLatin1(presetId) << url << valid;
    };
    // Valid, per platform.
    row("x rtmps", "x", QStringLiteral("rtmps://de.pscp.tv:443/x"), true);
    row("x rtmp", "x", QStringLiteral("rtmp://de.pscp.tv:80/x"), true);
    row("youtube primary", "youtube", QStringLiteral("rtmps://a.rtmps.youtube.com:443/live2"), true);
    row("youtube backup", "youtube", QStringLiteral("rtmps://b.rtmps.youtube.com:443/live2?backup=1"), true);
    row("youtube legacy", "youtube", QStringLiteral("rtmp://a.rtmp.youtube.com/live2"), true);
    row("twitch rtmps", "twitch", QStringLiteral("rtmps://ingest.global-contribute.live-video.net/app"), true);
    row("twitch rtmp", "twitch", QStringLiteral("rtmp://ingest.global-contribute.live-video.net/app"), true);
    row("facebook", "facebook", QStringLiteral("rtmps://live-api-s.facebook.com:443/rtmp/"), true);
    row("custom ipv4", "custom", QStringLiteral("rtmp://127.0.0.1:1935/live"), true);
    row("custom ipv6", "custom", QStringLiteral("rtmp://[::1]:1935/live"), true);
    row("custom localhost", "custom", QStringLiteral("rtmp://localhost/live"), true);
    row("custom upper-case scheme", "custom", QStringLiteral("RTMP://localhost/live"), true);
    row("custom max port", "custom", QStringLiteral("rtmp://localhost:65535/live"), true);
    row("custom srt", "custom", QStringLiteral("srt://127.0.0.1:9000"), true);
    row("custom srt with options", "custom", QStringLiteral("srt://ingest.example.com:9000?latency=200&streamid=show"), true);
    row("relay srt", "relay", QStringLiteral("srt://relay.example.com:9000"), true);
    row("relay rtmp", "relay", QStringLiteral("rtmp://relay.example.com:1935/live"), true);

    // Invalid.
    row("empty", "custom", QString(), false);
    row("x placeholder", "x", QStringLiteral("rtmps://<region>.pscp.tv:443/x"), false);
    row("no scheme", "custom", QStringLiteral("localhost/live"), false);
    row("https", "youtube", QStringLiteral("https://a.rtmps.youtube.com/live2"), false);
    row("srt with a path", "custom", QStringLiteral("srt://localhost:9000/live"), false);
    row("srt without a port", "custom", QStringLiteral("srt://localhost"), false);
    row("srt latency not a number", "custom", QStringLiteral("srt://localhost:9000?latency=200ms"), false);
    row("srt latency too small", "custom", QStringLiteral("srt://localhost:9000?latency=0"), false);
    row("srt on youtube", "youtube", QStringLiteral("srt://a.rtmps.youtube.com:9000"), false);
    row("facebook plain rtmp", "facebook", QStringLiteral("rtmp://live-api-s.facebook.com:80/rtmp/"), false);
    row("no path", "twitch", QStringLiteral("rtmps://ingest.global-contribute.live-video.net"), false);
    row("root path", "twitch", QStringLiteral("rtmps://ingest.global-contribute.live-video.net/"), false);
    row("credentials", "custom", QStringLiteral("rtmp://user:pass@localhost/live"), false);
    row("user only", "custom", QStringLiteral("rtmp://user@localhost/live"), false);
    row("port zero", "custom", QStringLiteral("rtmp://localhost:0/live"), false);
    row("port too big", "custom", QStringLiteral("rtmp://localhost:70000/live"), false);
    row("port not a number", "custom", QStringLiteral("rtmp://localhost:abc/live"), false);
    row("no host", "custom", QStringLiteral("rtmp:///live"), false);
    row("hyphen label", "custom", QStringLiteral("rtmp://-bad-.example/live"), false);
    row("empty label", "custom", QStringLiteral("rtmp://a..b/live"), false);
    row("underscore host", "custom", QStringLiteral("rtmp://bad_host/live"), false);
    row("trailing space", "x", QStringLiteral("rtmps://de.pscp.tv:443/x "), false);
    row("inner space", "custom", QStringLiteral("rtmp:// localhost/live"), false);
    row("newline", "custom", QStringLiteral("rtmp://localhost/live\n"), false);
    row("control char", "custom", QStringLiteral("rtmp://localhost/li") + QChar(0x07) + QStringLiteral("ve"), false);
    row("bidi override", "custom", QStringLiteral("rtmp://localhost/li\u202Eve"), false);
    row("fragment", "custom", QStringLiteral("rtmp://localhost/live#x"), false);
}

void TestDestinationValidator::serverUrl()
{
    QFETCH(QString, presetId);
    QFETCH(QString, url);
    QFETCH(bool, valid);
    const QList<ValidationIssue> issues = Validator::validateServerUrl(preset(presetId), url);
    QStringList messages;
    for (const ValidationIssue &issue : issues) {
        QCOMPARE(issue.field, ValidationIssue::Field::ServerUrl);
        QVERIFY(!issue.message.isEmpty());
        messages.append(issue.message);
    }
    QVERIFY2(issues.isEmpty() == valid, qPrintable(messages.join(QLatin1Char(' '))));
}

void TestDestinationValidator::rtmpsRequiredIsNamed()
{
    const auto issues =
        Validator::validateServerUrl(preset(QStringLiteral("facebook")), QStringLiteral("rtmp://live-api-s.facebook.com/rtmp/"));
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues.first().message.contains(QLatin1String("rtmps://")));
    QVERIFY(issues.first().message.contains(QLatin1String("Facebook")));
}

void TestDestinationValidator::streamKey_data()
{
    QTest::addColumn<QString>("presetId");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");

    auto row = [](const char *name, const char *presetId, const QString &key, bool valid) {
        QTest::newRow(name) << QString::fromLatin1(presetId) << key << valid;
    };
    row("x source id", "x", QStringLiteral("6ep48v6ar5q4"), true);
    row("x hyphen", "x", QStringLiteral("6ep48-v6ar5q4"), false);
    row("x underscore", "x", QStringLiteral("6ep48_v6ar5q4"), false);
    row("youtube", "youtube", QStringLiteral("abcd-efgh-ijkl-mnop-qrst"), true);
    row("youtube bang", "youtube", QStringLiteral("abcd-efgh!ijkl"), false);
    row("youtube query", "youtube", QStringLiteral("abcd-efgh?ijkl=1"), false);
    row("twitch", "twitch", QStringLiteral("live_123456789_AbCdEfGhIjKlMnOpQrStUv"), true);
    row("twitch no prefix", "twitch", QStringLiteral("123456789_AbCdEfGh"), false);
    row("twitch hyphen prefix", "twitch", QStringLiteral("live-9f8e7d6c"), false);
    row("twitch upper prefix", "twitch", QStringLiteral("LIVE_9f8e7d6c"), false);
    row("facebook FB", "facebook", QStringLiteral("FB-1234567890-0-AbCdEfGhIjKl"), true);
    row("facebook query", "facebook",
        QStringLiteral("1234567890?s_bl=1&s_psm=1&s_sc=1234&s_sw=0&s_vt=api-s&a=AbCdEfGh"), true);
    row("facebook hash", "facebook", QStringLiteral("FB-123#456<789>"), false);
    row("custom symbols", "custom", QStringLiteral("anything/goes$here~42"), true);
    row("custom unicode", "custom", QStringLiteral("clé-secrète-42"), true);
    row("custom max length", "custom", QString(512, QLatin1Char('k')), true);

    // Generic rules, every platform.
    const char *const ids[] = {"x", "youtube", "twitch", "facebook", "custom"};
    for (const char *id : ids) {
        auto name = [id](const char *what) -> QByteArray { return QByteArray(id) + ' ' + what; };
        QTest::newRow(name("empty").constData()) << QString::fromLatin1(id) << QString() << false;
        QTest::newRow(name("space").constData()) << QString::fromLatin1(id) << QStringLiteral("live_9f8e 7d6c") << false;
        QTest::newRow(name("tab").constData()) << QString::fromLatin1(id) << QStringLiteral("live_9f8e\t7d6c") << false;
        QTest::newRow(name("newline").constData()) << QString::fromLatin1(id) << QStringLiteral("live_9f8e7d6c\n") << false;
        QTest::newRow(name("nbsp").constData()) << QString::fromLatin1(id) << QStringLiteral("live_9f8e\u00A07d6c") << false;
        QTest::newRow(name("control").constData()) << QString::fromLatin1(id) << QString(QStringLiteral("live_9f8e") + QChar(0x01) + QStringLiteral("7d6c")) << false;
        QTest::newRow(name("zero width").constData()) << QString::fromLatin1(id) << QStringLiteral("live_9f8e\u200B7d6c") << false;
        QTest::newRow(name("too long").constData()) << QString::fromLatin1(id) << QString(513, QLatin1Char('k')) << false;
    }
}

void TestDestinationValidator::streamKey()
{
    QFETCH(QString, presetId);
    QFETCH(QString, key);
    QFETCH(bool, valid);
    const QList<ValidationIssue> issues = Validator::validateStreamKey(preset(presetId), key);
    QCOMPARE(issues.isEmpty(), valid);
    for (const ValidationIssue &issue : issues) {
        QCOMPARE(issue.field, ValidationIssue::Field::StreamKey);
        QVERIFY(!issue.message.isEmpty());
        if (!key.isEmpty()) {
            QVERIFY2(!issue.message.contains(key), "a validation message contains the key");
            const QString leak = leakedFragment(key, issue.message);
            QVERIFY2(leak.isEmpty(), "a validation message contains part of the key");
        }
    }
}

void TestDestinationValidator::composeIngestUrl_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("rtmps://a.rtmps.youtube.com:443/live2") << QStringLiteral("k-1")
                           << QStringLiteral("rtmps://a.rtmps.youtube.com:443/live2/k-1");
    QTest::newRow("trailing slash") << QStringLiteral("rtmps://live-api-s.facebook.com:443/rtmp/")
                                    << QStringLiteral("FB-1?s=1&a=b")
                                    << QStringLiteral("rtmps://live-api-s.facebook.com:443/rtmp/FB-1?s=1&a=b");
    QTest::newRow("many slashes") << QStringLiteral("rtmp://h/app///") << QStringLiteral("k")
                                  << QStringLiteral("rtmp://h/app/k");
    QTest::newRow("backup query") << QStringLiteral("rtmps://b.rtmps.youtube.com:443/live2?backup=1")
                                  << QStringLiteral("k") << QStringLiteral("rtmps://b.rtmps.youtube.com:443/live2?backup=1/k");
}

void TestDestinationValidator::composeIngestUrl()
{
    QFETCH(QString, server);
    QFETCH(QString, key);
    QFETCH(QString, expected);
    // The encoder composes the URL right before connecting; the form's rules must agree with it.
    QCOMPARE(vida3::encoder::composeIngestUrl(server, key), expected);
}

QTEST_GUILESS_MAIN(TestDestinationValidator)
#include "tst_destinationvalidator.moc"
