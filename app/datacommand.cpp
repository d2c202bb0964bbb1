// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/datacommand.h"

#include "app/applicationidentity.h"
#include "encoder/avlogbridge.h"
#include "encoder/secretredactor.h"
#include "studio/destination/destinationstore.h"
#include "studio/destination/keychainsecretstore.h"
#include "studio/logging/loghandler.h"
#include "studio/privacy/userdata.h"
#include "studio/setup/encodecandidates.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define VIDA3_ISATTY(fd) _isatty(fd)
#else
#include <unistd.h>
#define VIDA3_ISATTY(fd) isatty(fd)
#endif

namespace vida3::app {

namespace {
constexpr int kExitDeclined = 1;
constexpr int kExitNeedsYes = 2;
constexpr int kExitFailed = 3;

void printJson(const QJsonObject &object)
{
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

int runMeasure(const StudioOptions &options)
{
    SecretRedactor redactor;
    studio::LogHandler log(redactor, options.logFormat, QtCriticalMsg);
    encoder::AvLogBridge libavLog(redactor);
    const bool json = options.logFormat == studio::LogHandler::Format::Json;
    if (!json)
        std::printf("Measuring what this machine can encode (about %g s per format; it keeps up at %.0f× real time or more):\n",
                    options.measureSeconds, studio::kKeepsUpSpeed);
    QList<studio::CandidateResult> results;
    for (const studio::EncodeCandidate &candidate : studio::encodeCandidates()) {
        studio::CandidateResult result{candidate, std::nullopt, {}};
        if (!studio::needsMeasuring(results))
            continue;
        auto measured = encoder::measureEncode(candidate.videoSettings(), options.measureSeconds);
        if (measured)
            result.measurement = measured.value();
        else
            result.error = measured.error().detail;
        results.append(result);
        const double fps = result.measurement ? result.measurement->fps() : 0.0;
        if (json) {
            printJson({{QStringLiteral("width"), candidate.width},
                       {QStringLiteral("height"), candidate.height},
                       {QStringLiteral("fps"), candidate.fps},
                       {QStringLiteral("preset"), candidate.x264Preset},
                       {QStringLiteral("encoded_fps"), std::round(fps * 10) / 10},
                       {QStringLiteral("ms_per_frame"), result.measurement ? std::round(result.measurement->msPerFrame() * 100) / 100 : 0.0},
                       {QStringLiteral("speed"), result.measurement ? std::round(result.measurement->speed() * 100) / 100 : 0.0},
                       {QStringLiteral("keeps_up"), result.keepsUp()},
                       {QStringLiteral("error"), result.error}});
        } else {
            std::printf("  %-40s %s\n", qUtf8Printable(candidate.label()),
                        result.error.isEmpty() ? qUtf8Printable(QStringLiteral("%1 frames/s (%2× real time)%3")
                                                                    .arg(fps, 0, 'f', 1)
                                                                    .arg(result.measurement->speed(), 0, 'f', 2)
                                                                    .arg(result.keepsUp() ? QStringLiteral(": keeps up") : QString()))
                                               : qUtf8Printable(result.error));
            std::fflush(stdout);
        }
    }
    const std::optional<studio::EncodeCandidate> best = studio::recommend(results);
    if (json)
        printJson({{QStringLiteral("recommended"), best ? best->label() : QString()}});
    else if (best)
        std::printf("Recommended: %s\n", qUtf8Printable(best->label()));
    else
        std::printf("Even 1280×720 at 30 fps with x264 ultrafast does not keep up here: use a hardware encoder "
                    "(vida3-studio --list-encoders) or close other programs.\n");
    return best ? 0 : kExitFailed;
}

bool confirm(const QStringList &places, int secrets)
{
    QTextStream out(stdout);
    out << "This removes everything VIDA³ Studio keeps on this computer:\n";
    for (const QString &place : places)
        out << "  " << place << '\n';
    out << "  and " << secrets << " keychain entries (stream keys, relay secret, remote-control password).\n"
        << "Your recordings stay. Type \"delete\" to go on: " << Qt::flush;
    QTextStream in(stdin);
    return in.readLine().trimmed() == QLatin1String("delete");
}

int deleteAllData(int argc, char *argv[], const StudioOptions &options)
{
    QCoreApplication application(argc, argv);
    applyApplicationIdentity();
    QStringList names;
    {
        const studio::DestinationStore destinations;
        names = studio::userSecretNames(destinations);
    }
    const studio::UserDataPlaces places = studio::UserDataPlaces::current();
    if (!options.assumeYes) {
        if (!VIDA3_ISATTY(0)) {
            std::fprintf(stderr, "vida3-studio: --delete-all-data asks first; without a terminal add --yes\n");
            return kExitNeedsYes;
        }
        if (!confirm(places.existing(), int(names.size()))) {
            std::fprintf(stderr, "vida3-studio: nothing was deleted\n");
            return kExitDeclined;
        }
    }
    studio::KeychainSecretStore keychain;
    int code = 0;
    studio::UserDataEraser::erase(&keychain, names, places, [&](const studio::EraseReport &report) {
        for (const QString &removed : report.removed)
            std::printf("removed %s\n", qUtf8Printable(removed));
        std::printf("removed %d keychain entries\n", report.secretsDeleted);
        for (const QString &failure : report.failures)
            std::fprintf(stderr, "vida3-studio: %s\n", qUtf8Printable(failure));
        code = report.ok() ? 0 : kExitFailed;
        QCoreApplication::exit(code);
    });
    application.exec();
    return code;
}
}  // namespace

void addDataOptions(QCommandLineParser &p)
{
    p.addOptions({
        QCommandLineOption(QStringLiteral("delete-all-data"),
                           QStringLiteral("Remove everything the studio keeps (settings, scenes, schedule, history, "
                                          "stream keys in the keychain) and exit. Recordings stay.")),
        QCommandLineOption(QStringLiteral("yes"), QStringLiteral("With --delete-all-data: do not ask first.")),
        QCommandLineOption(QStringLiteral("measure-encode"),
                           QStringLiteral("Measure what this machine can encode (720p30 to 1080p60), recommend a format and exit.")),
        QCommandLineOption(QStringLiteral("measure-seconds"), QStringLiteral("With --measure-encode: seconds per format (default 3)."),
                           QStringLiteral("S")),
    });
}

Status readDataOptions(const QCommandLineParser &p, StudioOptions *o)
{
    o->deleteAllData = p.isSet(QStringLiteral("delete-all-data"));
    o->assumeYes = p.isSet(QStringLiteral("yes"));
    o->measureEncode = p.isSet(QStringLiteral("measure-encode"));
    if (p.isSet(QStringLiteral("measure-seconds"))) {
        bool ok = false;
        o->measureSeconds = p.value(QStringLiteral("measure-seconds")).toDouble(&ok);
        if (!ok || o->measureSeconds < 0.2 || o->measureSeconds > 60)
            return Error{ErrorCode::InvalidArgument, QStringLiteral("--measure-seconds: expected 0.2 to 60, got \"%1\"")
                                                         .arg(p.value(QStringLiteral("measure-seconds")))};
    }
    if (o->assumeYes && !o->deleteAllData)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("--yes only goes with --delete-all-data")};
    return Status::ok();
}

bool isDataCommand(const StudioOptions &options)
{
    return options.deleteAllData || options.measureEncode;
}

int runDataCommand(int argc, char *argv[], const StudioOptions &options)
{
    if (options.measureEncode)
        return runMeasure(options);
    return deleteAllData(argc, argv, options);
}

}  // namespace vida3::app
