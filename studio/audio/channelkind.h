// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace vida3::studio::audio {

// What feeds a mixer channel; its name is what --stats and the mixer panel show.
enum class ChannelKind { Microphone, Desktop, Media, Browser, Tone };

inline QString channelKindName(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Microphone: return QStringLiteral("microphone");
    case ChannelKind::Desktop: return QStringLiteral("desktop");
    case ChannelKind::Media: return QStringLiteral("media");
    case ChannelKind::Browser: return QStringLiteral("browser");
    case ChannelKind::Tone: return QStringLiteral("tone");
    }
    return QStringLiteral("unknown");
}

}  // namespace vida3::studio::audio
