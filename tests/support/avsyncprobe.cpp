// SPDX-License-Identifier: GPL-2.0-or-later
#include "avsyncprobe.h"

#include "processtools.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStringList>

#include <cmath>

namespace vida3::testsupport {

namespace {
// "time,value" lines of ffprobe over a lavfi graph reading file (movie= or amovie=).
QList<QPair<double, double>> probeSeries(const QString &graph, const QString &tag)
{
    const ToolResult r = runTool(QStringLiteral("ffprobe"),
                                 {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"), QStringLiteral("lavfi"),
                                  QStringLiteral("-i"), graph, QStringLiteral("-show_entries"),
                                  QStringLiteral("frame=pts_time:frame_tags=") + tag, QStringLiteral("-of"),
                                  QStringLiteral("csv=p=0")},
                                 120000);
    QList<QPair<double, double>> series;
    if (r.exitCode != 0)
        return series;
    for (const QByteArray &line : r.stdOut.split('\n')) {
        const QList<QByteArray> fields = line.trimmed().split(',');
        if (fields.size() < 2)
            continue;
        bool ok = false;
        const double t = fields[0].toDouble(&ok);
        if (!ok)
            continue;
        const double v = fields[1] == "-inf" ? -200.0 : fields[1].toDouble(&ok);
        if (ok)
            series.append({t, v});
    }
    return series;
}

// movie=/amovie= take a filter-graph argument: escape what the graph syntax would split on.
QString graphPath(const QString &file)
{
    QString p = file;
    p.replace(u'\\', QStringLiteral("\\\\\\\\")).replace(u':', QStringLiteral("\\\\:")).replace(u'\'', QStringLiteral("\\\\\\'"));
    p.replace(u',', QStringLiteral("\\,")).replace(u';', QStringLiteral("\\;"));
    return p;
}
}  // namespace

bool AvSyncProbe::makeFlashBeepClip(const QString &path, double seconds, int fps, bool video, bool audio)
{
    const double flash = std::max(1.0 / fps, 0.03);
    QStringList args{QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y")};
    if (video)
        args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
             << QStringLiteral("color=c=black:s=640x360:r=%1:d=%2,drawbox=c=white:t=fill:enable='lt(mod(t\\,1)\\,%3)'")
                    .arg(fps).arg(seconds).arg(flash - 0.001);
    if (audio)
        args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
             << QStringLiteral("aevalsrc='0.25*sin(2*PI*1000*t)*lt(mod(t\\,1)\\,0.1)':s=48000:d=%1").arg(seconds);
    if (video)
        args << QStringLiteral("-c:v") << QStringLiteral("libx264") << QStringLiteral("-pix_fmt") << QStringLiteral("yuv420p")
             << QStringLiteral("-g") << QString::number(fps);
    if (audio)
        args << QStringLiteral("-c:a") << QStringLiteral("aac");
    args << path;
    const ToolResult r = runTool(QStringLiteral("ffmpeg"), args, 120000);
    return r.exitCode == 0 && QFile::exists(path);
}

bool AvSyncProbe::writeGarbage(const QString &path, int bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray data(bytes, '\0');
    QRandomGenerator rng(20261201);  // the same bytes every run
    for (char &c : data)
        c = static_cast<char>(rng.bounded(256));
    return f.write(data) == bytes;
}

QList<double> AvSyncProbe::flashTimes(const QString &file)
{
    QList<double> times;
    bool dark = true;
    for (const auto &[t, luma] : probeSeries(QStringLiteral("movie=%1,signalstats").arg(graphPath(file)),
                                             QStringLiteral("lavfi.signalstats.YAVG"))) {
        if (dark && luma > 128)
            times.append(t);
        if (luma > 128)
            dark = false;
        else if (luma < 64)
            dark = true;
    }
    return times;
}

QList<double> AvSyncProbe::beepOnsets(const QString &file)
{
    QList<double> times;
    double quietSince = -1e9;
    double lastT = 0;
    bool loud = false;
    for (const auto &[t, peak] :
         probeSeries(QStringLiteral("amovie=%1,asetnsamples=n=64:p=0,astats=metadata=1:reset=1").arg(graphPath(file)),
                     QStringLiteral("lavfi.astats.Overall.Peak_level"))) {
        if (peak > -30) {
            if (!loud && t - quietSince >= 0.1)
                times.append(t);
            loud = true;
        } else {
            if (loud)
                quietSince = lastT;
            loud = false;
        }
        lastT = t;
    }
    return times;
}

QList<double> AvSyncProbe::offsets(const QList<double> &flashes, const QList<double> &beeps, double maxGap)
{
    QList<double> result;
    for (double f : flashes) {
        double best = maxGap + 1;
        for (double b : beeps) {
            if (std::abs(b - f) < std::abs(best))
                best = b - f;
        }
        if (std::abs(best) <= maxGap)
            result.append(best);
    }
    return result;
}

}  // namespace vida3::testsupport
