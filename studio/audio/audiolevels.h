// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/audio/channelkind.h"
#include "studio/audio/levelmeter.h"

#include <QHash>
#include <QList>
#include <QString>

#include <mutex>
#include <vector>

namespace vida3::studio::audio {

// What the meters say over a stretch of time (dBFS; kSilenceDb for silence).
struct ChannelLevels
{
    QString name;
    ChannelKind kind = ChannelKind::Microphone;
    QString state;  // "live", "connecting", "disconnected"
    double faderDb = 0;
    bool muted = false;
    double peakDbfs = 0;  // after the fader; a muted channel still shows what it carries
    double rmsDbfs = 0;
    QString warning;         // ChannelWarnings: "muted_with_signal", "no_signal", or empty
    double inputPeakDbfs = 0;  // before the fader (what the source delivers)
    int syncOffsetMs = 0;
    int filterMask = 0;  // FilterSettings::activeMask()
    int latencyMs = 0;   // AudioInput::latencyMs()
};

struct ProgrammeLevels
{
    double peakDbfs = 0;
    double rmsDbfs = 0;
    double lufsMomentary = 0;
    double lufsShortTerm = 0;
    double lufsIntegrated = 0;
    double truePeakDbtp = 0;
    double limiterReductionDb = 0;  // the deepest gain reduction (0: the limiter did nothing)
    double loudnessTargetLufs = -14;
};

struct AudioLevels
{
    ProgrammeLevels programme;
    QList<ChannelLevels> channels;
};

// One frame of meter data from the mixer (render thread), reused from frame to frame.
struct FrameLevels
{
    struct Channel
    {
        LevelMeter meter;
        float inputPeak = 0;  // linear, before the fader
        QString state;
        double faderDb = 0;
        bool muted = false;
        int syncOffsetMs = 0;
        int filterMask = 0;
        int latencyMs = 0;
    };
    std::vector<Channel> channels;
    LevelMeter programme;
    double lufsMomentary = 0;
    double lufsShortTerm = 0;
    double lufsIntegrated = 0;
    double truePeakDbtp = 0;
    double limiterReductionDb = 0;
};

// The mixer posts every frame's levels; each reader (stats once a second is reader 0, the
// mixer panel at its refresh rate adds its own) takes what accumulated since its own last take:
// peaks are the highest, RMS is over the whole stretch, loudness is the latest.
// Thread-safety: all methods from any thread.
class AudioLevelsBoard
{
public:
    struct ChannelInfo
    {
        QString name;
        ChannelKind kind;
    };
    AudioLevelsBoard(QList<ChannelInfo> channels, double loudnessTargetLufs);

    void post(const FrameLevels &frame);
    // A reader of its own (reader 0 exists from the start).
    int addReader();
    AudioLevels take(int reader = 0);
    // The session's judgement of each channel (ChannelWarnings), handed to every reader.
    void setWarnings(const QHash<QString, QString> &warnings);
    QList<ChannelInfo> channels() const { return m_info; }

private:
    struct Pending
    {
        FrameLevels levels;
        bool any = false;
    };
    Pending emptyPending() const;

    const QList<ChannelInfo> m_info;
    const double m_target;
    mutable std::mutex m_mutex;
    std::vector<Pending> m_readers;
    QHash<QString, QString> m_warnings;
};

}  // namespace vida3::studio::audio
