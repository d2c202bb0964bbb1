// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace vida3::studio {

// The defaults and limits of one streaming platform, read from :/vida3/presets/platforms.json.
// Values are starting points the user may override, never hard truth about the platform.
struct PlatformPreset
{
    struct Server
    {
        QString defaultUrl;          // empty when the platform hands out a per-account URL (X)
        QString placeholderUrl;      // example shown in an empty field; never valid as is
        QString backupUrl;           // empty when the platform documents no backup ingest
        QStringList allowedSchemes;  // subset of {"rtmp", "rtmps", "srt"}
        bool rtmpsRequired = false;
    };

    struct Video
    {
        QString codec;  // "h264"
        QString h264Profile;  // "baseline", "main" or "high"
        int width = 0;
        int height = 0;
        int fps = 0;
        int bitrateKbps = 0;
        int maxBitrateKbps = 0;
        int keyframeIntervalS = 0;
        int maxKeyframeIntervalS = 0;
    };

    struct Audio
    {
        QString codec;  // "aac"
        int sampleRateHz = 0;
        int channels = 0;
        int bitrateKbps = 0;
        int maxBitrateKbps = 0;
    };

    // Shape of a valid key. An empty pattern accepts any key that passes the generic checks.
    struct StreamKeyRule
    {
        QString pattern;           // anchored by the loader
        QString description;       // user-facing text in English, e.g. "starts with live_"
        QRegularExpression regex;  // compiled from pattern; invalid when pattern is empty
    };

    QString id;           // stable: persisted in destination settings
    QString displayName;  // brand name, not translated
    QString notes;        // provenance and uncertainty of the figures
    Server server;
    Video video;
    Audio audio;
    StreamKeyRule streamKey;
};

}  // namespace vida3::studio
