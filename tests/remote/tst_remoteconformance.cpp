// SPDX-License-Identifier: GPL-2.0-or-later
// Every supported request and event against remote-fields.json, our own table of obs-websocket
// v5's fields (written from the published protocol description and the typed clients' needs,
// see README.md): each field present, of its type (integers where obws wants them), null only
// where allowed, UUIDs and timecodes in their form, and arrays' elements of their shape.
// Requests that cannot succeed here (no stream destination; recordings do not pause) must
// fail with a documented status code, never silence.
#include "remotefixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cmath>

using namespace vida3;
using namespace vida3::test;

namespace {

QJsonObject loadTable()
{
    QFile file(QStringLiteral(VIDA3_TEST_SOURCE_DIR "/tests/remote/remote-fields.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void check(const QJsonValue &value, const QJsonObject &spec, const QString &path, QStringList *problems)
{
    if (value.isUndefined()) {
        problems->append(path + QStringLiteral(": missing"));
        return;
    }
    if (value.isNull()) {
        if (!spec[u"nullable"].toBool())
            problems->append(path + QStringLiteral(": null where it may not be"));
        return;
    }
    const QString type = spec[u"type"].toString();
    bool ok = true;
    if (type == u"string")
        ok = value.isString();
    else if (type == u"boolean")
        ok = value.isBool();
    else if (type == u"number")
        ok = value.isDouble() && std::isfinite(value.toDouble());
    else if (type == u"integer")
        ok = value.isDouble() && std::trunc(value.toDouble()) == value.toDouble();
    else if (type == u"object")
        ok = value.isObject();
    else if (type == u"array")
        ok = value.isArray();
    if (!ok) {
        problems->append(QStringLiteral("%1: not %2: %3").arg(path, type, QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).left(80)));
        return;
    }
    if (spec.contains(u"pattern") && value.isString()
        && !QRegularExpression(spec[u"pattern"].toString()).match(value.toString()).hasMatch())
        problems->append(QStringLiteral("%1: \"%2\" does not match %3").arg(path, value.toString().left(60), spec[u"pattern"].toString()));
    if (spec.contains(u"items") && value.isArray()) {
        const QJsonObject items = spec[u"items"].toObject();
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            for (auto it = items.begin(); it != items.end(); ++it)
                check(array[i].toObject().value(it.key()), it.value().toObject(), QStringLiteral("%1[%2].%3").arg(path).arg(i).arg(it.key()), problems);
        }
    }
}

QStringList checkFields(const QJsonObject &data, const QJsonObject &fields, const QString &where)
{
    QStringList problems;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        check(data.value(it.key()), it.value().toObject(), where + QLatin1Char('.') + it.key(), &problems);
    return problems;
}

struct Case
{
    QString type;
    QJsonObject data;
    int expect = 100;  // the status code it must answer here
};

const QSet<int> kDocumentedCodes{100, 203, 204, 205, 206, 207, 300, 301, 400, 401, 402, 403, 404, 500, 501, 502, 503, 504,
                                 505, 506, 600, 601, 602, 603, 604, 605, 606, 607, 700, 701, 702, 703};

}  // namespace

class TestRemoteConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestsAndEventsMatchTheTable()
    {
        const QJsonObject table = loadTable();
        QVERIFY(!table.isEmpty());
        QTemporaryDir dir;
        RemoteStudioFixture studio(dir.filePath(QStringLiteral("take.mkv")));
        QVERIFY(studio.listening);
        RemoteClient client(studio::remote::Encoding::MsgPack);
        QVERIFY(client.open(studio.server->port()));
        QCOMPARE(client.identify(kRemotePassword, 2047 | (1 << 16))[u"op"].toInt(), 2);

