// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "app/sceneoptions.h"
#include "encoder/expected.h"
#include "studio/scene/scenecollection.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace vida3::studio {
class StreamSession;
}

namespace vida3::app {

// Which scene of a collection is on air in a run without a window: the starting scene
// (--program), and the switches (--switch-scene) timed from start().
// Thread-affine QObject.
class ProgramSchedule : public QObject
{
    Q_OBJECT

public:
    // Refuses a --program or --switch-scene naming no scene (InvalidArgument, listing the names).
    static Expected<std::unique_ptr<ProgramSchedule>> create(studio::SceneCollection collection, SceneOptions options);

    const studio::SceneCollection &collection() const { return m_collection; }
    qsizetype startIndex() const { return m_start; }
    QString startName() const { return m_collection.scenes.at(m_start).name; }
    // Times the switches from now on; each puts its scene on air in session.
    void start(studio::StreamSession &session);

private:
    ProgramSchedule(studio::SceneCollection collection, SceneOptions options, qsizetype start);

    studio::SceneCollection m_collection;
    SceneOptions m_options;
    qsizetype m_start = 0;
    std::vector<std::unique_ptr<QTimer>> m_timers;
};

}  // namespace vida3::app
