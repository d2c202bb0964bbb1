// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"

#include <QList>
#include <QString>

namespace vida3::studio::audio {

// A capture device of the sound server: a microphone or line input, or a monitor (what an
// output device plays: desktop audio). id is the server's stable name (it survives
// re-plugging; PulseAudio/PipeWire source names), description the human name.
struct AudioDevice
{
    QString id;
    QString description;
    bool monitor = false;
    int channels = 0;
    int sampleRate = 0;
};

struct AudioDeviceList
{
    QList<AudioDevice> devices;
    QString defaultSource;   // id of the system's default input
    QString defaultMonitor;  // id of the default output's monitor (desktop audio)

    // By id or by description (exact); "default" is the default input.
    const AudioDevice *find(const QString &nameOrId) const;
};

// Asks the sound server (PulseAudio, or PipeWire's PulseAudio service) once; never starts a
// server. Blocks up to timeoutMs. Errors: DeviceFailed when no server answers, Unsupported
// where this build has no capture backend.
Expected<AudioDeviceList> listAudioDevices(int timeoutMs = 3000);

}  // namespace vida3::studio::audio
