// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/programschedule.h"

#include "studio/session/streamsession.h"

#include <cmath>

namespace vida3::app {

namespace {
Error unknownScene(const QString &option, const QString &name, const studio::SceneCollection &collection)
{
    return Error{ErrorCode::InvalidArgument,
                 QStringLiteral("%1: no scene \"%2\" in %3 (scenes: %4)")
                     .arg(option, name.left(128), collection.sourceName,
                          collection.names().join(QStringLiteral(", ")))};
}
}  // namespace

ProgramSchedule::ProgramSchedule(studio::SceneCollection collection, SceneOptions options, qsizetype start)
    : m_collection(std::move(collection)), m_options(std::move(options)), m_start(start)
{
    if (m_options.transition)
        m_collection.transition = *m_options.transition;
}

Expected<std::unique_ptr<ProgramSchedule>> ProgramSchedule::create(studio::SceneCollection collection,
                                                                   SceneOptions options)
{
    qsizetype start = collection.programIndex();
    if (!options.program.isEmpty()) {
        start = collection.indexOf(options.program);
        if (start < 0)
            return unknownScene(QStringLiteral("--program"), options.program, collection);
    }
    for (const SceneSwitch &s : std::as_const(options.switches)) {
        if (collection.indexOf(s.scene) < 0)
            return unknownScene(QStringLiteral("--switch-scene"), s.scene, collection);
    }
    return std::unique_ptr<ProgramSchedule>(new ProgramSchedule(std::move(collection), std::move(options), start));
}

void ProgramSchedule::start(studio::StreamSession &session)
{
    for (const SceneSwitch &s : std::as_const(m_options.switches)) {
        auto timer = std::make_unique<QTimer>();
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
        const qsizetype index = m_collection.indexOf(s.scene);
        connect(timer.get(), &QTimer::timeout, this, [this, &session, index] {
            const studio::CollectionScene &scene = m_collection.scenes.at(index);
            session.switchProgram(m_collection.renderable(index), m_collection.transitionTo(index), scene.name);
        });
        timer->start(static_cast<int>(std::llround(s.atSec * 1000.0)));
        m_timers.push_back(std::move(timer));
    }
}

}  // namespace vida3::app
