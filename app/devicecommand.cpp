// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/devicecommand.h"

#include "studio/audio/audiodevices.h"
#include "studio/media/cameradevices.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace vida3::app {

namespace {
constexpr int kExitNoServer = 3;

QJsonObject toJson(const studio::audio::AudioDevice &d, bool isDefault)
{
    return QJsonObject{{QStringLiteral("id"), d.id},
                       {QStringLiteral("name"), d.description},
                       {QStringLiteral("channels"), d.channels},
                       {QStringLiteral("sample_rate"), d.sampleRate},
                       {QStringLiteral("default"), isDefault}};
}

void printJson(const studio::audio::AudioDeviceList &list)
{
    QJsonArray cameras;
    for (const studio::media::CameraDevice &c : studio::media::listCameras())
        cameras.append(QJsonObject{{QStringLiteral("name"), c.name},
                                   {QStringLiteral("id"), c.path},
                                   {QStringLiteral("formats"), QJsonArray::fromStringList(c.modes)}});
    QJsonArray inputs;
    QJsonArray monitors;
    for (const studio::audio::AudioDevice &d : list.devices) {
        if (d.monitor)
            monitors.append(toJson(d, d.id == list.defaultMonitor));
        else
            inputs.append(toJson(d, d.id == list.defaultSource));
    }
    const QJsonObject root{{QStringLiteral("audio_inputs"), inputs},
                           {QStringLiteral("desktop_audio"), monitors},
                           {QStringLiteral("cameras"), cameras}};
    std::printf("%s\n", QJsonDocument(root).toJson(QJsonDocument::Compact).constData());
}

void printSection(const char *title, const studio::audio::AudioDeviceList &list, bool monitors)
{
    std::printf("%s\n", title);
    int n = 0;
    for (const studio::audio::AudioDevice &d : list.devices) {
        if (d.monitor != monitors)
            continue;
        const bool isDefault = d.id == (monitors ? list.defaultMonitor : list.defaultSource);
        std::printf("  %s  \"%s\"  %d ch, %d Hz%s\n", qUtf8Printable(d.id), qUtf8Printable(d.description), d.channels,
                    d.sampleRate, isDefault ? "  (default)" : "");
        ++n;
    }
    if (n == 0)
        std::printf("  none\n");
}
}  // namespace

int runDeviceList(const StudioOptions &options)
{
    Expected<studio::audio::AudioDeviceList> list = studio::audio::listAudioDevices();
    if (!list) {
        std::fprintf(stderr, "vida3-studio: cannot list audio devices: %s\n", qUtf8Printable(list.error().detail));
        return kExitNoServer;
    }
    if (options.logFormat == studio::LogHandler::Format::Json) {
        printJson(*list);
        return 0;
    }
    printSection("Audio inputs (--audio-input NAME):", *list, false);
    printSection("Desktop audio (--desktop-audio NAME):", *list, true);
    std::printf("Cameras (--camera NAME):\n");
    const QList<studio::media::CameraDevice> cameras = studio::media::listCameras();
    for (const studio::media::CameraDevice &c : cameras) {
        std::printf("  \"%s\"  %s\n", qUtf8Printable(c.name), qUtf8Printable(c.path));
        if (!c.modes.isEmpty())
            std::printf("      %s\n", qUtf8Printable(c.modes.join(QStringLiteral(", "))));
    }
    if (cameras.isEmpty())
        std::printf("  none\n");
    return 0;
}

}  // namespace vida3::app
