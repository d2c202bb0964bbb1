// SPDX-License-Identifier: GPL-2.0-or-later
// Killing the studio (SIGKILL) while it saves the scene collection never leaves a torn or empty
// file: a helper saves a 1.5 MB collection as fast as it can and is killed at 40 random
// moments; after each kill the file opens as a valid collection with every scene.
#include "studio/scene/collectionparser.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestAutosaveKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aKillDuringASaveNeverCorruptsTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("scenes.json"));
        QRandomGenerator random(42);
        int killedAfterSaves = 0;
        for (int round = 0; round < 40; ++round) {
            QProcess helper;
            helper.start(QStringLiteral(VIDA3_SAVESTRESS_BIN), {path});
            QVERIFY(helper.waitForStarted());
            // Wait for the first save of this round, then kill at a random moment.
            QByteArray said;
            while (!said.contains("saved") && helper.waitForReadyRead(10000))
                said += helper.readAllStandardOutput();
            QVERIFY2(said.contains("saved"), helper.readAllStandardError().constData());
            QTest::qWait(random.bounded(1, 60));
            ::kill(helper.processId(), SIGKILL);
            QVERIFY(helper.waitForFinished(5000));
            QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
            ++killedAfterSaves;
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(bytes.size() > 100000, qPrintable(QStringLiteral("round %1: %2 bytes").arg(round).arg(bytes.size())));
            const auto collection = vida3::studio::parseSceneCollection(bytes, path);
            QVERIFY2(collection, collection ? "" : qPrintable(collection.error().detail));
            QCOMPARE(collection->scenes.size(), 60);
        }
        QCOMPARE(killedAfterSaves, 40);
        // Temporary files of interrupted saves may remain; they are never the collection.
    }
};

QTEST_GUILESS_MAIN(TestAutosaveKill)

#include "tst_autosavekill.moc"
