// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/scene/document/scenecommands.h"

#include "studio/scene/document/scenedocument.h"

#include <QCoreApplication>

namespace vida3::studio {

AddSceneCommand::AddSceneCommand(SceneDocument &document, CollectionScene scene, qsizetype index, const QString &text)
    : QUndoCommand(text), m_document(document), m_scene(std::move(scene)), m_index(index)
{
}

void AddSceneCommand::redo()
{
    m_document.insertScene(m_index, m_scene);
}

void AddSceneCommand::undo()
{
    m_document.takeScene(m_document.sceneIndex(m_scene.id));
}

RemoveSceneCommand::RemoveSceneCommand(SceneDocument &document, const QString &sceneId)
    : m_document(document), m_index(document.sceneIndex(sceneId))
{
    m_scene = document.scene(m_index);
    m_programBefore = document.collection().programId;
    setText(QCoreApplication::translate("SceneCommands", "Remove scene \u201C%1\u201D").arg(m_scene.name));
}

void RemoveSceneCommand::redo()
{
    m_index = m_document.sceneIndex(m_scene.id);
    // The neighbour goes on air first: nothing ever sees a programme that is not there.
    if (m_document.collection().programId == m_scene.id && m_document.sceneCount() > 1)
        m_document.setProgramId(m_document.scene(m_index + 1 < m_document.sceneCount() ? m_index + 1 : m_index - 1).id);
    m_document.takeScene(m_index);
}

void RemoveSceneCommand::undo()
{
    m_document.insertScene(m_index, m_scene);
    if (m_document.collection().programId != m_programBefore)
        m_document.setProgramId(m_programBefore);
}

MoveSceneCommand::MoveSceneCommand(SceneDocument &document, qsizetype from, qsizetype to)
    : m_document(document), m_from(from), m_to(to)
{
    setText(QCoreApplication::translate("SceneCommands", "Move scene \u201C%1\u201D").arg(document.scene(from).name));
}

void MoveSceneCommand::redo()
{
    m_document.moveScene(m_from, m_to);
}

void MoveSceneCommand::undo()
{
    m_document.moveScene(m_to, m_from);
}

RenameSceneCommand::RenameSceneCommand(SceneDocument &document, const QString &sceneId, const QString &name)
    : m_document(document), m_id(sceneId), m_before(document.scene(document.sceneIndex(sceneId)).name), m_after(name)
{
    setText(QCoreApplication::translate("SceneCommands", "Rename scene \u201C%1\u201D to \u201C%2\u201D").arg(m_before, m_after));
}

void RenameSceneCommand::redo()
{
    m_document.setSceneName(m_document.sceneIndex(m_id), m_after);
}

void RenameSceneCommand::undo()
{
    m_document.setSceneName(m_document.sceneIndex(m_id), m_before);
}

SetTransitionCommand::SetTransitionCommand(SceneDocument &document, const QString &sceneId,
                                           std::optional<Transition> transition)
    : m_document(document), m_id(sceneId), m_after(std::move(transition))
{
    if (m_id.isEmpty()) {
        m_before = document.collection().transition;
        setText(QCoreApplication::translate("SceneCommands", "Default transition: %1").arg(m_after.value_or(Transition{}).toString()));
    } else {
        const CollectionScene &scene = document.scene(document.sceneIndex(m_id));
        m_before = scene.transition;
        setText(QCoreApplication::translate("SceneCommands", "Transition to \u201C%1\u201D: %2")
                    .arg(scene.name, m_after ? m_after->toString()
                                             : QCoreApplication::translate("SceneCommands", "default")));
    }
}

void SetTransitionCommand::apply(const std::optional<Transition> &transition)
{
    if (m_id.isEmpty())
        m_document.setDefaultTransition(transition.value_or(Transition{}));
    else
        m_document.setSceneTransition(m_document.sceneIndex(m_id), transition);
}

void SetTransitionCommand::redo()
{
    apply(m_after);
}

void SetTransitionCommand::undo()
{
    apply(m_before);
}

SetProgramCommand::SetProgramCommand(SceneDocument &document, const QString &sceneId, const QString &text)
    : QUndoCommand(text), m_document(document), m_before(document.collection().programId), m_after(sceneId)
{
}

void SetProgramCommand::redo()
{
    m_document.setProgramId(m_after);
}

void SetProgramCommand::undo()
{
    m_document.setProgramId(m_before);
}

}  // namespace vida3::studio