        const auto scene = [](const char *name) { return QJsonObject{{QStringLiteral("sceneName"), QString::fromUtf8(name)}}; };
        const QJsonObject tone{{QStringLiteral("inputName"), QStringLiteral("tone")}};
        const auto with = [](QJsonObject o, const char *key, const QJsonValue &v) {
            o.insert(QString::fromLatin1(key), v);
            return o;
        };
        const QList<Case> cases{
            {QStringLiteral("GetVersion"), {}},
            {QStringLiteral("GetStats"), {}},
            {QStringLiteral("GetStreamStatus"), {}},
            {QStringLiteral("GetRecordStatus"), {}},
            {QStringLiteral("GetSceneList"), {}},
            {QStringLiteral("GetCurrentProgramScene"), {}},
            {QStringLiteral("SetCurrentProgramScene"), scene("Blue")},
            {QStringLiteral("GetStudioModeEnabled"), {}},
            {QStringLiteral("GetCurrentPreviewScene"), {}, 506},
            {QStringLiteral("SetStudioModeEnabled"), {{QStringLiteral("studioModeEnabled"), true}}},
            {QStringLiteral("GetCurrentPreviewScene"), {}},
            {QStringLiteral("SetCurrentPreviewScene"), scene("Green")},
            {QStringLiteral("GetSceneList"), {}},
            {QStringLiteral("TriggerStudioModeTransition"), {}},
            {QStringLiteral("GetSceneItemList"), scene("Blue")},
            {QStringLiteral("SetSceneItemEnabled"), with(with(scene("Blue"), "sceneItemId", 2), "sceneItemEnabled", false)},
            {QStringLiteral("GetInputList"), {}},
            {QStringLiteral("GetInputMute"), tone},
            {QStringLiteral("SetInputMute"), with(tone, "inputMuted", true)},
            {QStringLiteral("ToggleInputMute"), tone},
            {QStringLiteral("GetInputVolume"), tone},
            {QStringLiteral("SetInputVolume"), with(tone, "inputVolumeDb", -6.0)},
            {QStringLiteral("SetInputVolume"), with(tone, "inputVolumeDb", 60.0), 402},
            {QStringLiteral("SetInputVolume"), tone, 300},
            {QStringLiteral("GetInputAudioTracks"), tone},
            {QStringLiteral("GetSceneTransitionList"), {}},
            {QStringLiteral("GetCurrentSceneTransition"), {}},
            {QStringLiteral("SetCurrentSceneTransition"), {{QStringLiteral("transitionName"), QStringLiteral("Fade")}}},
            {QStringLiteral("GetCurrentSceneTransition"), {}},
            {QStringLiteral("GetVideoSettings"), {}},
            {QStringLiteral("GetOutputList"), {}},
            {QStringLiteral("GetProfileList"), {}},
            {QStringLiteral("GetSceneCollectionList"), {}},
            {QStringLiteral("GetHotkeyList"), {}},
            {QStringLiteral("TriggerHotkeyByName"), {{QStringLiteral("hotkeyName"), QStringLiteral("OBSBasic.Transition")}}},
            {QStringLiteral("TriggerHotkeyByName"), {{QStringLiteral("hotkeyName"), QStringLiteral("No.Such.Hotkey")}}, 600},
            {QStringLiteral("GetSourceScreenshot"), {{QStringLiteral("sourceName"), QStringLiteral("Blue")},
                                                     {QStringLiteral("imageFormat"), QStringLiteral("png")},
                                                     {QStringLiteral("imageWidth"), 64}}},
            {QStringLiteral("GetSourceScreenshot"), {{QStringLiteral("sourceName"), QStringLiteral("Blue")},
                                                     {QStringLiteral("imageFormat"), QStringLiteral("bmp-please")}}, 400},
            {QStringLiteral("GetStreamServiceSettings"), {}},
            {QStringLiteral("GetRecordDirectory"), {}},
            {QStringLiteral("GetSpecialInputs"), {}},
            {QStringLiteral("StartStream"), {}, 504},
            {QStringLiteral("StopStream"), {}, 501},
            {QStringLiteral("ToggleStream"), {}, 504},
            {QStringLiteral("StopRecord"), {}, 501},
            {QStringLiteral("StartRecord"), {}},
            {QStringLiteral("StartRecord"), {}, 500},
            {QStringLiteral("PauseRecord"), {}},
            {QStringLiteral("PauseRecord"), {}, 502},  // OutputPaused
            {QStringLiteral("ResumeRecord"), {}},
            {QStringLiteral("ResumeRecord"), {}, 503},  // OutputNotPaused
            {QStringLiteral("ToggleRecordPause"), {}},  // pauses
            {QStringLiteral("ToggleRecordPause"), {}},  // and resumes
            {QStringLiteral("Sleep"), {{QStringLiteral("sleepMillis"), 1}}, 206},
        };
        QSet<QString> covered;
        QStringList problems;
        for (const Case &c : cases) {
            const QJsonObject response = client.request(c.type, c.data);
            const QJsonObject status = response[u"requestStatus"].toObject();
            const int code = status[u"code"].toInt();
            covered.insert(c.type);
            if (code != c.expect) {
                problems.append(QStringLiteral("%1: status %2 (%3), expected %4").arg(c.type).arg(code).arg(status[u"comment"].toString()).arg(c.expect));
                continue;
            }
            QVERIFY(kDocumentedCodes.contains(code));
            QCOMPARE(status[u"result"].toBool(), code == 100);
            if (code != 100) {
                QVERIFY2(!status[u"comment"].toString().isEmpty(), qPrintable(c.type));
                continue;
            }
            const QJsonObject fields = table[u"requests"].toObject()[c.type].toObject()[u"response"].toObject();
            problems += checkFields(response[u"responseData"].toObject(), fields, c.type);
        }
        // Let the recording start, then stop it: StopRecord's outputPath.
        QTRY_VERIFY_WITH_TIMEOUT(client.request(QStringLiteral("GetRecordStatus"))[u"responseData"].toObject()[u"outputBytes"].toInteger() > 0, 15000);
        const QJsonObject stopped = client.request(QStringLiteral("StopRecord"));
        problems += checkFields(stopped[u"responseData"].toObject(),
                                table[u"requests"].toObject()[u"StopRecord"].toObject()[u"response"].toObject(), QStringLiteral("StopRecord"));
        QCOMPARE(stopped[u"responseData"].toObject()[u"outputPath"].toString(), dir.filePath(QStringLiteral("take.mkv")));
        QTRY_VERIFY_WITH_TIMEOUT(!client.request(QStringLiteral("GetRecordStatus"))[u"responseData"].toObject()[u"outputActive"].toBool(), 15000);
        // ToggleRecord both ways.
        for (bool nowActive : {true, false}) {
            if (!nowActive)
                QTRY_VERIFY_WITH_TIMEOUT(client.request(QStringLiteral("GetRecordStatus"))[u"responseData"].toObject()[u"outputBytes"].toInteger() > 0, 15000);
            const QJsonObject toggled = client.request(QStringLiteral("ToggleRecord"));
            QCOMPARE(toggled[u"requestStatus"].toObject()[u"code"].toInt(), 100);
            QCOMPARE(toggled[u"responseData"].toObject()[u"outputActive"].toBool(), nowActive);
            problems += checkFields(toggled[u"responseData"].toObject(),
                                    table[u"requests"].toObject()[u"ToggleRecord"].toObject()[u"response"].toObject(), QStringLiteral("ToggleRecord"));
        }
        covered.insert(QStringLiteral("ToggleRecord"));

