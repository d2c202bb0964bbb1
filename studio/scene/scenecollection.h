// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/scene/scene.h"
#include "studio/scene/transition.h"

#include <optional>
#include <QJsonObject>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

namespace vida3::studio {

// One named scene of a collection. The id is stable (files and the programme refer to it);
// the name is what the creator sees and types (--program, --switch-scene).
struct CollectionScene
{
    QString id;
    QString name;
    Scene scene;  // its layers; canvas, source and folder are the collection's
    std::optional<Transition> transition;  // used when switching *to* this scene, instead of the default
};

// A scene collection (format version 2, studio/scene/README.md): several named scenes on one
// reference canvas, the programme scene and the default transition. A version-1 scene file
// opens as a collection of one scene. A plain value, safe to copy across threads.
// The canvas lives at collection level so a second output canvas (9:16) can be added beside
// it later, with the scenes unchanged.
struct SceneCollection
{
    static constexpr int kFormatVersion = 2;
    static constexpr qsizetype kMaxScenes = 100;
    static constexpr qsizetype kMaxNameLength = 128;

    QString sourceName;
    QString baseDirectory;
    QSize canvasSize = Scene::kDefaultCanvasSize;
    QList<CollectionScene> scenes;  // the order of the scenes panel
    QString programId;              // the scene on air at the start
    Transition transition;          // the default transition
    QJsonObject unknownFields;
    QStringList warnings;

    // The scene named name, or failing that the one whose id is name; -1 if none.
    qsizetype indexOf(const QString &nameOrId) const;
    qsizetype programIndex() const;  // programId's index, or 0
    // The scene at index as the renderer takes it: canvas, source and folder filled in.
    Scene renderable(qsizetype index) const;
    // The transition that switching to the scene at index uses.
    Transition transitionTo(qsizetype index) const;
    QStringList names() const;
    // Every layer of every scene once by id (the first visible occurrence, else the first):
    // what MediaLibrary opens.
    Scene allLayers() const;

    // "base", "base 2", … : a scene name this collection does not use yet; likewise ids.
    QString freeName(const QString &base) const;
    QString freeId(const QString &base) const;

    // A collection holding exactly scene (a version-1 file, the built-in scene).
    static SceneCollection fromScene(const Scene &scene, const QString &name = QStringLiteral("Scene"));
};

}  // namespace vida3::studio
