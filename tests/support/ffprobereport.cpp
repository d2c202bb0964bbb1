// SPDX-License-Identifier: GPL-2.0-or-later
#include "ffprobereport.h"

#include "processtools.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace vida3::testsupport {

namespace {
const QString kFfprobe = QStringLiteral("ffprobe");

double fraction(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    if (parts.size() != 2)
        return text.toDouble();
    const double den = parts.at(1).toDouble();
    return den > 0 ? parts.at(0).toDouble() / den : 0.0;
}

QJsonObject runJson(const QStringList &args, int timeoutMs, QString *error)
{
    const ToolResult r = runTool(kFfprobe, args, timeoutMs);
    if (!r.started) {
        *error = QStringLiteral("ffprobe could not be started");
        return {};
    }
    if (r.exitCode != 0) {
        *error = QStringLiteral("ffprobe exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.stdErr).trimmed());
        return {};
    }
    QJsonParseError parse{};
    const QJsonDocument doc = QJsonDocument::fromJson(r.stdOut, &parse);
    if (!doc.isObject())
        *error = QStringLiteral("ffprobe output is not JSON: %1").arg(parse.errorString());
    return doc.object();
}
} // namespace

FfprobeReport FfprobeReport::probe(const QString &path, int timeoutMs)
{
    FfprobeReport report;
    report.m_path = path;
    const QJsonObject info = runJson({QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-print_format"),
                                      QStringLiteral("json"), QStringLiteral("-show_streams"),
                                      QStringLiteral("-show_format"), path},
                                     timeoutMs, &report.m_error);
    if (!report.m_error.isEmpty())
        return report;

    const QJsonObject format = info.value(QStringLiteral("format")).toObject();
    report.m_formatName = format.value(QStringLiteral("format_name")).toString();
    // ffprobe prints numbers as JSON strings ("12.033000"); absent when the container does not know.
    report.m_durationS = format.value(QStringLiteral("duration")).toString().toDouble();
    report.m_formatBitrateKbps = format.value(QStringLiteral("bit_rate")).toString().toDouble() / 1000.0;

    const QJsonArray streams = info.value(QStringLiteral("streams")).toArray();
    for (const QJsonValue &value : streams) {
        const QJsonObject s = value.toObject();
        const QString type = s.value(QStringLiteral("codec_type")).toString();
        if (type == QStringLiteral("video") && report.m_videoCodec.isEmpty()) {
            report.m_videoCodec = s.value(QStringLiteral("codec_name")).toString();
            report.m_videoProfile = s.value(QStringLiteral("profile")).toString();
            report.m_width = s.value(QStringLiteral("width")).toInt();
            report.m_height = s.value(QStringLiteral("height")).toInt();
            report.m_avgFrameRate = fraction(s.value(QStringLiteral("avg_frame_rate")).toString());
        } else if (type == QStringLiteral("audio") && report.m_audioCodec.isEmpty()) {
            report.m_audioCodec = s.value(QStringLiteral("codec_name")).toString();
            report.m_audioProfile = s.value(QStringLiteral("profile")).toString();
            report.m_sampleRate = s.value(QStringLiteral("sample_rate")).toString().toInt();
            report.m_channels = s.value(QStringLiteral("channels")).toInt();
        }
    }
    if (!report.hasVideo())
        return report;

    const QJsonObject packets = runJson({QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-print_format"),
                                         QStringLiteral("json"), QStringLiteral("-show_packets"),
                                         QStringLiteral("-select_streams"), QStringLiteral("v:0"),
                                         QStringLiteral("-show_entries"),
                                         QStringLiteral("packet=pts_time,dts_time,flags,size"), path},
                                        timeoutMs, &report.m_error);
    const QJsonArray list = packets.value(QStringLiteral("packets")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject p = value.toObject();
        const QString ptsText = p.value(QStringLiteral("pts_time")).toString();
        if (ptsText.isEmpty() || ptsText == QStringLiteral("N/A"))
            continue;
        const double pts = ptsText.toDouble();
        report.m_videoPtsS.append(pts);
        report.m_videoBytes += p.value(QStringLiteral("size")).toString().toLongLong();
        // flags: "K_" keyframe, "__" other, "_D" discard; the first character is the key flag.
        if (p.value(QStringLiteral("flags")).toString().startsWith(QLatin1Char('K')))
            report.m_keyframeTimesS.append(pts);
    }
    std::sort(report.m_videoPtsS.begin(), report.m_videoPtsS.end());
    std::sort(report.m_keyframeTimesS.begin(), report.m_keyframeTimesS.end());
    if (report.hasAudio())
        report.probeAudioSpan(timeoutMs);
    return report;
}

void FfprobeReport::probeAudioSpan(int timeoutMs)
{
    const QJsonObject packets = runJson({QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-print_format"),
                                         QStringLiteral("json"), QStringLiteral("-show_packets"),
                                         QStringLiteral("-select_streams"), QStringLiteral("a:0"),
                                         QStringLiteral("-show_entries"),
                                         QStringLiteral("packet=pts_time,duration_time"), m_path},
                                        timeoutMs, &m_error);
    bool first = true;
    for (const QJsonValue &value : packets.value(QStringLiteral("packets")).toArray()) {
        const QJsonObject p = value.toObject();
        const QString ptsText = p.value(QStringLiteral("pts_time")).toString();
        if (ptsText.isEmpty() || ptsText == QStringLiteral("N/A"))
            continue;
        const double pts = ptsText.toDouble();
        const double end = pts + p.value(QStringLiteral("duration_time")).toString().toDouble();
        m_audioStartS = first ? pts : std::min(m_audioStartS, pts);
        m_audioEndS = first ? end : std::max(m_audioEndS, end);
        first = false;
    }
}

double FfprobeReport::videoSpanS() const
{
    if (m_videoPtsS.size() < 2)
        return 0;
    const double raw = m_videoPtsS.last() - m_videoPtsS.first();
    return raw + raw / (m_videoPtsS.size() - 1);
}

double FfprobeReport::measuredFps() const
{
    const double span = videoSpanS();
    return span > 0 ? m_videoPtsS.size() / span : 0;
}

QList<double> FfprobeReport::keyframeIntervalsS() const
{
    QList<double> intervals;
    for (qsizetype i = 1; i < m_keyframeTimesS.size(); ++i)
        intervals.append(m_keyframeTimesS.at(i) - m_keyframeTimesS.at(i - 1));
    return intervals;
}

double FfprobeReport::maxFrameGapS() const
{
    double gap = 0;
    for (qsizetype i = 1; i < m_videoPtsS.size(); ++i)
        gap = std::max(gap, m_videoPtsS.at(i) - m_videoPtsS.at(i - 1));
    return gap;
}

double FfprobeReport::videoBitrateKbps() const
{
    const double span = videoSpanS();
    return span > 0 ? m_videoBytes * 8.0 / span / 1000.0 : 0;
}

QString FfprobeReport::summary() const
{
    if (!isValid())
        return QStringLiteral("%1: %2").arg(m_path, m_error);
    QStringList intervals;
    for (const double i : keyframeIntervalsS())
        intervals.append(QString::number(i, 'f', 3));
    return QStringLiteral("%1 [%2, %3 s, %4 kbps] video %5 %6 %7x%8 avg_frame_rate %9, %10 frames over %11 s "
                          "(%12 fps, max gap %13 s, %14 kbps), keyframe intervals [%15]; audio %16 %17 %18 Hz %19 ch")
        .arg(m_path, m_formatName)
        .arg(m_durationS)
        .arg(m_formatBitrateKbps, 0, 'f', 0)
        .arg(m_videoCodec, m_videoProfile)
        .arg(m_width)
        .arg(m_height)
        .arg(m_avgFrameRate)
        .arg(videoFrames())
        .arg(videoSpanS(), 0, 'f', 3)
        .arg(measuredFps(), 0, 'f', 2)
        .arg(maxFrameGapS(), 0, 'f', 3)
        .arg(videoBitrateKbps(), 0, 'f', 0)
        .arg(intervals.join(QStringLiteral(", ")), m_audioCodec, m_audioProfile)
        .arg(m_sampleRate)
        .arg(m_channels)
        + QStringLiteral(" from %1 to %2 s").arg(m_audioStartS, 0, 'f', 3).arg(m_audioEndS, 0, 'f', 3);
}

double FfprobeReport::firstVideoPtsS() const
{
    return m_videoPtsS.isEmpty() ? 0.0 : *std::min_element(m_videoPtsS.cbegin(), m_videoPtsS.cend());
}

} // namespace vida3::testsupport
