// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "studio/scene/transition.h"

#include <QList>
#include <QString>

#include <optional>

class QCommandLineParser;

namespace vida3::app {

// --switch-scene SECONDS:NAME
struct SceneSwitch
{
    double atSec = 0;
    QString scene;
};

// The scene part of the command line (command-line.md, "Scenes"): which scene of the
// collection starts on air, when the programme switches, and with which transition.
struct SceneOptions
{
    QString program;              // --program NAME; empty: the collection's own
    QList<SceneSwitch> switches;  // --switch-scene, in time order
    std::optional<studio::Transition> transition;  // --transition: the default transition
};

void addSceneOptions(QCommandLineParser &parser);
// Syntax only; scene names are checked against the collection when it is loaded.
Expected<SceneOptions> readSceneOptions(const QCommandLineParser &parser);

}  // namespace vida3::app
