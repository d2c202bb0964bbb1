// SPDX-License-Identifier: GPL-2.0-or-later
// Settings: values that cannot be used are refused with the reason and nothing is saved; the
// output format reaches the encode and survives a restart; recordings go where and as chosen; a
// change while recording says when it applies; the theme switches at once.
#include "windowfixture.h"

#include "app/brandtheme.h"
#include "app/sessioncontroller.h"
#include "app/actions/actionregistry.h"
#include "app/settings/settingsdialog.h"
#include "app/windowtools.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

using namespace vida3;
using namespace vida3::tests;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<WindowFixture>();
        QVERIFY(m_fixture->setUp());
        open();
    }
    void cleanup()
    {
        m_window.reset();
        m_fixture.reset();
    }

    void refusesWhatCannotBeUsed()
    {
        struct Case
        {
            const char *size;
            int bitrate;
            const char *folder;
            const char *reason;
        };
        for (const Case &c : {Case{"1921x1080", 0, "", "even numbers"}, Case{"big", 0, "", "width x height"},
                              Case{"8000x4000", 0, "", "from 320×180 to 3840×2160"}, Case{"", 100, "", "from 300 to 51000 kbps"},
                              Case{"", 0, "clips", "full path"}}) {
            size()->setCurrentText(QLatin1String(c.size));
            if (!*c.size)
                size()->setCurrentIndex(0);
            requireChild<QSpinBox>(*dialog(), "outputBitrateSpin")->setValue(c.bitrate);
            requireChild<QLineEdit>(*dialog(), "recordingFolderEdit")->setText(QLatin1String(c.folder));
            QVERIFY(!dialog()->apply());
            QVERIFY2(dialog()->message()->text().contains(QString::fromUtf8(c.reason)), qPrintable(dialog()->message()->text()));
            QCOMPARE(dialog()->message()->property("role").toString(), QStringLiteral("error"));
            QVERIFY2(!m_fixture->uiSettings().contains(QStringLiteral("output/width")), "a refused value was saved");
        }
        // The keyframe interval: out of range is refused too.
        size()->setCurrentIndex(0);
        requireChild<QSpinBox>(*dialog(), "outputBitrateSpin")->setValue(0);
        requireChild<QLineEdit>(*dialog(), "recordingFolderEdit")->clear();
        requireChild<QDoubleSpinBox>(*dialog(), "outputKeyintSpin")->setValue(20);
        QVERIFY(!dialog()->apply());
        QVERIFY(dialog()->message()->text().contains(QStringLiteral("keyframe interval")));
    }

    void formatReachesTheEncodeAndIsKept()
    {
        size()->setCurrentText(QStringLiteral("1920x1080"));
        auto *fps = requireChild<QComboBox>(*dialog(), "outputFpsCombo");
        fps->setCurrentIndex(fps->findData(60));
        requireChild<QSpinBox>(*dialog(), "outputBitrateSpin")->setValue(6000);
        QVERIFY(dialog()->apply());
        QCOMPARE(dialog()->message()->text(), QStringLiteral("Saved."));
        const encoder::VideoSettings &video = m_window->controller()->settings().video;
        QCOMPARE(video.width, 1920);
        QCOMPARE(video.height, 1080);
        QCOMPARE(video.fps, 60);
        QCOMPARE(video.bitrateKbps, 6000);
        const QString summary = requireChild<QLabel>(*m_window, "outputFormat")->text();
        QVERIFY2(summary.contains(QStringLiteral("1920×1080 at 60 fps")), qPrintable(summary));

        m_window.reset();
        open();
        QCOMPARE(size()->currentText(), QStringLiteral("1920x1080"));
        QCOMPARE(m_window->controller()->settings().video.fps, 60);
    }

    void recordingsGoWhereAndAsChosen()
    {
        const QString folder = m_fixture->filePath(QStringLiteral("Clips"));
        requireChild<QLineEdit>(*dialog(), "recordingFolderEdit")->setText(folder);
        auto *format = requireChild<QComboBox>(*dialog(), "recordingFormatCombo");
        format->setCurrentIndex(format->findData(QStringLiteral("mp4")));
        QVERIFY(dialog()->apply());

        auto *record = requireChild<QPushButton>(*m_window, "recordButton");
        record->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->controller()->recordingState(), encoder::OutputState::Live, 10000);
        // A new format while recording is kept for the next start, and the dialog says so.
        size()->setCurrentText(QStringLiteral("1280x720"));
        QVERIFY(dialog()->apply());
        QVERIFY2(dialog()->message()->text().contains(QStringLiteral("until every output has stopped")),
                 qPrintable(dialog()->message()->text()));
        QTest::qWait(1500);
        record->click();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->controller()->recordingState(), encoder::OutputState::Stopped, 10000);
        const QStringList files = QDir(folder).entryList({QStringLiteral("vida3-*.mp4")}, QDir::Files);
        QCOMPARE(files.size(), 1);
        QFile file(QDir(folder).filePath(files.first()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(8).mid(4), QByteArray("ftyp"));  // an MP4, not Matroska with another name
    }

    void soundSettingsReachTheMixer()
    {
        auto *loudness = requireChild<QDoubleSpinBox>(*dialog(), "loudnessTargetSpin");
        loudness->setValue(-50);
        QVERIFY(!dialog()->apply());
        QVERIFY2(dialog()->message()->text().contains(QStringLiteral("-40 to -5 LUFS")), qPrintable(dialog()->message()->text()));
        loudness->setValue(-16);
        requireChild<QCheckBox>(*dialog(), "limiterCheck")->setChecked(false);
        QVERIFY(dialog()->apply());
        QCOMPARE(m_window->controller()->settings().loudnessTargetLufs, -16.0);
        QVERIFY(!m_window->controller()->settings().limiter);
    }

    void themeSwitchesAtOnce()
    {
        auto *theme = requireChild<QComboBox>(*dialog(), "themeCombo");
        theme->setCurrentIndex(theme->findData(QStringLiteral("light")));
        QVERIFY(dialog()->apply());
        QVERIFY(qApp->palette().color(QPalette::Window).lightness() > 200);
        QCOMPARE(m_fixture->uiSettings().value(QLatin1String(app::kThemeSetting)).toString(), QStringLiteral("light"));
        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
        QVERIFY(dialog()->apply());
        QVERIFY(qApp->palette().color(QPalette::Window).lightness() < 60);
    }

    void deleteAllDataAsksThenClosesFirst()
    {
        QAction *erase = m_window->tools()->registry()->action(QStringLiteral("app.deleteAllData"));
        QVERIFY(erase);
        dialog()->reject();
        // No: nothing happens.
        answer(QMessageBox::Cancel);
        erase->trigger();
        QVERIFY(m_window->isVisible());
        QVERIFY(!m_window->deleteAllDataOnClose());
        // Yes: the window stops everything and closes; the studio erases once it is gone (the
        // erasing itself: tst_deletealldata). The layout is not written on the way out.
        answer(QMessageBox::DestructiveRole);
        erase->trigger();
        QTRY_VERIFY(!m_window->isVisible());
        QVERIFY(m_window->deleteAllDataOnClose());
        QVERIFY(!m_fixture->uiSettings().contains(QStringLiteral("window/state")));
    }

private:
    // Answers the next message box: its Cancel button, or the button with that role.
    void answer(int how)
    {
        QTimer::singleShot(100, this, [how] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            for (QAbstractButton *b : box->buttons()) {
                if ((how == QMessageBox::Cancel && box->standardButton(b) == QMessageBox::Cancel)
                    || (how == QMessageBox::DestructiveRole && box->buttonRole(b) == QMessageBox::DestructiveRole)) {
                    b->click();
                    return;
                }
            }
        });
    }

    void open()
    {
        m_window = m_fixture->makeWindow(&m_fixture->secrets());
        m_window->show();
        dialog()->open();
    }
    app::SettingsDialog *dialog() const { return m_window->tools()->settingsDialog(); }
    QComboBox *size() const { return requireChild<QComboBox>(*dialog(), "outputSizeCombo"); }

    std::unique_ptr<WindowFixture> m_fixture;
    std::unique_ptr<app::StudioWindow> m_window;
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
