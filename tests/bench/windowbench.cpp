// SPDX-License-Identifier: GPL-2.0-or-later
// Benchmark helper (tests/bench/window-docks.sh runs it): the window streaming 720p30 to an
// RTMP server, with every dock open and floating (all of them painted, the Stats graphs and the
// mixer meters running) or with every dock closed, under the offscreen platform. It measures the
// GUI thread's busy time (time spent delivering events, timers and paints) per second of the live
// run, and the frames lost by kind.
//   vida3_windowbench docks|plain SECONDS URL     the stream key comes from VIDA3_BENCH_KEY
// Prints one JSON line.
#include "app/destinationlist.h"
#include "app/sessioncontroller.h"
#include "tests/app/windowfixture.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

#include <cstdio>

using namespace vida3;

namespace {
// Counts the time the GUI thread spends handling events (nested deliveries counted once).
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth++ > 0) {
            const bool handled = QApplication::notify(receiver, event);
            --m_depth;
            return handled;
        }
        QElapsedTimer timer;
        timer.start();
        const bool handled = QApplication::notify(receiver, event);
        busyNs += timer.nsecsElapsed();
        --m_depth;
        return handled;
    }
    qint64 busyNs = 0;

private:
    int m_depth = 0;
};

template <typename T>
T *child(const QObject &root, const char *name)
{
    return root.findChild<T *>(QString::fromLatin1(name));
}
}  // namespace

int main(int argc, char *argv[])
{
    TimedApplication application(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4 || (args[1] != u"docks" && args[1] != u"plain")) {
        std::fprintf(stderr, "usage: vida3_windowbench docks|plain SECONDS URL (key in VIDA3_BENCH_KEY)\n");
        return 2;
    }
    const bool docks = args[1] == u"docks";
    const double seconds = args[2].toDouble();
    tests::WindowFixture fixture;
    if (!fixture.setUp())
        return 3;
    std::unique_ptr<app::StudioWindow> window = fixture.makeWindow(&fixture.secrets());
    window->resize(1600, 900);
    window->show();
    for (QDockWidget *dock : window->findChildren<QDockWidget *>()) {
        if (docks) {
            dock->show();
            dock->setFloating(true);  // every dock painted, none hidden behind a tab
        } else {
            dock->close();
        }
    }
    if (!tests::WindowFixture::addDestination(*window, QStringLiteral("bench"), args[3],
                                              qEnvironmentVariable("VIDA3_BENCH_KEY", QStringLiteral("bench"))))
        return 1;

    studio::SessionStats last;
    QObject::connect(window->controller(), &app::SessionController::statsUpdated, &application,
                     [&last](const studio::SessionStats &stats) { last = stats; });
    QElapsedTimer live;
    qint64 busyAtLive = 0;
    QObject::connect(window->controller(), &app::SessionController::streamStateChanged, &application,
                     [&](encoder::OutputState state, const Error &) {
                         if (state == encoder::OutputState::Live && !live.isValid()) {
                             live.start();
                             busyAtLive = application.busyNs;
                             QTimer::singleShot(static_cast<int>(seconds * 1000), &application, [&] {
                                 const double busyMsPerS = (application.busyNs - busyAtLive) / 1e6 / (live.nsecsElapsed() / 1e9);
                                 int64_t dropped = 0;
                                 for (const studio::OutputSnapshot &o : last.outputs)
                                     dropped += o.droppedNetwork;
                                 std::printf("{\"mode\":\"%s\",\"seconds\":%.1f,\"gui_busy_ms_per_s\":%.1f,\"missed_render\":%lld,"
                                             "\"skipped_encode\":%lld,\"dropped_network\":%lld,\"encoded\":%lld}\n",
                                             docks ? "docks" : "plain", live.nsecsElapsed() / 1e9, busyMsPerS,
                                             static_cast<long long>(last.frames.missedRender),
                                             static_cast<long long>(last.frames.skippedEncode), static_cast<long long>(dropped),
                                             static_cast<long long>(last.encoded));
                                 std::fflush(stdout);
                                 window->controller()->stopAll();
                                 QTimer::singleShot(2500, &application, &QCoreApplication::quit);
                             });
                         }
                     });
    QTimer::singleShot(500, &application, [&] { child<QPushButton>(*window, "goLiveButton")->click(); });
    QTimer::singleShot(static_cast<int>(seconds * 1000) + 30000, &application, [] {
        std::fprintf(stderr, "never went live\n");
        QCoreApplication::exit(4);
    });
    return application.exec();
}
