// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/audio/audiolevels.h"

#include "studio/audio/decibels.h"

namespace vida3::studio::audio {

AudioLevelsBoard::AudioLevelsBoard(QList<ChannelInfo> channels, double loudnessTargetLufs)
    : m_info(std::move(channels)), m_target(loudnessTargetLufs)
{
    m_pending.channels.resize(static_cast<size_t>(m_info.size()));
    m_pending.lufsMomentary = m_pending.lufsShortTerm = m_pending.lufsIntegrated = kSilenceDb;
    m_pending.truePeakDbtp = kSilenceDb;
}

void AudioLevelsBoard::post(const FrameLevels &frame)
{
    std::lock_guard lock(m_mutex);
    const size_t n = std::min(frame.channels.size(), m_pending.channels.size());
    for (size_t i = 0; i < n; ++i) {
        FrameLevels::Channel &to = m_pending.channels[i];
        const FrameLevels::Channel &from = frame.channels[i];
        to.meter.merge(from.meter);
        to.state = from.state;
        to.faderDb = from.faderDb;
        to.muted = from.muted;
    }
    m_pending.programme.merge(frame.programme);
    m_pending.lufsMomentary = frame.lufsMomentary;
    m_pending.lufsShortTerm = frame.lufsShortTerm;
    m_pending.lufsIntegrated = frame.lufsIntegrated;
    m_pending.truePeakDbtp = m_any ? std::max(m_pending.truePeakDbtp, frame.truePeakDbtp) : frame.truePeakDbtp;
    m_pending.limiterReductionDb = m_any ? std::min(m_pending.limiterReductionDb, frame.limiterReductionDb)
                                         : frame.limiterReductionDb;
    m_any = true;
}

AudioLevels AudioLevelsBoard::take()
{
    std::lock_guard lock(m_mutex);
    AudioLevels out;
    ProgrammeLevels &p = out.programme;
    p.peakDbfs = m_pending.programme.peakDbfs();
    p.rmsDbfs = m_pending.programme.rmsDbfs();
    p.lufsMomentary = m_pending.lufsMomentary;
    p.lufsShortTerm = m_pending.lufsShortTerm;
    p.lufsIntegrated = m_pending.lufsIntegrated;
    p.truePeakDbtp = m_any ? m_pending.truePeakDbtp : kSilenceDb;
    p.limiterReductionDb = m_any ? m_pending.limiterReductionDb : 0.0;
    p.loudnessTargetLufs = m_target;
    m_pending.programme.reset();
    m_any = false;
    for (qsizetype i = 0; i < m_info.size(); ++i) {
        FrameLevels::Channel &c = m_pending.channels[static_cast<size_t>(i)];
        out.channels.append(ChannelLevels{m_info[i].name, m_info[i].kind, c.state.isEmpty() ? QStringLiteral("live") : c.state,
                                          c.faderDb, c.muted, c.meter.peakDbfs(), c.meter.rmsDbfs(), QString()});
        c.meter.reset();
    }
    return out;
}

}  // namespace vida3::studio::audio
