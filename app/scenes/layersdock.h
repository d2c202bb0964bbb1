// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "studio/scene/layerdescription.h"

#include <QDockWidget>

#include <functional>

class QItemSelectionModel;
class QLabel;
class QListView;

namespace vida3::studio {
class LayerFactory;
class LayerListModel;
class SceneDocument;
}  // namespace vida3::studio

namespace vida3::app {

// The Layers panel of the scene being edited (the one on air, until studio mode): top layer
// first; add any kind from a menu, remove, duplicate, reorder (buttons or drag), show/hide
// (check box), lock, rename in place (F2 or double-click), copy and paste, also between
// scenes. Several layers can be selected; the selection model is shared with the canvas.
class LayersDock : public QDockWidget
{
    Q_OBJECT

public:
    // kinds checks edits; browserSources offers the browser kind.
    LayersDock(studio::SceneDocument &document, std::function<studio::LayerFactory()> kinds, bool browserSources,
               QWidget *parent = nullptr);

    void setSceneId(const QString &sceneId);
    QString sceneId() const;
    QListView *view() const { return m_view; }
    studio::LayerListModel *model() const { return m_model; }
    QItemSelectionModel *selection() const;
    QStringList selectedIds() const;
    void select(const QStringList &ids);

    // The actions behind the buttons and shortcuts; false (reason shown) when nothing changed.
    bool addLayer(const QString &kind, const QString &input = {});
    bool removeSelected();
    bool duplicateSelected();
    bool raiseSelected(int steps);
    bool toggleLockSelected();
    void copySelected();
    bool paste();
    QString message() const;

private:
    void addFromMenu(const QString &kind, int needs);
    bool report(const Status &result);

    studio::SceneDocument &m_document;
    std::function<studio::LayerFactory()> m_kinds;
    studio::LayerListModel *m_model = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_message = nullptr;
    QList<studio::LayerDescription> m_clipboard;
};

}  // namespace vida3::app
