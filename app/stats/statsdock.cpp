// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/stats/statsdock.h"

#include "app/stats/linegraph.h"
#include "studio/session/streamsession.h"

#include <QGridLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStorageInfo>

namespace vida3::app {

namespace {
const QList<QColor> kPalette{QColor(0x4c, 0x9a, 0xff), QColor(0x2e, 0xcc, 0x71), QColor(0xf3, 0x9c, 0x12),
                             QColor(0xe7, 0x4c, 0x3c), QColor(0x9b, 0x59, 0xb6), QColor(0x1a, 0xbc, 0x9c)};

LineGraph::Line lineOf(const studio::StatsSeries &series, const QString &id, const QString &label, int colour)
{
    const studio::StatsSeries::Series *found = series.find(id);
    return {label, kPalette[colour % kPalette.size()], found ? found->points : QList<QPointF>{}};
}

QList<LineGraph::Line> perOutput(const studio::StatsSeries &series, const QString &prefix)
{
    QList<LineGraph::Line> lines;
    int colour = 0;
    for (const QString &id : series.ids(prefix))
        lines.append(lineOf(series, id, id.mid(prefix.size()), colour++));
    return lines;
}
}  // namespace

StatsDock::StatsDock(QWidget *parent) : QDockWidget(tr("Stats"), parent)
{
    setObjectName(QStringLiteral("statsDock"));
    auto *body = new QWidget;
    auto *grid = new QGridLayout(body);
    const auto graph = [&](const QString &name, const QString &title, const QString &unit, int row, int column) {
        auto *g = new LineGraph(title, unit);
        g->setObjectName(name);
        grid->addWidget(g, row, column);
        return g;
    };
    m_bitrate = graph(QStringLiteral("bitrateGraph"), tr("Bitrate per destination"), tr("kbps"), 0, 0);
    m_lost = graph(QStringLiteral("lostGraph"), tr("Frames lost per second"), QString(), 0, 1);
    m_congestion = graph(QStringLiteral("congestionGraph"), tr("Congestion per destination"), QStringLiteral("%"), 1, 0);
    m_fps = graph(QStringLiteral("fpsGraph"), tr("Frame rate"), tr("fps"), 1, 1);
    m_render = graph(QStringLiteral("renderGraph"), tr("Render and encode time per frame"), tr("ms"), 2, 0);
    m_cpu = graph(QStringLiteral("cpuGraph"), tr("CPU (100 % is one core)"), QStringLiteral("%"), 2, 1);
    m_memory = graph(QStringLiteral("memoryGraph"), tr("Memory"), tr("MB"), 3, 0);
    m_disk = new QLabel(tr("No recording."));
    m_disk->setObjectName(QStringLiteral("diskSpace"));
    m_disk->setWordWrap(true);
    grid->addWidget(m_disk, 3, 1);
    auto *scroll = new QScrollArea;
    scroll->setAccessibleName(tr("Stats graphs"));
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    setWidget(scroll);
}

void StatsDock::addLine(const QJsonObject &line)
{
    m_series.add(line);
    showDisk(line);
    if (isVisible())
        refresh();
}

void StatsDock::refresh()
{
    const double span = studio::StatsSeries::kWindowSeconds;
    m_bitrate->setLines(perOutput(m_series, QStringLiteral("kbps:")), span);
    QList<LineGraph::Line> congestion = perOutput(m_series, QStringLiteral("congestion:"));
    for (LineGraph::Line &l : congestion) {
        for (QPointF &p : l.points)
            p.setY(p.y() * 100);
    }
    m_congestion->setLines(congestion, span);
    m_lost->setLines({lineOf(m_series, QStringLiteral("lost:missed_render"), tr("rendering"), 3),
                      lineOf(m_series, QStringLiteral("lost:skipped_encode"), tr("encoding"), 2),
                      lineOf(m_series, QStringLiteral("lost:dropped_network"), tr("network"), 4)},
                     span);
    m_fps->setLines({lineOf(m_series, QStringLiteral("fps"), tr("rendered"), 1)}, span);
    m_render->setLines({lineOf(m_series, QStringLiteral("render_ms"), tr("render"), 0),
                        lineOf(m_series, QStringLiteral("encode_ms"), tr("encode"), 1)},
                       span);
    m_cpu->setLines({lineOf(m_series, QStringLiteral("cpu_percent"), tr("studio"), 5)}, span);
    m_memory->setLines({lineOf(m_series, QStringLiteral("rss_mb"), tr("resident"), 4)}, span);
}

void StatsDock::showDisk(const QJsonObject &line)
{
    double kbps = -1;
    for (const QJsonValue &v : line[u"outputs"].toArray()) {
        const QJsonObject o = v.toObject();
        if (o[u"name"].toString() == studio::StreamSession::recordingOutputName() && o[u"state"].toString() != u"stopped")
            kbps = o[u"kbps"].toDouble();
    }
    if (kbps < 0 || m_folder.isEmpty()) {
        m_disk->setText(tr("No recording."));
        return;
    }
    const QStorageInfo disk(m_folder);
    const qint64 free = disk.bytesAvailable();
    const QString left = QLocale().formattedDataSize(free);
    if (kbps <= 0) {
        m_disk->setText(tr("Free on the recording disk: %1").arg(left));
        return;
    }
    const auto minutes = static_cast<int>(free / (kbps * 1000.0 / 8.0) / 60.0);
    m_disk->setText(tr("Free on the recording disk: %1 — the recording fills it in about %n minute(s).", nullptr, minutes).arg(left));
}

}  // namespace vida3::app
