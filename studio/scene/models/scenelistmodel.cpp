// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/scene/models/scenelistmodel.h"

#include "studio/scene/document/scenedocument.h"
#include "studio/scene/document/sceneedits.h"

#include <QMimeData>

namespace vida3::studio {

namespace {
const QString kMime = QStringLiteral("application/x-vida3-scene-id");
}

SceneListModel::SceneListModel(SceneDocument &document, QObject *parent) : QAbstractListModel(parent), m_document(document)
{
    connect(&document, &SceneDocument::aboutToReset, this, [this] { beginResetModel(); });
    connect(&document, &SceneDocument::wasReset, this, [this] { endResetModel(); });
    connect(&document, &SceneDocument::aboutToInsertScene, this,
            [this](qsizetype i) { beginInsertRows({}, int(i), int(i)); });
    connect(&document, &SceneDocument::sceneInserted, this, [this] { endInsertRows(); });
    connect(&document, &SceneDocument::aboutToRemoveScene, this,
            [this](qsizetype i) { beginRemoveRows({}, int(i), int(i)); });
    connect(&document, &SceneDocument::sceneRemoved, this, [this] { endRemoveRows(); });
    connect(&document, &SceneDocument::aboutToMoveScene, this, [this](qsizetype from, qsizetype to) {
        // QList::move(from, to) puts the item at `to`; Qt's models name the row it goes before.
        beginMoveRows({}, int(from), int(from), {}, int(to > from ? to + 1 : to));
    });
    connect(&document, &SceneDocument::sceneMoved, this, [this] { endMoveRows(); });
    connect(&document, &SceneDocument::sceneChanged, this, [this](qsizetype i) {
        Q_EMIT dataChanged(index(int(i)), index(int(i)));
    });
    connect(&document, &SceneDocument::programChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1), {OnAirRole});
    });
}

int SceneListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_document.sceneCount());
}

QString SceneListModel::sceneId(int row) const
{
    return row >= 0 && row < rowCount() ? m_document.scene(row).id : QString();
}

int SceneListModel::rowOf(const QString &sceneId) const
{
    return int(m_document.sceneIndex(sceneId));
}

void SceneListModel::setPreviewId(const QString &sceneId)
{
    if (m_previewId == sceneId)
        return;
    m_previewId = sceneId;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {PreviewRole});
}

QVariant SceneListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CollectionScene &scene = m_document.scene(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return scene.name;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        QStringList about;
        if (scene.id == m_document.collection().programId)
            about.append(tr("On air"));
        else if (scene.id == m_previewId)
            about.append(tr("In preview"));
        if (scene.transition)
            about.append(tr("switched to with %1").arg(scene.transition->toString()));
        return about.isEmpty() ? QVariant() : QVariant(about.join(QStringLiteral(", ")));
    }
    case IdRole:
        return scene.id;
    case OnAirRole:
        return scene.id == m_document.collection().programId;
    case PreviewRole:
        return scene.id == m_previewId;
    case TransitionRole:
        return scene.transition ? scene.transition->toString() : QString();
    default:
        return {};
    }
}

bool SceneListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Status renamed = sceneedits::renameScene(m_document, sceneId(index.row()), value.toString());
    if (!renamed)
        Q_EMIT refused(renamed.error().detail);
    return bool(renamed);
}

Qt::ItemFlags SceneListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
}

QHash<int, QByteArray> SceneListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "sceneId");
    names.insert(OnAirRole, "onAir");
    names.insert(PreviewRole, "preview");
    names.insert(TransitionRole, "transition");
    return names;
}

QStringList SceneListModel::mimeTypes() const
{
    return {kMime};
}

QMimeData *SceneListModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(kMime, sceneId(indexes.first().row()).toUtf8());
    return data;
}

bool SceneListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(kMime))
        return false;
    const int from = rowOf(QString::fromUtf8(data->data(kMime)));
    int before = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    if (from < 0)
        return false;
    const int to = before > from ? before - 1 : before;
    if (const Status moved = sceneedits::moveScene(m_document, from, std::min(to, rowCount() - 1)); !moved)
        Q_EMIT refused(moved.error().detail);
    // The document moved the row itself: the view must not remove the dragged one.
    return false;
}

}  // namespace vida3::studio
