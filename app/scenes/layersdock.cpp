// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/scenes/layersdock.h"

#include "app/scenes/dockparts.h"
#include "app/scenes/newlayer.h"
#include "studio/scene/document/layeredits.h"
#include "studio/scene/document/scenedocument.h"
#include "studio/scene/models/layerlistmodel.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace vida3::app {

namespace {
QAction *shortcut(QWidget *owner, const QKeySequence &keys, const std::function<void()> &run)
{
    auto *action = new QAction(owner);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(action, &QAction::triggered, owner, run);
    owner->addAction(action);
    return action;
}
}  // namespace

LayersDock::LayersDock(studio::SceneDocument &document, std::function<studio::LayerFactory()> kinds, bool browserSources,
                       QWidget *parent)
    : QDockWidget(tr("Layers"), parent), m_document(document), m_kinds(std::move(kinds))
{
    setObjectName(QStringLiteral("layersDock"));
    m_model = new studio::LayerListModel(document, this);
    m_view = new QListView;
    m_view->setObjectName(QStringLiteral("layerList"));
    m_view->setAccessibleName(tr("Layers, top first"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);

    auto *add = dockButton(QStringLiteral("addLayer"), QStringLiteral("+"), tr("Add a layer"));
    add->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(add);
    for (const NewLayerKind &kind : newLayerKinds(browserSources)) {
        QAction *action = menu->addAction(kind.label, this, [this, kind] { addFromMenu(kind.kind, int(kind.needs)); });
        action->setObjectName(QStringLiteral("add_") + kind.kind);
    }
    add->setMenu(menu);
    auto *remove = dockButton(QStringLiteral("removeLayer"), QStringLiteral("\u2212"), tr("Remove the selected layers"));
    auto *duplicate = dockButton(QStringLiteral("duplicateLayer"), tr("Duplicate"), tr("Duplicate the selected layers"));
    auto *up = dockButton(QStringLiteral("layerUp"), QStringLiteral("\u2191"), tr("Bring forward"));
    auto *down = dockButton(QStringLiteral("layerDown"), QStringLiteral("\u2193"), tr("Send backward"));
    auto *lock = dockButton(QStringLiteral("lockLayer"), tr("Lock"), tr("Lock or unlock the selected layers"));
    connect(remove, &QToolButton::clicked, this, &LayersDock::removeSelected);
    connect(duplicate, &QToolButton::clicked, this, &LayersDock::duplicateSelected);
    connect(up, &QToolButton::clicked, this, [this] { raiseSelected(1); });
    connect(down, &QToolButton::clicked, this, [this] { raiseSelected(-1); });
    connect(lock, &QToolButton::clicked, this, &LayersDock::toggleLockSelected);

    m_message = refusalLabel(QStringLiteral("layersMessage"));

    auto *buttons = new QHBoxLayout;
    for (QToolButton *b : {add, remove, duplicate, up, down, lock})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    setWidget(body);

    shortcut(m_view, QKeySequence::Delete, [this] { removeSelected(); });
    shortcut(m_view, QKeySequence::Copy, [this] { copySelected(); });
    shortcut(m_view, QKeySequence::Paste, [this] { paste(); });
    shortcut(m_view, QKeySequence(Qt::CTRL | Qt::Key_D), [this] { duplicateSelected(); });
    connect(m_model, &studio::LayerListModel::refused, this, [this](const QString &why) { report(Error{ErrorCode::InvalidArgument, why}); });
}

void LayersDock::setSceneId(const QString &sceneId)
{
    m_model->setSceneId(sceneId);
}

QString LayersDock::sceneId() const
{
    return m_model->sceneId();
}

QItemSelectionModel *LayersDock::selection() const
{
    return m_view->selectionModel();
}

QStringList LayersDock::selectedIds() const
{
    QStringList ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(m_model->layerId(index.row()));
    return ids;
}

void LayersDock::select(const QStringList &ids)
{
    QItemSelection selection;
    for (const QString &id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            selection.select(m_model->index(row), m_model->index(row));
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!ids.isEmpty() && m_model->rowOf(ids.last()) >= 0)
        m_view->selectionModel()->setCurrentIndex(m_model->index(m_model->rowOf(ids.last())), QItemSelectionModel::NoUpdate);
}

QString LayersDock::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool LayersDock::report(const Status &result)
{
    m_message->setText(result ? QString() : result.error().detail);
    m_message->setVisible(!result);
    return bool(result);
}

void LayersDock::addFromMenu(const QString &kind, int needs)
{
    QString input;
    switch (NewLayerKind::Needs(needs)) {
    case NewLayerKind::Needs::ImageFile:
        input = QFileDialog::getOpenFileName(this, tr("Add an image"), {}, tr("Images (*.png *.jpg *.jpeg *.svg)"));
        break;
    case NewLayerKind::Needs::MediaFile:
        input = QFileDialog::getOpenFileName(this, tr("Add a media file"), {}, tr("Video and audio (*)"));
        break;
    case NewLayerKind::Needs::SourceName:
        input = QInputDialog::getText(this, tr("Browser source"), tr("Name the page streams under:"));
        break;
    case NewLayerKind::Needs::Nothing:
        break;
    }
    if (NewLayerKind::Needs(needs) != NewLayerKind::Needs::Nothing && input.isEmpty())
        return;
    addLayer(kind, input);
}

bool LayersDock::addLayer(const QString &kind, const QString &input)
{
    const qsizetype scene = m_document.sceneIndex(sceneId());
    if (scene < 0)
        return report(Error{ErrorCode::InvalidArgument, tr("No scene to add to.")});
    auto ids = studio::layeredits::pasteLayers(m_document, sceneId(), {newLayer(kind, m_document.collection().canvasSize, input)},
                                               m_kinds());
    if (!ids)
        return report(ids.error());
    select(*ids);
    return report({});
}

bool LayersDock::removeSelected()
{
    return report(studio::layeredits::removeLayers(m_document, sceneId(), selectedIds()));
}

bool LayersDock::duplicateSelected()
{
    auto ids = studio::layeredits::duplicateLayers(m_document, sceneId(), selectedIds(), m_kinds());
    if (ids)
        select(*ids);
    return report(ids ? Status() : Status(ids.error()));
}

bool LayersDock::raiseSelected(int steps)
{
    return report(studio::layeredits::raise(m_document, sceneId(), selectedIds(), steps));
}

bool LayersDock::toggleLockSelected()
{
    const QStringList ids = selectedIds();
    bool allLocked = !ids.isEmpty();
    for (const QString &id : ids)
        allLocked = allLocked && m_model->index(m_model->rowOf(id)).data(studio::LayerListModel::LockedRole).toBool();
    return report(studio::layeredits::setLocked(m_document, sceneId(), ids, !allLocked));
}

void LayersDock::copySelected()
{
    m_clipboard.clear();
    const qsizetype scene = m_document.sceneIndex(sceneId());
    for (const QString &id : selectedIds())
        m_clipboard.append(m_document.scene(scene).scene.layers.at(m_document.layerIndex(scene, id)));
}

bool LayersDock::paste()
{
    if (m_clipboard.isEmpty())
        return report(Error{ErrorCode::InvalidArgument, tr("Nothing copied yet.")});
    auto ids = studio::layeredits::pasteLayers(m_document, sceneId(), m_clipboard, m_kinds());
    if (ids)
        select(*ids);
    return report(ids ? Status() : Status(ids.error()));
}

}  // namespace vida3::app
