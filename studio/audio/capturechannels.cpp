// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/audio/capturechannels.h"

#include "studio/audio/capturesource.h"

namespace vida3::studio::audio {

QString freeCaptureName(ChannelKind kind, const QStringList &taken)
{
    const QString base = kind == ChannelKind::Desktop ? QStringLiteral("desktop") : QStringLiteral("mic");
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = base + QString::number(n);
    return name;
}

QList<NamedCapture> nameCaptures(const QList<CaptureWish> &wishes)
{
    QList<NamedCapture> named;
    QStringList taken;
    for (const CaptureWish &wish : wishes) {
        named.append({freeCaptureName(wish.kind, taken), wish});
        taken.append(named.last().name);
    }
    return named;
}

Expected<QString> resolveCaptureDevice(const AudioDeviceList &devices, const CaptureWish &wish)
{
    const bool desktop = wish.kind == ChannelKind::Desktop;
    if (wish.device == QStringLiteral("default")) {
        const QString id = desktop ? devices.defaultMonitor : devices.defaultSource;
        if (id.isEmpty() || !devices.find(id))
            return Error{ErrorCode::DeviceNotFound, desktop ? QStringLiteral("there is no output device whose sound "
                                                                             "could be captured (desktop audio)")
                                                            : QStringLiteral("there is no microphone or audio input")};
        return desktop ? id : QString();  // the default microphone follows the system's choice
    }
    const AudioDevice *device = devices.find(wish.device);
    if (!device)
        return Error{ErrorCode::DeviceNotFound,
                     QStringLiteral("no audio %1 called \"%2\" (see --list-devices)")
                         .arg(desktop ? QStringLiteral("output monitor") : QStringLiteral("input"), wish.device)};
    return device->id;
}

OpenedCaptures openCaptures(const QList<NamedCapture> &captures, int sampleRate, int channels)
{
    OpenedCaptures out;
    if (captures.isEmpty())
        return out;
    Expected<AudioDeviceList> devices = listAudioDevices();
    if (!devices) {
        out.problems.append(devices.error());
        return out;
    }
    for (const NamedCapture &capture : captures) {
        Expected<QString> id = resolveCaptureDevice(*devices, capture.wish);
        const bool named = capture.wish.device != QStringLiteral("default");
        if (!id) {
            out.problems.append(id.error());
            // A named device that is not plugged in yet still gets its channel: it says
            // "disconnected" and starts by itself when a device of that name appears.
            if (!named)
                continue;
        }
        CaptureSource::Request request;
        request.device = id ? *id : capture.wish.device;
        request.sampleRate = sampleRate;
        request.channels = channels;
        request.streamName = capture.wish.kind == ChannelKind::Desktop ? QStringLiteral("Desktop audio")
                                                                       : QStringLiteral("Microphone");
        Expected<std::shared_ptr<CaptureSource>> source = CaptureSource::open(request);
        if (!source) {
            out.problems.append(source.error());
            continue;
        }
        out.channels.push_back({capture.name, capture.wish.kind, std::move(source).value()});
    }
    return out;
}

Expected<std::vector<MixerChannel>> openCaptureChannels(const QList<CaptureWish> &wishes, int sampleRate, int channels)
{
    OpenedCaptures opened = openCaptures(nameCaptures(wishes), sampleRate, channels);
    if (!opened.problems.isEmpty())
        return opened.problems.first();
    return std::move(opened.channels);
}

}  // namespace vida3::studio::audio
