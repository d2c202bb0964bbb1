// SPDX-License-Identifier: GPL-2.0-or-later
// The desktop finds the running window's installed name and icon only when the application's
// identity matches the packaged files: the Wayland app id is the desktop file's name, X11's
// WM_CLASS is the application name that the desktop file's StartupWMClass names, and the
// AppStream metainfo launches that desktop file.
#include "app/applicationidentity.h"

#include <QFile>
#include <QGuiApplication>
#include <QTest>

class TestApplicationIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identityMatchesThePackagedDesktopFile();
};

void TestApplicationIdentity::identityMatchesThePackagedDesktopFile()
{
    vida3::app::applyApplicationIdentity();
    const QString linuxDir = QStringLiteral(VIDA3_TEST_SOURCE_DIR "/packaging/linux/");
    const QString desktopPath = linuxDir + QGuiApplication::desktopFileName() + QStringLiteral(".desktop");
    QVERIFY2(QFile::exists(desktopPath), qPrintable(desktopPath));

    QFile desktop(desktopPath);
    QVERIFY(desktop.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(desktop.readAll());
    QVERIFY(text.contains(QStringLiteral("\nStartupWMClass=") + QCoreApplication::applicationName() + u'\n'));
    QVERIFY(text.contains(QStringLiteral("\nExec=") + QCoreApplication::applicationName()));
    QVERIFY(text.contains(QStringLiteral("\nIcon=") + QGuiApplication::desktopFileName() + u'\n'));

    QFile metainfo(linuxDir + QGuiApplication::desktopFileName() + QStringLiteral(".metainfo.xml"));
    QVERIFY2(metainfo.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(metainfo.fileName()));
    const QString xml = QString::fromUtf8(metainfo.readAll());
    QVERIFY(xml.contains(QStringLiteral("<id>") + QGuiApplication::desktopFileName() + QStringLiteral("</id>")));
    QVERIFY(xml.contains(QStringLiteral("<launchable type=\"desktop-id\">") + QGuiApplication::desktopFileName()
                         + QStringLiteral(".desktop</launchable>")));
    QVERIFY(xml.contains(QStringLiteral("<release version=\"") + QCoreApplication::applicationVersion()
                         + u'"'));
}

QTEST_MAIN(TestApplicationIdentity)
#include "tst_applicationidentity.moc"
