// SPDX-License-Identifier: GPL-2.0-or-later
// The session history, as a user finds it: two headless sessions, one streaming to nginx-rtmp
// and one recording, are kept with their durations, byte counts and destinations; --history
// prints them (text and JSON lines), --history-csv exports a CSV that parses; sessions older
// than the retention go when a session ends; --no-history keeps nothing; the stream key is in
// no file of the history, no export and no output.
#include "nginxrtmpserver.h"
#include "secretscan.h"
#include "studioprocess.h"
#include "studiotestargs.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace vida3::testsupport;
using namespace vida3::integration;

namespace {
constexpr int kStreamS = 5;
constexpr int kRecordS = 3;

// RFC 4180 fields of one CSV line (quotes doubled inside quoted fields).
QStringList csvFields(const QString &line)
{
    QStringList fields{QString()};
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted && c == u'"' && i + 1 < line.size() && line[i + 1] == u'"') {
            fields.last() += c;
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            fields.append(QString());
        } else {
            fields.last() += c;
        }
    }
    return fields;
}
}  // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sessionsAreKeptPrintedAndExported();

private:
    // A run of the studio that shares the history folder of the test.
    bool run(StudioProcess &studio, const QStringList &args, int timeoutMs);
    QTemporaryDir m_data;
};

void TestHistory::initTestCase()
{
    if (const QString why = missingPrerequisite(); !why.isEmpty())
        QFAIL(qPrintable(QStringLiteral("prerequisite missing (./test.sh installs it): ") + why));
    QVERIFY(m_data.isValid());
}

bool TestHistory::run(StudioProcess &studio, const QStringList &args, int timeoutMs)
{
    studio.setEnv(QStringLiteral("XDG_DATA_HOME"), m_data.path());
    if (!studio.start(args) || !studio.waitForExit(timeoutMs)) {
        qWarning().noquote() << "the studio did not run:" << args << studio.output();
        return false;
    }
    if (!studio.exitedNormally() || studio.exitCode() != 0) {
        qWarning().noquote() << "exit" << studio.exitCode() << studio.output();
        return false;
    }
    return true;
}

