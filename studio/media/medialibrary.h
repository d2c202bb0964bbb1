// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "studio/audio/mixerchannel.h"
#include "studio/scene/scene.h"

#include <QHash>

#include <memory>
#include <vector>

namespace vida3::studio::media {

class MediaPlayer;

// The media players of one session: one per visible "media" layer of its scene, keyed by the
// layer id, opened (and checked) before the session starts so a broken file is named instead
// of showing nothing (the command line refuses to start; the window shows the others). Each player with sound is a mixer channel named after
// its layer.
// Thread-safety: built once; then const and shared by the layer factory and the mixer.
class MediaLibrary
{
public:
    struct Format
    {
        int fps = 30;
        int sampleRate = 48000;
        int channels = 2;
    };

    // Opens every media layer's file; one that cannot be opened is left out (its layer shows a
    // slate) and said in problems(), the others play.
    static std::shared_ptr<MediaLibrary> open(const Scene &scene, Format format);
    const QList<Error> &problems() const { return m_problems; }

    std::shared_ptr<MediaPlayer> player(const QString &layerId) const { return m_players.value(layerId); }
    bool isEmpty() const { return m_players.isEmpty(); }
    // A mixer channel (kind Media, named after the layer) per player with sound, in scene order.
    std::vector<audio::MixerChannel> channels() const;

private:
    QHash<QString, std::shared_ptr<MediaPlayer>> m_players;
    QStringList m_order;
    QList<Error> m_problems;
};

}  // namespace vida3::studio::media
