// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace vida3::testsupport {

// What a media file really contains, as ffprobe reports it: one run of
// `ffprobe -v error -print_format json -show_streams -show_format FILE` and one of
// `-show_packets -select_streams v:0 -show_entries packet=pts_time,dts_time,flags,size`.
// Frame counts, keyframe times and the video bitrate come from the packets, not from container
// metadata, because a recording made by nginx-rtmp or cut short by a crash has no reliable header.
class FfprobeReport
{
public:
    static FfprobeReport probe(const QString &path, int timeoutMs = 60000);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    // One paragraph for QVERIFY2 messages.
    QString summary() const;

    QString formatName() const { return m_formatName; }
    double durationS() const { return m_durationS; }
    double formatBitrateKbps() const { return m_formatBitrateKbps; }

    bool hasVideo() const { return !m_videoCodec.isEmpty(); }
    QString videoCodec() const { return m_videoCodec; }
    QString videoProfile() const { return m_videoProfile; }
    int width() const { return m_width; }
    int height() const { return m_height; }
    // avg_frame_rate of the stream ("30/1" -> 30.0); 0 when ffprobe reports none.
    double avgFrameRate() const { return m_avgFrameRate; }
    int videoFrames() const { return m_videoPtsS.size(); }
    QList<double> videoPtsS() const { return m_videoPtsS; }  // every video frame, in presentation order
    // Presentation time of the earliest video frame (0 without video).
    double firstVideoPtsS() const;
    double lastVideoPtsS() const { return m_videoPtsS.isEmpty() ? 0 : m_videoPtsS.last(); }
    // Last minus first presentation time plus one frame at the measured rate.
    double videoSpanS() const;
    // Frames divided by span: the frame rate that really arrived.
    double measuredFps() const;
    QList<double> keyframeTimesS() const { return m_keyframeTimesS; }
    QList<double> keyframeIntervalsS() const;
    // Largest gap between consecutive presentation times (sorted): a stall or dropped frames.
    double maxFrameGapS() const;
    // Video payload bits over the video span.
    double videoBitrateKbps() const;

    bool hasAudio() const { return !m_audioCodec.isEmpty(); }
    QString audioCodec() const { return m_audioCodec; }
    QString audioProfile() const { return m_audioProfile; }
    int sampleRate() const { return m_sampleRate; }
    int channels() const { return m_channels; }
    // Presentation time of the first audio packet, and the end of the last (pts + duration).
    double audioStartS() const { return m_audioStartS; }
    double audioEndS() const { return m_audioEndS; }

private:
    void probeAudioSpan(int timeoutMs);

    QString m_error;
    QString m_path;
    QString m_formatName;
    double m_durationS = 0;
    double m_formatBitrateKbps = 0;
    QString m_videoCodec;
    QString m_videoProfile;
    int m_width = 0;
    int m_height = 0;
    double m_avgFrameRate = 0;
    QList<double> m_videoPtsS;
    QList<double> m_keyframeTimesS;
    qint64 m_videoBytes = 0;
    QString m_audioCodec;
    QString m_audioProfile;
    int m_sampleRate = 0;
    int m_channels = 0;
    double m_audioStartS = 0;
    double m_audioEndS = 0;
};

} // namespace vida3::testsupport
