// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/session/sessionstats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace vida3;
using namespace vida3::studio;

class TestSessionStats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The --stats contract other tools parse: field names and types are fixed.
    void jsonLineHasTheContractFields()
    {
        SessionStats s;
        s.seconds = 3.04;
        s.fps = 29.97;
        s.frames = {.rendered = 90, .forOutput = 80, .missedRender = 1, .skippedEncode = 2};
        s.encoded = 78;
        s.targetKbps = 4000;
        s.outputs.append({QStringLiteral("x"), QStringLiteral("rtmps://de.pscp.tv:443/x"), encoder::OutputState::Live,
                          3999.4, 1500000, 3, {}});
        s.outputs.last().videoFrames = 75;
        s.outputs.append({QStringLiteral("recording"), QStringLiteral("/tmp/a.mkv"), encoder::OutputState::Failed, 0,
                          10, 0, Error{ErrorCode::WriteFailed, QStringLiteral("disk full")}});
        const QByteArray line = statsToJsonLine(s);
        QVERIFY(!line.contains('\n'));
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.value(u"t").toDouble(), 3.0);
        QCOMPARE(o.value(u"fps").toDouble(), 30.0);
        const QJsonObject frames = o.value(u"frames").toObject();
        QCOMPARE(frames.value(u"rendered").toInt(), 90);
        QCOMPARE(frames.value(u"missed_render").toInt(), 1);
        QCOMPARE(frames.value(u"skipped_encode").toInt(), 2);
        // What each output holds adds up: rendered = for_output + preview_only, encoded as counted.
        QCOMPARE(frames.value(u"for_output").toInt(), 80);
        QCOMPARE(frames.value(u"preview_only").toInt(), 10);
        QCOMPARE(frames.value(u"encoded").toInt(), 78);
        QCOMPARE(o.value(u"target_kbps").toInt(), 4000);
        const QJsonArray outputs = o.value(u"outputs").toArray();
        QCOMPARE(outputs.size(), 2);
        const QJsonObject x = outputs[0].toObject();
        QCOMPARE(x.value(u"name").toString(), QStringLiteral("x"));
        QCOMPARE(x.value(u"state").toString(), QStringLiteral("live"));
        QCOMPARE(x.value(u"bytes").toInt(), 1500000);
        QCOMPARE(x.value(u"dropped_network").toInt(), 3);
        QCOMPARE(x.value(u"frames").toInt(), 75);
        QVERIFY(x.value(u"kbps").isDouble());
        const QJsonObject rec = outputs[1].toObject();
        QCOMPARE(rec.value(u"state").toString(), QStringLiteral("failed"));
        QCOMPARE(rec.value(u"error").toString(), QStringLiteral("write_failed"));
    }
};

QTEST_GUILESS_MAIN(TestSessionStats)
#include "tst_sessionstats.moc"
