// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/session/statsseries.h"

#include <QDockWidget>

class QJsonObject;
class QLabel;

namespace vida3::app {

class LineGraph;

// The health dashboard: graphs of the last five minutes — each destination's bitrate and
// congestion, frames lost per second by kind (rendering, encoding, network), frame rate, render
// time per frame, the studio's CPU and memory — and the recording disk's free space with how long
// the recording can go on. Fed the same lines --stats writes (addLine).
class StatsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit StatsDock(QWidget *parent = nullptr);

    void setRecordingFolder(const QString &folder) { m_folder = folder; }
    void addLine(const QJsonObject &line);
    const studio::StatsSeries &series() const { return m_series; }

private:
    void refresh();
    void showDisk(const QJsonObject &line);

    studio::StatsSeries m_series;
    QString m_folder;
    LineGraph *m_bitrate = nullptr;
    LineGraph *m_lost = nullptr;
    LineGraph *m_fps = nullptr;
    LineGraph *m_render = nullptr;
    LineGraph *m_cpu = nullptr;
    LineGraph *m_memory = nullptr;
    LineGraph *m_congestion = nullptr;
    QLabel *m_disk = nullptr;
};

}  // namespace vida3::app
