// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/audio/audiolevels.h"

#include "studio/audio/decibels.h"

namespace vida3::studio::audio {

AudioLevelsBoard::AudioLevelsBoard(QList<ChannelInfo> channels, double loudnessTargetLufs)
    : m_info(std::move(channels)), m_target(loudnessTargetLufs)
{
    m_readers.push_back(emptyPending());
}

AudioLevelsBoard::Pending AudioLevelsBoard::emptyPending() const
{
    Pending p;
    p.levels.channels.resize(static_cast<size_t>(m_info.size()));
    p.levels.lufsMomentary = p.levels.lufsShortTerm = p.levels.lufsIntegrated = kSilenceDb;
    p.levels.truePeakDbtp = kSilenceDb;
    return p;
}

int AudioLevelsBoard::addReader()
{
    std::lock_guard lock(m_mutex);
    m_readers.push_back(emptyPending());
    return static_cast<int>(m_readers.size()) - 1;
}

void AudioLevelsBoard::post(const FrameLevels &frame)
{
    std::lock_guard lock(m_mutex);
    for (Pending &reader : m_readers) {
        FrameLevels &p = reader.levels;
        const size_t n = std::min(frame.channels.size(), p.channels.size());
        for (size_t i = 0; i < n; ++i) {
            FrameLevels::Channel &to = p.channels[i];
            const FrameLevels::Channel &from = frame.channels[i];
            to.meter.merge(from.meter);
            to.inputPeak = std::max(to.inputPeak, from.inputPeak);
            to.state = from.state;
            to.faderDb = from.faderDb;
            to.muted = from.muted;
            to.syncOffsetMs = from.syncOffsetMs;
            to.filterMask = from.filterMask;
            to.latencyMs = from.latencyMs;
        }
        p.programme.merge(frame.programme);
        p.lufsMomentary = frame.lufsMomentary;
        p.lufsShortTerm = frame.lufsShortTerm;
        p.lufsIntegrated = frame.lufsIntegrated;
        p.truePeakDbtp = reader.any ? std::max(p.truePeakDbtp, frame.truePeakDbtp) : frame.truePeakDbtp;
        p.limiterReductionDb = reader.any ? std::min(p.limiterReductionDb, frame.limiterReductionDb)
                                          : frame.limiterReductionDb;
        reader.any = true;
    }
}

void AudioLevelsBoard::setWarnings(const QHash<QString, QString> &warnings)
{
    std::lock_guard lock(m_mutex);
    m_warnings = warnings;
}

AudioLevels AudioLevelsBoard::take(int reader)
{
    std::lock_guard lock(m_mutex);
    AudioLevels out;
    if (reader < 0 || reader >= static_cast<int>(m_readers.size()))
        return out;
    Pending &pending = m_readers[static_cast<size_t>(reader)];
    FrameLevels &p = pending.levels;
    ProgrammeLevels &o = out.programme;
    o.peakDbfs = p.programme.peakDbfs();
    o.rmsDbfs = p.programme.rmsDbfs();
    o.lufsMomentary = p.lufsMomentary;
    o.lufsShortTerm = p.lufsShortTerm;
    o.lufsIntegrated = p.lufsIntegrated;
    o.truePeakDbtp = pending.any ? p.truePeakDbtp : kSilenceDb;
    o.limiterReductionDb = pending.any ? p.limiterReductionDb : 0.0;
    o.loudnessTargetLufs = m_target;
    p.programme.reset();
    pending.any = false;
    for (qsizetype i = 0; i < m_info.size(); ++i) {
        FrameLevels::Channel &c = p.channels[static_cast<size_t>(i)];
        out.channels.append(ChannelLevels{m_info[i].name, m_info[i].kind, c.state.isEmpty() ? QStringLiteral("live") : c.state,
                                          c.faderDb, c.muted, c.meter.peakDbfs(), c.meter.rmsDbfs(),
                                          m_warnings.value(m_info[i].name), gainToDb(c.inputPeak), c.syncOffsetMs, c.filterMask, c.latencyMs});
        c.meter.reset();
        c.inputPeak = 0;
    }
    return out;
}

}  // namespace vida3::studio::audio
