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

// Resolves every wish against the sound server's devices and opens it. Channels are named
// "mic", "mic2", … and "desktop", "desktop2", … in order. A device that does not exist is
// DeviceNotFound naming it (nothing is opened then); a microphone asked for as "default"
// follows the system default, a named one never falls over to another device.
Expected<std::vector<MixerChannel>> openCaptureChannels(const QList<CaptureWish> &wishes, int sampleRate, int channels);

// The same resolution without opening anything (for messages and the window's pickers).
Expected<QString> resolveCaptureDevice(const AudioDeviceList &devices, const CaptureWish &wish);

}  // namespace vida3::studio::audio
