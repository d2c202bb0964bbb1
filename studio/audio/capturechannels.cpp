// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/audio/capturechannels.h"

#include "studio/audio/capturesource.h"

namespace vida3::studio::audio {

namespace {
struct CapturePlan
{
    QString name;
    ChannelKind kind;
    QString device;
};
}  // namespace

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

Expected<std::vector<MixerChannel>> openCaptureChannels(const QList<CaptureWish> &wishes, int sampleRate, int channels)
{
    std::vector<MixerChannel> out;
    if (wishes.isEmpty())
        return out;
    Expected<AudioDeviceList> devices = listAudioDevices();
    if (!devices)
        return devices.error();
    QList<CapturePlan> plans;
    int mics = 0;
    int desktops = 0;
    for (const CaptureWish &wish : wishes) {
        Expected<QString> id = resolveCaptureDevice(*devices, wish);
        if (!id)
            return id.error();
        const bool desktop = wish.kind == ChannelKind::Desktop;
        const int n = desktop ? ++desktops : ++mics;
        const QString base = desktop ? QStringLiteral("desktop") : QStringLiteral("mic");
        plans.append({n == 1 ? base : base + QString::number(n), wish.kind, *id});
    }
    for (const CapturePlan &plan : plans) {
        CaptureSource::Request request;
        request.device = plan.device;
        request.sampleRate = sampleRate;
        request.channels = channels;
        request.streamName = plan.kind == ChannelKind::Desktop ? QStringLiteral("Desktop audio") : QStringLiteral("Microphone");
        Expected<std::shared_ptr<CaptureSource>> source = CaptureSource::open(request);
        if (!source)
            return source.error();
        out.push_back({plan.name, plan.kind, std::move(source).value()});
    }
    return out;
}

}  // namespace vida3::studio::audio
