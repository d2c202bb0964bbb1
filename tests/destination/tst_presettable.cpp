// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/destination/destinationvalidator.h"
#include "studio/destination/presettable.h"
#include "studio/destination/presettexts.h"

#include <QTest>

using vida3::ErrorCode;
using vida3::studio::PlatformPreset;
using vida3::studio::PresetTable;
namespace Validator = vida3::studio::DestinationValidator;

class TestPresetTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsTheResource();
    void xValuesAreExact();
    void platformFacts();
    void everyPresetIsValid_data();
    void everyPresetIsValid();
    void rejectsBrokenDocuments_data();
    void rejectsBrokenDocuments();
    void everyUserTextIsOfferedForTranslation();

private:
    static PresetTable table();
};

PresetTable TestPresetTable::table()
{
    auto loaded = PresetTable::load();
    if (!loaded)
        qFatal("presets failed to load: %s", qPrintable(loaded.error().detail));
    return std::move(loaded).value();
}

void TestPresetTable::loadsTheResource()
{
    const auto loaded = PresetTable::load();
    QVERIFY2(loaded.hasValue(), qPrintable(loaded ? QString() : loaded.error().detail));
    QStringList ids;
    for (const PlatformPreset &preset : loaded->all())
        ids.append(preset.id);
    QCOMPARE(ids, (QStringList{QStringLiteral("x"), QStringLiteral("youtube"), QStringLiteral("twitch"),
                               QStringLiteral("facebook"), QStringLiteral("relay"), QStringLiteral("custom")}));
    QVERIFY(loaded->find(u"twitch") != nullptr);
    QCOMPARE(loaded->find(u"kick"), nullptr);
}

void TestPresetTable::xValuesAreExact()
{
    const PresetTable presets = table();
    const PlatformPreset *x = presets.find(u"x");
    QVERIFY(x);
    QCOMPARE(x->displayName, QStringLiteral("X"));
    QVERIFY(x->server.defaultUrl.isEmpty());
    QCOMPARE(x->server.placeholderUrl, QStringLiteral("rtmps://<region>.pscp.tv:443/x"));
    QCOMPARE(x->video.codec, QStringLiteral("h264"));
    QCOMPARE(x->video.width, 1280);
    QCOMPARE(x->video.height, 720);
    QCOMPARE(x->video.fps, 30);
    QCOMPARE(x->video.bitrateKbps, 4000);
    QCOMPARE(x->video.keyframeIntervalS, 3);
    QCOMPARE(x->audio.codec, QStringLiteral("aac"));
    QCOMPARE(x->audio.sampleRateHz, 44100);
    QCOMPARE(x->audio.bitrateKbps, 128);
    QCOMPARE(x->audio.maxBitrateKbps, 160);
    QCOMPARE(x->audio.channels, 2);
    // The placeholder is an example, not a usable URL.
    QVERIFY(!Validator::validateServerUrl(*x, x->server.placeholderUrl).isEmpty());
}

void TestPresetTable::platformFacts()
{
    const PresetTable presets = table();
    const PlatformPreset *youtube = presets.find(u"youtube");
    const PlatformPreset *twitch = presets.find(u"twitch");
    const PlatformPreset *facebook = presets.find(u"facebook");
    const PlatformPreset *custom = presets.find(u"custom");
    QVERIFY(youtube && twitch && facebook && custom);
    QCOMPARE(youtube->server.defaultUrl, QStringLiteral("rtmps://a.rtmps.youtube.com:443/live2"));
    QCOMPARE(youtube->server.backupUrl, QStringLiteral("rtmps://b.rtmps.youtube.com:443/live2?backup=1"));
    QCOMPARE(twitch->server.defaultUrl, QStringLiteral("rtmps://ingest.global-contribute.live-video.net/app"));
    QCOMPARE(twitch->video.h264Profile, QStringLiteral("main"));
    QCOMPARE(facebook->server.defaultUrl, QStringLiteral("rtmps://live-api-s.facebook.com:443/rtmp/"));
    QVERIFY(facebook->server.rtmpsRequired);
    QVERIFY(!youtube->server.rtmpsRequired);
    QCOMPARE(custom->video.width, 1280);
    QCOMPARE(custom->video.height, 720);
    QCOMPARE(custom->video.fps, 30);
    QCOMPARE(custom->video.bitrateKbps, 4000);
    QCOMPARE(custom->video.keyframeIntervalS, 2);
    QCOMPARE(custom->audio.sampleRateHz, 48000);
    QCOMPARE(custom->audio.bitrateKbps, 160);
    QVERIFY(custom->streamKey.pattern.isEmpty());
    for (const PlatformPreset *preset : {youtube, twitch, facebook})
        QCOMPARE(preset->video.keyframeIntervalS, 2);
}

void TestPresetTable::everyPresetIsValid_data()
{
    QTest::addColumn<QString>("id");
    const PresetTable presets = table();
    for (const PlatformPreset &preset : presets.all())
        QTest::newRow(qPrintable(preset.id)) << preset.id;
}

