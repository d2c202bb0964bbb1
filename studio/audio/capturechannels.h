// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "studio/audio/audiodevices.h"
#include "studio/audio/mixerchannel.h"

#include <QList>
#include <QString>

#include <vector>

namespace vida3::studio::audio {

// A capture channel asked for by name (--audio-input, --desktop-audio, the mixer panel).
struct CaptureWish
{
    ChannelKind kind = ChannelKind::Microphone;  // Microphone or Desktop
    QString device = QStringLiteral("default");  // "default", or an id / description
};

// A wish with the channel name it goes by (stable across restarts: faders are kept by name).
struct NamedCapture
{
    QString name;
    CaptureWish wish;
};

// Names wishes in order: "mic", "mic2", … and "desktop", "desktop2", …
QList<NamedCapture> nameCaptures(const QList<CaptureWish> &wishes);
// The first name of that kind's pattern not in taken.
QString freeCaptureName(ChannelKind kind, const QStringList &taken);

// Resolves a wish against the sound server's devices: the server id to record, or empty for a
// microphone that follows the system default. DeviceNotFound names a device that is not there.
Expected<QString> resolveCaptureDevice(const AudioDeviceList &devices, const CaptureWish &wish);

// Opens every capture at the session's sample format (one device listing for all). What could
// not be opened is in problems; a named device that is missing still gets a channel (it says
// "disconnected" and starts when the device appears), others are left out.
struct OpenedCaptures
{
    std::vector<MixerChannel> channels;
    QList<Error> problems;
};
OpenedCaptures openCaptures(const QList<NamedCapture> &captures, int sampleRate, int channels);

// All or nothing (the command line): the first problem is the error.
Expected<std::vector<MixerChannel>> openCaptureChannels(const QList<CaptureWish> &wishes, int sampleRate, int channels);

}  // namespace vida3::studio::audio
