// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDockWidget>

#include "studio/scene/transition.h"

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QListView;
class QSpinBox;

namespace vida3::studio {
class SceneDocument;
class SceneListModel;
}  // namespace vida3::studio

namespace vida3::app {

// The Scenes panel: every scene of the collection; clicking one puts it on air with its
// transition (live too). Add (empty or from a template), duplicate, rename in place (F2),
// remove, reorder (buttons or drag), and the default transition with its duration. Every
// change is an undoable command; a refused one says why under the list.
class ScenesDock : public QDockWidget
{
    Q_OBJECT

public:
    ScenesDock(studio::SceneDocument &document, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    studio::SceneListModel *model() const { return m_model; }
    QString currentSceneId() const;
    // The actions behind the buttons (also for keyboard shortcuts and tests).
    void addEmpty();
    void addTemplate(int index);
    void duplicateCurrent();
    void removeCurrent();
    void moveCurrent(int delta);
    void renameCurrent();
    void putOnAir(const QString &sceneId);
    // A scene's own transition (nullopt: the default), used when switching to it.
    void setSceneTransition(const QString &sceneId, const std::optional<studio::Transition> &transition);
    QString message() const;
    // What a click on a scene does (default: putOnAir; studio mode: show it in the preview).
    void setChooseHandler(std::function<void(const QString &)> choose) { m_choose = std::move(choose); }

private:
    void showResult(const QString &error);
    void selectScene(const QString &sceneId);
    void showTransition();
    void applyTransition();

    studio::SceneDocument &m_document;
    studio::SceneListModel *m_model = nullptr;
    QListView *m_view = nullptr;
    QComboBox *m_transitionKind = nullptr;
    QSpinBox *m_transitionMs = nullptr;
    QLabel *m_message = nullptr;
    std::function<void(const QString &)> m_choose;
};

}  // namespace vida3::app
