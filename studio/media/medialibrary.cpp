// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/media/medialibrary.h"

#include "studio/media/medialayer.h"
#include "studio/media/mediaplayer.h"
#include "studio/scene/fieldreader.h"

namespace vida3::studio::media {

std::shared_ptr<MediaLibrary> MediaLibrary::open(const Scene &scene, Format format)
{
    auto library = std::make_shared<MediaLibrary>();
    for (const LayerDescription &layer : scene.layers) {
        if (layer.kind != MediaLayer::kKind || !layer.visible)
            continue;
        auto settings = MediaLayer::parseSettings(FieldReader(layer.properties, scene.sourceName, layer.id),
                                                  layer.baseDirectory);
        if (!settings) {
            library->m_problems.append(settings.error());
            continue;
        }
        MediaPlayer::Options options;
        options.path = settings.value().path;
        options.label = layer.id;
        options.loop = settings.value().loop;
        options.fps = format.fps;
        options.sampleRate = format.sampleRate;
        options.channels = format.channels;
        auto player = MediaPlayer::open(options);
        if (!player) {
            library->m_problems.append(player.error());
            continue;
        }
        library->m_players.insert(layer.id, std::move(player).value());
        library->m_order.append(layer.id);
    }
    return library;
}

std::vector<audio::MixerChannel> MediaLibrary::channels() const
{
    std::vector<audio::MixerChannel> channels;
    for (const QString &id : m_order) {
        const std::shared_ptr<MediaPlayer> player = m_players.value(id);
        if (player && player->hasAudio())
            channels.push_back({id, audio::ChannelKind::Media, player->audioInput()});
    }
    return channels;
}

}  // namespace vida3::studio::media
