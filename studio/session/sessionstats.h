// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/error.h"
#include "encoder/output.h"
#include "studio/audio/audiolevels.h"
#include "studio/session/renderloop.h"

#include <QList>
#include <QString>

namespace vida3::studio {

struct OutputSnapshot
{
    QString name;
    QString target;  // server URL without the key, or the recording's path
    encoder::OutputState state = encoder::OutputState::Idle;
    double kbps = 0;
    int64_t bytes = 0;
    int64_t droppedNetwork = 0;  // video frames the output could not send in time
    Error error;
    int queueMs = 0;           // video waiting to be sent
    double congestion = 0;     // 0..1
    int reconnects = 0;
    int attempt = 0;           // reconnect attempt under way or scheduled
    int nextAttemptInMs = -1;  // while reconnecting
    bool usingBackup = false;
    bool paused = false;       // a recording the user paused
    int64_t videoFrames = 0;   // video frames written: in the recording, or sent
};

// One second's view of the session, for the status bar, the stats JSON lines and history.
struct SessionStats
{
    double seconds = 0;  // since the session started
    double fps = 0;      // frames rendered per second over the last interval
    RenderCounters frames;
    double renderMs = 0;  // mean time to paint one frame over the last interval
    double encodeMs = 0;  // mean time to convert and encode one frame over the last interval
    QString program;      // the scene on air (empty when the session has no names)
    int64_t encoded = 0;  // frames the encoder turned into H.264 this session
    int targetKbps = 0;  // the encoder's current video bitrate (0 when not encoding)
    bool adaptiveBitrate = false;
    QList<OutputSnapshot> outputs;
    audio::AudioLevels audio;  // the mixer's meters over the last interval
    double cpuPercent = 0;      // the whole process over the last interval (100: one core)
    double residentMb = 0;      // the process's resident memory (0 where unknown)
};

// The --stats line: {"t":..,"fps":..,"program":..,"frames":{..,"render_ms":..,"encode_ms":..},"target_kbps":..,"outputs":[..],"audio":{..},
// "process":{"cpu_percent":..,"rss_mb":..}}
// audio: {"programme": {peak_dbfs, rms_dbfs, lufs_momentary, lufs_short_term, lufs_integrated,
// true_peak_dbtp, limiter_db, loudness_target}, "channels": [{name, kind, state, fader_db, muted,
// peak_dbfs, rms_dbfs}]}; levels over the last interval, -120 for silence.
// frames: rendered = for_output + preview_only; encoded = for_output - skipped_encode once the
// encoder has flushed; each output's "frames" is what it wrote, so after a stop the recording's
// equals encoded (from its first keyframe on) and the file holds exactly that many.
QByteArray statsToJsonLine(const SessionStats &stats);

}  // namespace vida3::studio
