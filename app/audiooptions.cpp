// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/audiooptions.h"

#include "studio/audio/decibels.h"

#include <QCommandLineParser>

#include <algorithm>
#include <cmath>

namespace vida3::app {

namespace {
Error bad(const QString &detail)
{
    return Error{ErrorCode::InvalidArgument, detail};
}
}  // namespace

void addAudioOptions(QCommandLineParser &p)
{
    auto opt = [](const char *name, const char *description, const char *valueName = nullptr) {
        return QCommandLineOption(QString::fromLatin1(name), QString::fromUtf8(description),
                                  valueName ? QString::fromLatin1(valueName) : QString());
    };
    p.addOptions({
        opt("list-devices", "Print the audio inputs (microphones, and monitors for desktop audio) and exit; JSON "
                            "with --log-format json."),
        opt("audio-input", "Add a microphone channel (mic, mic2, …): NAME or id as --list-devices prints it, or "
                           "default (follows the system's choice); repeatable.", "NAME|default"),
        opt("desktop-audio", "Add desktop audio (what the computer plays; the default output unless NAME).",
            "NAME|default"),
        opt("mixer", "Set a channel's fader in dB (-inf, or -120 to +20), mute it and shift it in time (ms; "
                     "positive: later): e.g. mic=-6, tone=0,mute or media=0,offset=200. Channels: tone, mic…, "
                     "desktop…, media layers, browser; repeatable.", "CHANNEL=DB[,mute][,offset=MS]"),
        opt("filter", "Filters of a channel, in running order: noise[:DB] (speexdsp suppression, default -30), "
                      "gate[:OPEN:CLOSE] (default -26:-32 dB), gain:DB, compressor[:RATIO:THRESHOLD] (default 10:-18), "
                      "mono, balance:B (-1 left … 1 right); e.g. mic=noise,gate,compressor. Repeatable.",
            "CHANNEL=LIST"),
        opt("loudness-target", "Programme loudness target in LUFS, shown beside the meter (default -14).", "LUFS"),
        opt("no-tone", "Leave the VIDA³ tone out of the programme."),
    });
}

QStringList withAudioDefaults(QStringList arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] != u"--desktop-audio")
            continue;
        if (i + 1 >= arguments.size() || arguments[i + 1].startsWith(u"--"))
            arguments.insert(i + 1, QStringLiteral("default"));
    }
    return arguments;
}

Expected<studio::audio::ChannelSetting> parseMixerSetting(const QString &text)
{
    const qsizetype eq = text.indexOf(u'=');
    const QString name = eq > 0 ? text.left(eq) : QString();
    const QStringList parts = eq > 0 ? text.mid(eq + 1).split(u',') : QStringList();
    if (name.isEmpty() || parts.isEmpty())
        return bad(QStringLiteral("--mixer: expected CHANNEL=DB[,mute][,offset=MS], got \"%1\"").arg(text));
    studio::audio::ChannelSetting setting;
    setting.name = name;
    const QString db = parts.first().trimmed();
    bool ok = true;
    setting.faderDb = db == u"-inf" ? studio::audio::kSilenceDb : db.toDouble(&ok);
    if (!ok || !std::isfinite(setting.faderDb) || setting.faderDb < studio::audio::kSilenceDb || setting.faderDb > studio::audio::kMaxFaderDb)
        return bad(QStringLiteral("--mixer %1: the fader goes from -inf (or -120) to +20 dB, got \"%2\"").arg(name, db));
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString flag = parts[i].trimmed();
        if (flag == u"mute")
            setting.muted = true;
        else if (flag.startsWith(u"offset=")) {
            const int ms = flag.mid(7).toInt(&ok);
            if (!ok || ms < studio::audio::kMinSyncOffsetMs || ms > studio::audio::kMaxSyncOffsetMs)
                return bad(QStringLiteral("--mixer %1: the sync offset goes from %2 to %3 ms, got \"%4\"")
                               .arg(name).arg(studio::audio::kMinSyncOffsetMs).arg(studio::audio::kMaxSyncOffsetMs).arg(flag.mid(7)));
            setting.syncOffsetMs = ms;
        } else {
            return bad(QStringLiteral("--mixer %1: unknown setting \"%2\" (expected mute or offset=MS)").arg(name, flag));
        }
    }
    return setting;
}

Status readAudioOptions(const QCommandLineParser &p, StudioOptions *o)
{
    o->listDevices = p.isSet(QStringLiteral("list-devices"));
    o->noTone = p.isSet(QStringLiteral("no-tone"));
    for (const QString &device : p.values(QStringLiteral("audio-input")))
        o->audioCaptures.append({studio::audio::ChannelKind::Microphone, device});
    for (const QString &device : p.values(QStringLiteral("desktop-audio")))
        o->audioCaptures.append({studio::audio::ChannelKind::Desktop, device});
    for (const QString &text : p.values(QStringLiteral("mixer"))) {
        Expected<studio::audio::ChannelSetting> setting = parseMixerSetting(text);
        if (!setting)
            return setting.error();
        o->mixer.append(*setting);
    }
    for (const QString &text : p.values(QStringLiteral("filter"))) {
        const qsizetype eq = text.indexOf(u'=');
        const QString name = eq > 0 ? text.left(eq) : QString();
        if (name.isEmpty())
            return bad(QStringLiteral("--filter: expected CHANNEL=LIST (e.g. mic=noise,gate), got \"%1\"").arg(text));
        QString error;
        const studio::audio::FilterSettings filters = studio::audio::FilterSettings::parse(text.mid(eq + 1), &error);
        if (!error.isEmpty())
            return bad(QStringLiteral("--filter %1: %2").arg(name, error));
        auto it = std::find_if(o->mixer.begin(), o->mixer.end(), [&](const auto &s) { return s.name == name; });
        if (it == o->mixer.end()) {
            studio::audio::ChannelSetting added;
            added.name = name;
            it = o->mixer.insert(o->mixer.end(), added);
        }
        it->filters = filters;
    }
    if (p.isSet(QStringLiteral("loudness-target"))) {
        bool ok = false;
        const double lufs = p.value(QStringLiteral("loudness-target")).toDouble(&ok);
        if (!ok || lufs < -40 || lufs > -5)
            return bad(QStringLiteral("--loudness-target: expected LUFS from -40 to -5, got \"%1\"")
                           .arg(p.value(QStringLiteral("loudness-target"))));
        o->loudnessTargetLufs = lufs;
    }
    return Status::ok();
}

}  // namespace vida3::app
