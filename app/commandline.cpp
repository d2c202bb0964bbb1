// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/commandline.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace vida3::app {

namespace {
Error bad(const QString &detail)
{
    return Error{ErrorCode::InvalidArgument, detail};
}

bool readInt(const QCommandLineParser &p, const QString &name, int min, int max, std::optional<int> *out,
             Error *error)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok || v < min || v > max) {
        *error = bad(QStringLiteral("--%1: expected a whole number from %2 to %3, got \"%4\"")
                         .arg(name).arg(min).arg(max).arg(p.value(name)));
        return false;
    }
    *out = v;
    return true;
}
}  // namespace

Expected<ParsedCommandLine> parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "VIDA³ Studio: render the VIDA³ canvas, encode it and stream it live (RTMP/RTMPS) or record it.\n"
        "Without options it opens the studio window. Exit codes: 0 clean stop; 2 bad arguments, scene or "
        "destination; 3 an output failed."));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Show the version."));
    auto opt = [](const char *name, const char *description, const char *valueName = nullptr) {
        return QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(description),
                                  valueName ? QString::fromLatin1(valueName) : QString());
    };
    p.addOption(help);
    p.addOption(version);
    p.addOptions({
        opt("headless", "No window; run until --duration ends or SIGINT/SIGTERM, then stop cleanly."),
        opt("scene", "Scene JSON file (default: the built-in VIDA³ scene).", "FILE"),
        opt("preset", "Platform preset: x, youtube, twitch, facebook or custom (default x).", "NAME"),
        opt("resolution", "Output size, e.g. 1280x720 (overrides the preset).", "WxH"),
        opt("fps", "Frames per second (overrides the preset).", "N"),
        opt("video-bitrate", "Video bitrate in kbps (overrides the preset).", "KBPS"),
        opt("keyint", "Keyframe interval in seconds (overrides the preset).", "SECONDS"),
        opt("audio-bitrate", "AAC bitrate in kbps (overrides the preset).", "KBPS"),
        opt("stream", "Ingest server URL without the key (rtmp:// or rtmps://).", "URL"),
        opt("stream-key-env", "Read the stream key from this environment variable.", "NAME"),
        opt("destination", "Use a destination saved in the window (key from the keychain).", "NAME"),
        opt("tls-ca-file", "Trust this CA for rtmps:// (default: the system trust store).", "FILE"),
        opt("record", "Record locally too (.mkv or .mp4).", "FILE"),
        opt("duration", "Stop cleanly after this many seconds.", "SECONDS"),
        opt("stats", "Write one JSON stats line per second to FILE, or - for stdout.", "FILE|-"),
        opt("log-format", "text or json (default text).", "FORMAT"),
        opt("log-level", "debug, info, warning or error (default info).", "LEVEL"),
        opt("demo", "Record the default scene for a few seconds and say where the file is."),
    });
    if (!p.parse(arguments))
        return bad(p.errorText());
    if (!p.positionalArguments().isEmpty())
        return bad(QStringLiteral("unexpected argument \"%1\" (see --help)").arg(p.positionalArguments().first()));

    ParsedCommandLine result;
    if (p.isSet(help)) {
        result.action = CommandLineAction::ShowHelp;
        result.text = p.helpText();
        return result;
    }
    if (p.isSet(version)) {
        result.action = CommandLineAction::ShowVersion;
        result.text = QStringLiteral("vida3-studio %1").arg(QStringLiteral(VIDA3_VERSION));
        return result;
    }

    StudioOptions &o = result.options;
    o.headless = p.isSet(QStringLiteral("headless"));
    o.demo = p.isSet(QStringLiteral("demo"));
    o.scenePath = p.value(QStringLiteral("scene"));
    if (p.isSet(QStringLiteral("preset")))
        o.presetId = p.value(QStringLiteral("preset")).toLower();
    if (p.isSet(QStringLiteral("resolution"))) {
        static const QRegularExpression re(QStringLiteral("^(\\d{2,4})x(\\d{2,4})$"));
        const auto m = re.match(p.value(QStringLiteral("resolution")));
        if (!m.hasMatch())
            return bad(QStringLiteral("--resolution: expected WIDTHxHEIGHT such as 1280x720, got \"%1\"")
                           .arg(p.value(QStringLiteral("resolution"))));
        o.width = m.captured(1).toInt();
        o.height = m.captured(2).toInt();
    }
    Error error;
    if (!readInt(p, QStringLiteral("fps"), 1, 120, &o.fps, &error)
        || !readInt(p, QStringLiteral("video-bitrate"), 100, 100000, &o.videoBitrateKbps, &error)
        || !readInt(p, QStringLiteral("audio-bitrate"), 32, 320, &o.audioBitrateKbps, &error))
        return error;
    if (p.isSet(QStringLiteral("keyint"))) {
        bool ok = false;
        const double v = p.value(QStringLiteral("keyint")).toDouble(&ok);
        if (!ok || v < 0.5 || v > 20)
            return bad(QStringLiteral("--keyint: expected seconds from 0.5 to 20, got \"%1\"")
                           .arg(p.value(QStringLiteral("keyint"))));
        o.keyintSec = v;
    }
    if (p.isSet(QStringLiteral("duration"))) {
        bool ok = false;
        o.durationSec = p.value(QStringLiteral("duration")).toDouble(&ok);
        if (!ok || o.durationSec <= 0)
            return bad(QStringLiteral("--duration: expected a positive number of seconds, got \"%1\"")
                           .arg(p.value(QStringLiteral("duration"))));
    }
    o.streamUrl = p.value(QStringLiteral("stream"));
    o.streamKeyEnv = p.value(QStringLiteral("stream-key-env"));
    o.destinationName = p.value(QStringLiteral("destination"));
    o.tlsCaFile = p.value(QStringLiteral("tls-ca-file"));
    o.recordPath = p.value(QStringLiteral("record"));
    o.statsPath = p.value(QStringLiteral("stats"));
    if (!o.streamUrl.isEmpty() && !o.destinationName.isEmpty())
        return bad(QStringLiteral("--stream and --destination cannot be combined"));
    if (!o.streamUrl.isEmpty() && o.streamKeyEnv.isEmpty())
        return bad(QStringLiteral("--stream needs --stream-key-env NAME: the key is never taken from the command line"));
    if (p.isSet(QStringLiteral("log-format"))
        && !studio::LogHandler::parseFormat(p.value(QStringLiteral("log-format")), &o.logFormat))
        return bad(QStringLiteral("--log-format: expected text or json"));
    if (p.isSet(QStringLiteral("log-level"))
        && !studio::LogHandler::parseLevel(p.value(QStringLiteral("log-level")), &o.logLevel))
        return bad(QStringLiteral("--log-level: expected debug, info, warning or error"));
    const bool headlessOnly = !o.streamUrl.isEmpty() || !o.destinationName.isEmpty() || !o.recordPath.isEmpty()
        || o.durationSec > 0 || !o.statsPath.isEmpty();
    if (headlessOnly && !o.headless && !o.demo)
        return bad(QStringLiteral("--stream, --destination, --record, --duration and --stats need --headless"));
    return result;
}

}  // namespace vida3::app
