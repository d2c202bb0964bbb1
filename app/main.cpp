// SPDX-License-Identifier: GPL-2.0-or-later
// The composition root: parses the command line, creates the process-wide pieces (log
// handler, libav log bridge, secret redactor, keychain) once, and runs either the window
// or the headless studio.
#include "app/applicationidentity.h"
#include "app/commandline.h"
#include "app/datacommand.h"
#include "app/devicecommand.h"
#include "app/historycommand.h"
#include "app/language.h"
#include "app/encodercommand.h"
#include "app/headlessrunner.h"
#include "app/relaycommand.h"
#include "app/platform/runtimeenvironment.h"
#include "app/platform/windowsconsole.h"
#include "app/platform/signalwatcher.h"
#include "app/studiowindowentry.h"
#include "encoder/avlogbridge.h"
#include "encoder/secretredactor.h"
#include "studio/destination/keychainsecretstore.h"
#include "studio/logging/loghandler.h"
#include "studio/platform/allocator.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QGuiApplication>
#include <QIcon>
#include <QStandardPaths>
#include <QTimer>
#include <QSettings>

#include <cstdio>
#include <cstdlib>


using namespace vida3;

namespace {
constexpr int kDemoSeconds = 5;

QString demoRecordingPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
    if (dir.isEmpty() || !QDir().mkpath(dir))
        dir = QDir::tempPath();
    return QDir(dir).filePath(QStringLiteral("vida3-demo-%1.mkv")
                                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
}

int runHeadless(int argc, char *argv[], app::StudioOptions options)
{
    // Text and images render without a display server.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    app::platform::ensureRuntimeDir();
    QGuiApplication application(argc, argv);
    app::applyApplicationIdentity();
    app::installLanguage(application, options.language, QSettings());
    SecretRedactor redactor;
    studio::LogHandler log(redactor, options.logFormat, options.logLevel);
    encoder::AvLogBridge libavLog(redactor);
    studio::KeychainSecretStore secrets;
    app::SignalWatcher signals;
    app::HeadlessRunner runner(options, redactor, secrets);
    int signalsSeen = 0;
    QObject::connect(&signals, &app::SignalWatcher::terminationRequested, &runner, [&](int) {
        if (++signalsSeen > 1)
            std::_Exit(130);  // a second Ctrl+C: the user insists
        runner.requestStop();
    });
    QObject::connect(&runner, &app::HeadlessRunner::finished, &application, &QCoreApplication::exit);
    QTimer::singleShot(0, &runner, &app::HeadlessRunner::start);
    return application.exec();
}
}  // namespace

int main(int argc, char *argv[])
{
    studio::platform::keepVideoBuffersMapped();  // before any thread or large buffer exists
    app::platform::attachParentConsole();  // Windows: print to the console we were started from
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    auto parsed = app::parseCommandLine(arguments);
    if (!parsed) {
        std::fprintf(stderr, "vida3-studio: %s\nTry 'vida3-studio --help'.\n", qUtf8Printable(parsed.error().detail));
        return 2;
    }
    if (parsed->action != app::CommandLineAction::Run) {
        std::fputs(qUtf8Printable(parsed->text), stdout);
        std::fputs("\n", stdout);
        return 0;
    }
    app::StudioOptions options = parsed->options;
    if (app::isRelayCommand(options))
        return app::runRelayCommand(argc, argv, options);
    if (options.listEncoders)
        return app::runEncoderList(options);
    if (options.listDevices)
        return app::runDeviceList(options);
    if (app::isHistoryCommand(options))
        return app::runHistoryCommand(argc, argv, options);
    if (app::isDataCommand(options))
        return app::runDataCommand(argc, argv, options);
    if (!options.headless && !options.demo && !app::platform::hasDisplay()) {
        std::fprintf(stderr, "vida3-studio: no display found (DISPLAY and WAYLAND_DISPLAY are unset): "
                             "running the headless demo instead.\n");
        options.demo = true;
    }
    if (options.demo) {
        options.headless = true;
        if (options.recordPath.isEmpty())
            options.recordPath = demoRecordingPath();
        if (options.durationSec <= 0)
            options.durationSec = kDemoSeconds;
        std::fprintf(stderr, "vida3-studio: recording the VIDA³ scene for %g s to %s\n", options.durationSec,
                     qUtf8Printable(options.recordPath));
    }
    if (options.headless)
        return runHeadless(argc, argv, options);

    QApplication application(argc, argv);
    app::applyApplicationIdentity();
    // The installed theme icon where there is one (Linux packages), else the built-in copy.
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.vida3.Studio"),
                                                 QIcon(QStringLiteral(":/icons/org.vida3.Studio.png"))));
    app::installLanguage(application, options.language, QSettings());
    SecretRedactor redactor;
    studio::LogHandler log(redactor, options.logFormat, options.logLevel);
    encoder::AvLogBridge libavLog(redactor);
    return app::runStudioWindow(application, options, redactor);
}
