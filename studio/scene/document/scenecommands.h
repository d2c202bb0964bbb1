// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/scene/scenecollection.h"

#include <QUndoCommand>

#include <optional>

namespace vida3::studio {

class SceneDocument;

// Undoable edits of a collection's scenes. Each finds its scene by id when it runs, so the
// history stays right however the scenes were reordered in between; each stores only what it
// changes. The caller checks that an edit makes sense (sceneedits.h does).

class AddSceneCommand : public QUndoCommand
{
public:
    AddSceneCommand(SceneDocument &document, CollectionScene scene, qsizetype index, const QString &text);
    void redo() override;
    void undo() override;

private:
    SceneDocument &m_document;
    CollectionScene m_scene;
    qsizetype m_index;
};

// Removing the scene on air puts its neighbour on air; undo brings both back.
class RemoveSceneCommand : public QUndoCommand
{
public:
    RemoveSceneCommand(SceneDocument &document, const QString &sceneId);
    void redo() override;
    void undo() override;

private:
    SceneDocument &m_document;
    CollectionScene m_scene;
    qsizetype m_index = -1;
    QString m_programBefore;
};

class MoveSceneCommand : public QUndoCommand
{
public:
    MoveSceneCommand(SceneDocument &document, qsizetype from, qsizetype to);
    void redo() override;
    void undo() override;

private:
    SceneDocument &m_document;
    qsizetype m_from;
    qsizetype m_to;
};

class RenameSceneCommand : public QUndoCommand
{
public:
    RenameSceneCommand(SceneDocument &document, const QString &sceneId, const QString &name);
    void redo() override;
    void undo() override;

private:
    SceneDocument &m_document;
    QString m_id;
    QString m_before;
    QString m_after;
};

// A scene's own transition (nullopt: the default); with an empty scene id, the default.
class SetTransitionCommand : public QUndoCommand
{
public:
    SetTransitionCommand(SceneDocument &document, const QString &sceneId, std::optional<Transition> transition);
    void redo() override;
    void undo() override;

private:
    void apply(const std::optional<Transition> &transition);

    SceneDocument &m_document;
    QString m_id;
    std::optional<Transition> m_before;
    std::optional<Transition> m_after;
};

// Puts a scene on air (a switch, or Take in studio mode): undoable like any edit.
class SetProgramCommand : public QUndoCommand
{
public:
    SetProgramCommand(SceneDocument &document, const QString &sceneId, const QString &text);
    void redo() override;
    void undo() override;

private:
    SceneDocument &m_document;
    QString m_before;
    QString m_after;
};

}  // namespace vida3::studio