void TestHistory::sessionsAreKeptPrintedAndExported()
{
    const QString historyFile = m_data.filePath(QStringLiteral("VIDA3/vida3-studio/history.jsonl"));
    // A session that ended 200 days ago: the default retention (90 days) removes it.
    QVERIFY(QDir().mkpath(QFileInfo(historyFile).absolutePath()));
    {
        QFile old(historyFile);
        QVERIFY(old.open(QIODevice::WriteOnly));
        const QDateTime then = QDateTime::currentDateTimeUtc().addDays(-200);
        old.write(QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("old")},
                                            {QStringLiteral("start"), then.toString(Qt::ISODateWithMs)},
                                            {QStringLiteral("end"), then.addSecs(60).toString(Qt::ISODateWithMs)},
                                            {QStringLiteral("collection"), QStringLiteral("long ago")}})
                      .toJson(QJsonDocument::Compact)
                  + '\n');
    }

    NginxRtmpServer server;
    QVERIFY2(server.start(), qPrintable(server.lastError()));
    const QString key = uniqueStreamKey();
    StudioProcess streaming(studioBinary());
    streaming.setEnv(keyEnvName(), key);
    QVERIFY(run(streaming, headlessStreamArgs(server.ingestUrl(), kStreamS), (kStreamS + 30) * 1000));
    QVERIFY(server.stop());
    const QStringList received = server.recordings();
    QCOMPARE(received.size(), 1);
    const qint64 receivedBytes = QFileInfo(received.first()).size();

    StudioProcess recording(studioBinary());
    const QString file = recording.workFile(QStringLiteral("take.mkv"));
    QVERIFY(run(recording, {QStringLiteral("--headless"), QStringLiteral("--record"), file, QStringLiteral("--duration"),
                            QString::number(kRecordS)},
                (kRecordS + 30) * 1000));
    StudioProcess unkept(studioBinary());
    QVERIFY(run(unkept, {QStringLiteral("--headless"), QStringLiteral("--record"), unkept.workFile(QStringLiteral("x.mkv")),
                         QStringLiteral("--duration"), QStringLiteral("1"), QStringLiteral("--no-history")},
                30000));

    // --history --log-format json: the two sessions, oldest first; the old one is gone.
    StudioProcess printer(studioBinary());
    QVERIFY(run(printer, {QStringLiteral("--history"), QStringLiteral("--log-format"), QStringLiteral("json")}, 30000));
    const QList<QByteArray> lines = printer.stdOut().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject live = QJsonDocument::fromJson(lines[0]).object();
    const QJsonObject recorded = QJsonDocument::fromJson(lines[1]).object();
    QVERIFY2(live[u"headless"].toBool() && recorded[u"headless"].toBool(), lines[0].constData());

    const double liveS = live[u"duration_s"].toDouble();
    QVERIFY2(liveS >= kStreamS - 0.5 && liveS <= kStreamS + 5, qPrintable(QString::number(liveS)));
    const QJsonArray destinations = live[u"destinations"].toArray();
    QCOMPARE(destinations.size(), 1);
    const QJsonObject destination = destinations.first().toObject();
    QVERIFY2(destination[u"url"].toString().startsWith(server.ingestUrl()), qPrintable(destination[u"url"].toString()));
    QCOMPARE(destination[u"state"].toString(), QStringLiteral("stopped"));
    // What the studio counts as sent is what nginx kept, give or take FLV framing (nginx
    // writes its own headers): within 10 %.
    const double sent = destination[u"bytes"].toDouble();
    QVERIFY2(std::abs(sent - receivedBytes) < 0.1 * receivedBytes,
             qPrintable(QStringLiteral("history %1 bytes, nginx %2: %3").arg(sent).arg(receivedBytes).arg(QString::fromUtf8(lines[0]))));
    const double kbps = destination[u"avg_kbps"].toDouble();
    QVERIFY2(kbps > 500 && kbps < 8000, qPrintable(QString::number(kbps)));  // the x preset's 4000 kbps
    QVERIFY(!live.contains(u"recording"));
    QVERIFY(live[u"series"].toArray().size() >= 1);

    const double recordedS = recorded[u"duration_s"].toDouble();
    QVERIFY2(recordedS >= kRecordS - 0.5 && recordedS <= kRecordS + 5, qPrintable(QString::number(recordedS)));
    QVERIFY(recorded[u"destinations"].toArray().isEmpty());
    const QJsonObject take = recorded[u"recording"].toObject();
    QCOMPARE(QFileInfo(take[u"path"].toString()).canonicalFilePath(), QFileInfo(file).canonicalFilePath());
    QCOMPARE(static_cast<qint64>(take[u"bytes"].toDouble()), QFileInfo(file).size());
    // Frames the loaded machine could not encode are not in the file; the count is what it holds.
    QVERIFY(take[u"frames"].toDouble() > 0 && take[u"frames"].toDouble() <= kRecordS * 30);
    const QJsonObject lost = recorded[u"frames"].toObject();
    QVERIFY(lost.contains(u"missed_render") && lost.contains(u"skipped_encode") && lost.contains(u"dropped_network"));

    // The text form: one line per session.
    StudioProcess text(studioBinary());
    QVERIFY(run(text, {QStringLiteral("--history")}, 30000));
    const QString printed = QString::fromUtf8(text.stdOut());
    QCOMPARE(printed.trimmed().split(u'\n').size(), 2);
    QVERIFY2(printed.contains(u"live") && printed.contains(u"recording") && printed.contains(file), qPrintable(printed));

    // --history-csv: a header and two rows of the same width; the destination is named.
    StudioProcess exporter(studioBinary());
    const QString csvPath = exporter.workFile(QStringLiteral("history.csv"));
    QVERIFY(run(exporter, {QStringLiteral("--history-csv"), csvPath}, 30000));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(csv.readAll());
    const QStringList rows = csvText.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 3);
    const QStringList header = csvFields(rows[0]);
    QVERIFY(header.contains(u"duration_s") && header.contains(u"bytes_sent") && header.contains(u"recording"));
    for (const QString &row : rows)
        QCOMPARE(csvFields(row).size(), header.size());
    const QStringList first = csvFields(rows[1]);
    QVERIFY2(first[header.indexOf(u"destinations")].contains(server.ingestUrl()), qPrintable(rows[1]));
    QCOMPARE(first[header.indexOf(u"bytes_sent")].toDouble(), sent);

    // The key: in no file of ours, no export, no output.
    const SecretScan scan(key);
    QVERIFY2(scan.filesContaining(m_data.path()).isEmpty(), "the stream key is in the history folder");
    QVERIFY(!scan.foundIn(csvText.toUtf8()));
    for (StudioProcess *p : {&streaming, &printer, &text, &exporter})
        QVERIFY(!scan.foundIn(p->stdOut() + p->stdErr()));
    // The history is the user's alone.
    QCOMPARE(QFileInfo(historyFile).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
