// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/scenes/scenesdock.h"

#include "app/scenes/dockparts.h"
#include "app/scenes/layerkinds.h"
#include "studio/scene/collectionparser.h"
#include "studio/scene/document/scenedocument.h"
#include "studio/scene/document/sceneedits.h"
#include "studio/scene/models/scenelistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace vida3::app {

namespace {
const studio::SceneCollection &templates()
{
    static const studio::SceneCollection loaded = [] {
        auto parsed = studio::sceneTemplates(allLayerKinds());
        return parsed ? std::move(parsed).value() : studio::SceneCollection{};
    }();
    return loaded;
}
}  // namespace

ScenesDock::ScenesDock(studio::SceneDocument &document, QWidget *parent)
    : QDockWidget(tr("Scenes"), parent), m_document(document)
{
    setObjectName(QStringLiteral("scenesDock"));
    m_model = new studio::SceneListModel(document, this);
    m_view = new QListView;
    m_view->setObjectName(QStringLiteral("sceneList"));
    m_view->setAccessibleName(tr("Scenes"));
    m_view->setModel(m_model);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *add = dockButton(QStringLiteral("addScene"), QStringLiteral("+"), tr("Add a scene"));
    add->setPopupMode(QToolButton::InstantPopup);
    auto *addMenu = new QMenu(add);
    addMenu->addAction(tr("Empty scene"), this, &ScenesDock::addEmpty);
    QMenu *fromTemplate = addMenu->addMenu(tr("From a template"));
    for (int i = 0; i < templates().scenes.size(); ++i)
        fromTemplate->addAction(templates().scenes.at(i).name, this, [this, i] { addTemplate(i); });
    add->setMenu(addMenu);
    auto *duplicate = dockButton(QStringLiteral("duplicateScene"), tr("Duplicate"), tr("Duplicate the scene"));
    auto *remove = dockButton(QStringLiteral("removeScene"), QStringLiteral("\u2212"), tr("Remove the scene"));
    auto *up = dockButton(QStringLiteral("sceneUp"), QStringLiteral("\u2191"), tr("Move the scene up"));
    auto *down = dockButton(QStringLiteral("sceneDown"), QStringLiteral("\u2193"), tr("Move the scene down"));
    connect(duplicate, &QToolButton::clicked, this, &ScenesDock::duplicateCurrent);
    connect(remove, &QToolButton::clicked, this, &ScenesDock::removeCurrent);
    connect(up, &QToolButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QToolButton::clicked, this, [this] { moveCurrent(1); });

    m_transitionKind = new QComboBox;
    m_transitionKind->setObjectName(QStringLiteral("transitionKind"));
    m_transitionKind->setAccessibleName(tr("Transition"));
    m_transitionKind->addItem(tr("Cut"), int(studio::Transition::Kind::Cut));
    m_transitionKind->addItem(tr("Fade"), int(studio::Transition::Kind::Fade));
    m_transitionKind->addItem(tr("Slide"), int(studio::Transition::Kind::Slide));
    m_transitionMs = new QSpinBox;
    m_transitionMs->setObjectName(QStringLiteral("transitionMs"));
    m_transitionMs->setAccessibleName(tr("Transition duration"));
    m_transitionMs->setRange(0, studio::Transition::kMaxDurationMs);
    m_transitionMs->setSingleStep(50);
    m_transitionMs->setSuffix(tr(" ms"));
    m_transitionMs->setKeyboardTracking(false);
    connect(m_transitionKind, &QComboBox::activated, this, &ScenesDock::applyTransition);
    connect(m_transitionMs, &QSpinBox::valueChanged, this, &ScenesDock::applyTransition);

    m_message = refusalLabel(QStringLiteral("scenesMessage"));

    auto *buttons = new QHBoxLayout;
    for (QToolButton *b : {add, duplicate, remove, up, down})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *transition = new QHBoxLayout;
    transition->addWidget(new QLabel(tr("Transition")));
    transition->addWidget(m_transitionKind, 1);
    transition->addWidget(m_transitionMs);
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addLayout(transition);
    layout->addWidget(m_message);
    setWidget(body);

    // A click (or Enter) puts the scene on air, as in OBS without studio mode.
    m_choose = [this](const QString &id) { putOnAir(id); };
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) { m_choose(m_model->sceneId(index.row())); });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) { m_choose(m_model->sceneId(index.row())); });
    connect(m_model, &studio::SceneListModel::refused, this, &ScenesDock::showResult);
    // Right click (or the Menu key) on a scene: its own transition, used when switching to it.
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QListView::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_view->indexAt(at);
        if (!index.isValid())
            return;
        QMenu menu(this);
        QMenu *own = menu.addMenu(tr("Transition to this scene"));
        const QString current = index.data(studio::SceneListModel::TransitionRole).toString();
        const QString id = m_model->sceneId(index.row());
        const int ms = m_document.collection().transition.durationMs > 0 ? m_document.collection().transition.durationMs
                                                                         : studio::Transition::kDefaultDurationMs;
        QAction *fallback = own->addAction(tr("The default"), this, [this, id] { setSceneTransition(id, std::nullopt); });
        fallback->setCheckable(true);
        fallback->setChecked(current.isEmpty());
        for (const auto kind : {studio::Transition::Kind::Cut, studio::Transition::Kind::Fade, studio::Transition::Kind::Slide}) {
            studio::Transition t;
            t.kind = kind;
            t.durationMs = kind == studio::Transition::Kind::Cut ? 0 : ms;
            QAction *action = own->addAction(t.toString(), this, [this, id, t] { setSceneTransition(id, t); });
            action->setCheckable(true);
            action->setChecked(current == t.toString());
        }
        menu.addSeparator();
        menu.addAction(tr("Rename"), this, &ScenesDock::renameCurrent);
        menu.addAction(tr("Duplicate"), this, &ScenesDock::duplicateCurrent);
        menu.addAction(tr("Remove"), this, &ScenesDock::removeCurrent);
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });
    connect(&document, &studio::SceneDocument::programChanged, this, &ScenesDock::selectScene);
    connect(&document, &studio::SceneDocument::defaultTransitionChanged, this, &ScenesDock::showTransition);
    connect(&document, &studio::SceneDocument::wasReset, this, &ScenesDock::showTransition);
    showTransition();
    selectScene(document.collection().programId);
}