void TestPresetTable::everyPresetIsValid()
{
    QFETCH(QString, id);
    const PresetTable presets = table();
    const PlatformPreset *p = presets.find(id);
    QVERIFY(p);
    QVERIFY(!p->displayName.isEmpty());
    QVERIFY(!p->server.allowedSchemes.isEmpty());
    for (const QString &url : {p->server.defaultUrl, p->server.backupUrl}) {
        if (!url.isEmpty())
            QVERIFY2(Validator::validateServerUrl(*p, url).isEmpty(), qPrintable(url));
    }
    QVERIFY(!p->server.defaultUrl.isEmpty() || !p->server.placeholderUrl.isEmpty());
    QCOMPARE(p->server.rtmpsRequired, p->server.allowedSchemes == QStringList{QStringLiteral("rtmps")});
    QCOMPARE(p->video.codec, QStringLiteral("h264"));
    QVERIFY(QStringList({QStringLiteral("baseline"), QStringLiteral("main"), QStringLiteral("high")})
                .contains(p->video.h264Profile));
    QVERIFY(p->video.width > 0 && p->video.width % 2 == 0);
    QVERIFY(p->video.height > 0 && p->video.height % 2 == 0);
    QVERIFY(p->video.fps > 0);
    QVERIFY(p->video.bitrateKbps > 0 && p->video.bitrateKbps <= p->video.maxBitrateKbps);
    QVERIFY(p->video.keyframeIntervalS > 0 && p->video.keyframeIntervalS <= p->video.maxKeyframeIntervalS);
    QCOMPARE(p->audio.codec, QStringLiteral("aac"));
    QVERIFY(p->audio.sampleRateHz == 44100 || p->audio.sampleRateHz == 48000);
    QVERIFY(p->audio.channels == 1 || p->audio.channels == 2);
    QVERIFY(p->audio.bitrateKbps > 0 && p->audio.bitrateKbps <= p->audio.maxBitrateKbps);
    QVERIFY(!p->streamKey.description.isEmpty());
    QVERIFY(p->streamKey.pattern.isEmpty() || p->streamKey.regex.isValid());
}

void TestPresetTable::rejectsBrokenDocuments_data()
{
    QTest::addColumn<QByteArray>("json");
    const QByteArray good = R"({"id":"p","displayName":"P",
        "server":{"defaultUrl":"rtmp://h/app","allowedSchemes":["rtmp"],"rtmpsRequired":false},
        "video":{"codec":"h264","h264Profile":"high","width":1280,"height":720,"fps":30,
                 "bitrateKbps":4000,"maxBitrateKbps":6000,"keyframeIntervalS":2,"maxKeyframeIntervalS":4},
        "audio":{"codec":"aac","sampleRateHz":48000,"channels":2,"bitrateKbps":128,"maxBitrateKbps":160},
        "streamKey":{"pattern":"[a-z]+","description":"lower case"}})";
    auto doc = [](const QByteArray &preset) -> QByteArray {
        return QByteArray(R"({"version":1,"presets":[)") + preset + QByteArray("]}");
    };
    QVERIFY2(PresetTable::fromJson(doc(good)).hasValue(), "the baseline document must load");

    QTest::newRow("not json") << QByteArray("{");
    QTest::newRow("wrong version") << QByteArray(R"({"version":2,"presets":[]})");
    QTest::newRow("no presets") << doc({});
    QTest::newRow("duplicate id") << doc(QByteArray(good + ',' + good));
    QTest::newRow("bad regex") << doc(QByteArray(good).replace("[a-z]+", "[a-z"));
    QTest::newRow("rtmps required, rtmp allowed") << doc(QByteArray(good).replace("\"rtmpsRequired\":false", "\"rtmpsRequired\":true"));
    QTest::newRow("unknown scheme") << doc(QByteArray(good).replace("[\"rtmp\"]", "[\"srt\"]"));
    QTest::newRow("bitrate above max") << doc(QByteArray(good).replace("\"bitrateKbps\":4000", "\"bitrateKbps\":7000"));
    QTest::newRow("keyframe above max") << doc(QByteArray(good).replace("\"keyframeIntervalS\":2", "\"keyframeIntervalS\":5"));
    QTest::newRow("odd width") << doc(QByteArray(good).replace("1280", "1281"));
    QTest::newRow("fps as string") << doc(QByteArray(good).replace("\"fps\":30", "\"fps\":\"30\""));
    QTest::newRow("fractional fps") << doc(QByteArray(good).replace("\"fps\":30", "\"fps\":29.97"));
    QTest::newRow("default URL invalid") << doc(QByteArray(good).replace("rtmp://h/app", "rtmp://h"));
    QTest::newRow("missing audio") << doc(QByteArray(good).replace("\"audio\"", "\"sound\""));
}

void TestPresetTable::rejectsBrokenDocuments()
{
    QFETCH(QByteArray, json);
    const auto result = PresetTable::fromJson(json);
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
    QVERIFY(!result.error().detail.isEmpty());
}

// A stream-key rule the catalogues do not hold would show in English in a translated window.
void TestPresetTable::everyUserTextIsOfferedForTranslation()
{
    const QStringList offered = vida3::studio::presetTextsForTranslation();
    const PresetTable presets = table();
    for (const PlatformPreset &preset : presets.all()) {
        const QString text = preset.streamKey.description;
        QVERIFY2(text.isEmpty() || offered.contains(text), qPrintable(preset.id + QStringLiteral(": ") + text));
    }
}

QTEST_GUILESS_MAIN(TestPresetTable)
#include "tst_presettable.moc"
