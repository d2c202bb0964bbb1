// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/audio/audiodevices.h"

namespace vida3::studio::audio {

const AudioDevice *AudioDeviceList::find(const QString &nameOrId) const
{
    const QString id = nameOrId == QStringLiteral("default") ? defaultSource : nameOrId;
    for (const AudioDevice &d : devices) {
        if (d.id == id)
            return &d;
    }
    for (const AudioDevice &d : devices) {
        if (d.description == nameOrId)
            return &d;
    }
    return nullptr;
}

}  // namespace vida3::studio::audio