        const QStringList tableRequests = table[u"requests"].toObject().keys();
        for (const QString &type : tableRequests) {
            if (!covered.contains(type))
                problems.append(type + QStringLiteral(": in the table but not exercised"));
        }

        // Events: each type seen at least once, its intent and data as the table says.
        QList<QJsonObject> events = client.takeEvents(1500);
        studio.server->shutdown();
        events += client.takeEvents(1000);
        const QJsonObject eventTable = table[u"events"].toObject();
        QSet<QString> seen;
        for (const QJsonObject &e : std::as_const(events)) {
            const QJsonObject d = e[u"d"].toObject();
            const QString type = d[u"eventType"].toString();
            if (!eventTable.contains(type)) {
                problems.append(type + QStringLiteral(": an event the table does not know"));
                continue;
            }
            seen.insert(type);
            const QJsonObject spec = eventTable[type].toObject();
            if (d[u"eventIntent"].toInteger() != spec[u"intent"].toInteger())
                problems.append(QStringLiteral("%1: intent %2").arg(type).arg(d[u"eventIntent"].toInteger()));
            problems += checkFields(d[u"eventData"].toObject(), spec[u"data"].toObject(), type);
        }
        // SceneListChanged and StreamStateChanged come with edits and streams: tests/remote-e2e.
        for (const char *type : {"CurrentProgramSceneChanged", "CurrentPreviewSceneChanged", "StudioModeStateChanged",
                                 "SceneItemEnableStateChanged", "InputMuteStateChanged", "InputVolumeChanged",
                                 "CurrentSceneTransitionChanged", "RecordStateChanged", "InputVolumeMeters", "ExitStarted"}) {
            if (!seen.contains(QString::fromLatin1(type)))
                problems.append(QString::fromLatin1(type) + QStringLiteral(": never sent"));
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestRemoteConformance)
#include "tst_remoteconformance.moc"
