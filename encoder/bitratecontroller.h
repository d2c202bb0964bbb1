// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <vector>

namespace vida3::encoder {

// Adaptive bitrate for one encode feeding several destinations: once a second it looks at every
// live network output's queue (milliseconds of video waiting) and send rate, and moves the
// encoder's video bitrate toward what the slowest congested destination sustains; when all
// queues are clear it climbs back in steps to the nominal rate. A level that congested recently
// is approached carefully, so the rate does not saw up and down.
// Pure logic (no clock, no threads): deterministic to test.
class BitrateController
{
public:
    struct Options
    {
        int nominalKbps = 4000;  // the preset's (or user's) video bitrate: never exceeded
        int audioKbps = 128;     // sent on the same link, subtracted from measured rates
        int minKbps = 300;
        int congestedQueueMs = 250;  // a queue this long means the link is slower than the rate
        int clearQueueMs = 80;
        int stepUpEverySeconds = 2;
        double stepUpFraction = 0.15;  // of nominal (OBS: 10 % every 4 s)
    };
    struct Sample
    {
        int queueMs = 0;
        double sendKbps = 0;  // measured over the last second, audio included
    };

    explicit BitrateController(Options options);

    // One call per second with the live network outputs; returns the video bitrate to use.
    int update(const std::vector<Sample> &liveOutputs);
    int targetKbps() const { return m_targetKbps; }
    // No network output is live (all reconnecting): nothing to adapt to, so the shared encode
    // (and the recording) goes back to the nominal rate until a link says otherwise.
    void reset()
    {
        m_targetKbps = m_options.nominalKbps;
        m_clearSeconds = 0;
        m_episodeSeconds = 0;
        m_lastLinkVideoKbps = 0;
        m_forgaveLast = false;
    }

private:
    Options m_options;
    int m_targetKbps;
    int m_clearSeconds = 0;
    int m_ceilingKbps;        // what the link carried when it last congested; approached slowly
    int m_ceilingAgeSeconds = 0;
    int m_episodeSeconds = 0;     // congested seconds in a row (one episode, one ceiling)
    int m_overranKbps = 0;        // the rate at the start of the current congestion episode
    int m_carefulSteps = 0;       // steps taken near or past the ceiling since it was set
    double m_lastLinkVideoKbps = 0;  // the last congested second's reading
    bool m_forgaveLast = false;      // that reading was an outlier replaced by the one before
};

}  // namespace vida3::encoder