QString ScenesDock::currentSceneId() const
{
    return m_model->sceneId(m_view->currentIndex().row());
}

QString ScenesDock::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ScenesDock::showResult(const QString &error)
{
    m_message->setText(error);
    m_message->setVisible(!error.isEmpty());
}

void ScenesDock::selectScene(const QString &sceneId)
{
    const int row = m_model->rowOf(sceneId);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row));
}

void ScenesDock::showTransition()
{
    const studio::Transition &t = m_document.collection().transition;
    const QSignalBlocker a(m_transitionKind);
    const QSignalBlocker b(m_transitionMs);
    m_transitionKind->setCurrentIndex(m_transitionKind->findData(int(t.kind)));
    m_transitionMs->setValue(t.durationMs);
    m_transitionMs->setEnabled(t.kind != studio::Transition::Kind::Cut);
}

void ScenesDock::applyTransition()
{
    studio::Transition t;
    t.kind = studio::Transition::Kind(m_transitionKind->currentData().toInt());
    t.durationMs = t.kind == studio::Transition::Kind::Cut ? 0 : m_transitionMs->value();
    if (t.kind != studio::Transition::Kind::Cut && t.durationMs == 0)
        t.durationMs = studio::Transition::kDefaultDurationMs;
    const Status set = studio::sceneedits::setTransition(m_document, QString(), t);
    showResult(set ? QString() : set.error().detail);
    showTransition();
}

void ScenesDock::setSceneTransition(const QString &sceneId, const std::optional<studio::Transition> &transition)
{
    const Status set = studio::sceneedits::setTransition(m_document, sceneId, transition);
    showResult(set ? QString() : set.error().detail);
}

void ScenesDock::addEmpty()
{
    auto added = studio::sceneedits::addScene(m_document, tr("Scene"), m_model->rowOf(currentSceneId()));
    showResult(added ? QString() : added.error().detail);
}

void ScenesDock::addTemplate(int index)
{
    auto added = studio::sceneedits::addSceneFrom(m_document, templates().scenes.at(index), m_model->rowOf(currentSceneId()));
    showResult(added ? QString() : added.error().detail);
}

void ScenesDock::duplicateCurrent()
{
    auto added = studio::sceneedits::duplicateScene(m_document, currentSceneId());
    showResult(added ? QString() : added.error().detail);
}

void ScenesDock::removeCurrent()
{
    const Status removed = studio::sceneedits::removeScene(m_document, currentSceneId());
    showResult(removed ? QString() : removed.error().detail);
}

void ScenesDock::moveCurrent(int delta)
{
    const QString id = currentSceneId();
    const int from = m_model->rowOf(id);
    const int to = std::clamp(from + delta, 0, m_model->rowCount() - 1);
    const Status moved = studio::sceneedits::moveScene(m_document, from, to);
    showResult(moved ? QString() : moved.error().detail);
    selectScene(id);
}

void ScenesDock::renameCurrent()
{
    if (m_view->currentIndex().isValid())
        m_view->edit(m_view->currentIndex());
}

void ScenesDock::putOnAir(const QString &sceneId)
{
    const Status switched = studio::sceneedits::setProgram(m_document, sceneId);
    showResult(switched ? QString() : switched.error().detail);
}

}  // namespace vida3::app
