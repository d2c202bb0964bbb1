// SPDX-License-Identifier: GPL-2.0-or-later
#include "xvfbserver.h"

#include "processtools.h"

#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>

namespace vida3::testsupport {

XvfbServer::~XvfbServer()
{
    for (const std::shared_ptr<QProcess> &w : std::as_const(m_windows))
        stopProcess(*w, 1000);
    if (m_server.state() != QProcess::NotRunning)
        stopProcess(m_server, 2000);
}

QString XvfbServer::unavailableReason()
{
    for (const char *tool : {"Xvfb", "xmessage", "xwininfo"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            return QStringLiteral("%1 is not installed (packages xvfb, x11-utils)").arg(QString::fromLatin1(tool));
    }
    return {};
}

bool XvfbServer::start(QSize size, int timeoutMs)
{
    killWithParent(m_server);
    m_server.start(QStringLiteral("Xvfb"), {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                                            QStringLiteral("0"), QStringLiteral("%1x%2x24").arg(size.width()).arg(size.height()),
                                            QStringLiteral("-nolisten"), QStringLiteral("tcp"), QStringLiteral("-noreset")});
    if (!m_server.waitForStarted(timeoutMs)) {
        m_lastError = QStringLiteral("Xvfb did not start: ") + m_server.errorString();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    QByteArray out;
    while (!out.contains('\n') && timer.elapsed() < timeoutMs && m_server.state() == QProcess::Running) {
        m_server.waitForReadyRead(200);
        out += m_server.readAllStandardOutput();
    }
    bool ok = false;
    const int number = out.trimmed().toInt(&ok);
    if (!ok) {
        m_lastError = QStringLiteral("Xvfb gave no display number: %1").arg(QString::fromUtf8(m_server.readAllStandardError()));
        return false;
    }
    m_display = QStringLiteral(":%1").arg(number);
    return true;
}

bool XvfbServer::showWindow(const QString &colour, const QRect &geometry, int timeoutMs)
{
    auto window = std::make_shared<QProcess>();
    killWithParent(*window);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), m_display);
    window->setProcessEnvironment(env);
    const QString title = QStringLiteral("vida3-test-%1").arg(m_windows.size());
    window->start(QStringLiteral("xmessage"),
                  {QStringLiteral("-title"), title, QStringLiteral("-bg"), colour, QStringLiteral("-fg"), colour,
                   QStringLiteral("-geometry"),
                   QStringLiteral("%1x%2+%3+%4").arg(geometry.width()).arg(geometry.height()).arg(geometry.x()).arg(geometry.y()),
                   QStringLiteral(" ")});
    if (!window->waitForStarted(timeoutMs)) {
        m_lastError = QStringLiteral("xmessage did not start");
        return false;
    }
    m_windows.append(window);
    QString id;
    const bool mapped = waitUntil(
        [&] {
            const ToolResult r = runTool(QStringLiteral("xwininfo"),
                                         {QStringLiteral("-display"), m_display, QStringLiteral("-name"), title}, 5000);
            static const QRegularExpression idRe(QStringLiteral("Window id: (0x[0-9a-f]+)"));
            id = idRe.match(QString::fromUtf8(r.stdOut)).captured(1);
            return r.exitCode == 0 && r.stdOut.contains("IsViewable");
        },
        timeoutMs, 100);
    m_windowIds.append(id);
    if (!mapped)
        m_lastError = QStringLiteral("the %1 window never appeared").arg(colour);
    return mapped;
}

}  // namespace vida3::testsupport
