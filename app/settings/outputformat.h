// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/session/streamsession.h"

#include <QCoreApplication>
#include <QStringList>

class QSettings;

namespace vida3::app {

// The output format and sound the user chose in Settings → Output, Audio and Recording, over the
// first platform's own. Zero means
// "the platform's". The encode is still fitted to every included platform afterwards (a bitrate
// over a platform's maximum is lowered, and the window says so).
struct OutputFormat
{
    Q_DECLARE_TR_FUNCTIONS(OutputFormat)

public:
    int width = 0;
    int height = 0;
    int fps = 0;
    int bitrateKbps = 0;
    double keyframeIntervalS = 0;
    QString recordingFormat = QStringLiteral("mkv");  // "mkv" (survives a crash) or "mp4" (fragmented)
    QString recordingFolder;                          // empty: the user's Movies folder
    double loudnessTargetLufs = -14;  // shown beside the programme meter (YouTube, Spotify: -14)
    bool limiter = true;              // the programme's true-peak limiter at -1 dBTP

    static OutputFormat load(const QSettings &settings);
    void save(QSettings &settings) const;
    // Why these values cannot be used, one reason per value; empty when they can.
    QStringList problems() const;
    // `settings` with the chosen values in place of the platform's.
    void applyTo(studio::StreamSession::Settings &settings) const;
    // Whether the encode changes (the outputs must restart for it), compared with `other`.
    bool changesEncode(const OutputFormat &other) const;
    bool operator==(const OutputFormat &) const = default;
};

}  // namespace vida3::app
