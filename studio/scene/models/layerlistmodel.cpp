// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/scene/models/layerlistmodel.h"

#include "studio/scene/document/layeredits.h"
#include "studio/scene/document/scenedocument.h"

#include <QMimeData>

#include <algorithm>

namespace vida3::studio {

namespace {
const QString kMime = QStringLiteral("application/x-vida3-layer-ids");
}

LayerListModel::LayerListModel(SceneDocument &document, QObject *parent)
    : QAbstractListModel(parent), m_document(document)
{
    connect(&document, &SceneDocument::layerInserted, this, &LayerListModel::onInserted);
    connect(&document, &SceneDocument::layerRemoved, this, &LayerListModel::onRemoved);
    connect(&document, &SceneDocument::layerChanged, this, &LayerListModel::onChanged);
    connect(&document, &SceneDocument::layersReset, this, &LayerListModel::onReordered);
    // A scene that goes away (or a new collection) leaves nothing to list; one that comes back
    // (undo) is listed again if it is the one asked for.
    auto refresh = [this] {
        const bool listed = !m_rows.isEmpty() || !m_documentIds.isEmpty();
        if (listed != (sceneIndex() >= 0) || (sceneIndex() >= 0 && documentOrder() != m_documentIds)) {
            beginResetModel();
            m_rows = displayOrder();
            m_documentIds = documentOrder();
            endResetModel();
        }
    };
    connect(&document, &SceneDocument::sceneRemoved, this, refresh);
    connect(&document, &SceneDocument::sceneInserted, this, refresh);
    connect(&document, &SceneDocument::wasReset, this, [this] {
        beginResetModel();  // a new collection: nothing of the old rows holds
        m_rows = displayOrder();
        m_documentIds = documentOrder();
        endResetModel();
    });
}

void LayerListModel::setSceneId(const QString &sceneId)
{
    if (sceneId == m_sceneId)
        return;
    beginResetModel();
    m_sceneId = sceneId;
    m_rows = displayOrder();
    m_documentIds = documentOrder();
    endResetModel();
}

qsizetype LayerListModel::sceneIndex() const
{
    return m_sceneId.isEmpty() ? -1 : m_document.sceneIndex(m_sceneId);
}

QStringList LayerListModel::displayOrder() const
{
    if (sceneIndex() < 0)
        return {};
    QStringList order = layeredits::paintOrder(m_document, m_sceneId);
    std::reverse(order.begin(), order.end());
    return order;
}

QStringList LayerListModel::documentOrder() const
{
    const qsizetype scene = sceneIndex();
    QStringList ids;
    if (scene >= 0) {
        for (const LayerDescription &layer : m_document.scene(scene).scene.layers)
            ids.append(layer.id);
    }
    return ids;
}

void LayerListModel::onInserted(qsizetype scene, qsizetype index)
{
    if (scene != sceneIndex())
        return;
    const QStringList rows = displayOrder();
    const QString id = m_document.scene(scene).scene.layers.at(index).id;
    const int row = int(rows.indexOf(id));
    beginInsertRows({}, row, row);
    m_rows = rows;
    m_documentIds = documentOrder();
    endInsertRows();
}

void LayerListModel::onRemoved(qsizetype scene, qsizetype index)
{
    if (scene != sceneIndex() || index >= m_documentIds.size())
        return;
    const int row = int(m_rows.indexOf(m_documentIds.at(index)));
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_documentIds.removeAt(index);
    endRemoveRows();
}

void LayerListModel::onChanged(qsizetype scene, qsizetype index)
{
    if (scene != sceneIndex() || index >= m_documentIds.size())
        return;
    const int row = int(m_rows.indexOf(m_documentIds.at(index)));
    const QString id = m_document.scene(scene).scene.layers.at(index).id;
    m_documentIds[index] = id;  // a rename keeps its row
    m_rows[row] = id;
    const QStringList rows = displayOrder();
    if (rows != m_rows)
        relayout(rows);
    else
        Q_EMIT dataChanged(this->index(row), this->index(row));
}

void LayerListModel::onReordered(qsizetype scene)
{
    if (scene != sceneIndex())
        return;
    m_documentIds = documentOrder();
    relayout(displayOrder());
}

void LayerListModel::relayout(const QStringList &rows)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    for (const QModelIndex &index : before) {
        const int row = int(rows.indexOf(m_rows.value(index.row())));
        after.append(row < 0 ? QModelIndex() : this->index(row));
    }
    m_rows = rows;
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int LayerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LayerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qsizetype scene = sceneIndex();
    const qsizetype at = m_document.layerIndex(scene, m_rows.at(index.row()));
    if (at < 0)
        return {};
    const LayerDescription &layer = m_document.scene(scene).scene.layers.at(at);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case IdRole:
        return layer.id;
    case Qt::CheckStateRole:
        return layer.visible ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return tr("%1 layer%2%3")
            .arg(layer.kind, layer.visible ? QString() : tr(", hidden"), layer.locked ? tr(", locked") : QString());
    case KindRole:
        return layer.kind;
    case LockedRole:
        return layer.locked;
    default:
        return {};
    }
}

bool LayerListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const QString id = m_rows.at(index.row());
    Status done;
    if (role == Qt::EditRole)
        done = layeredits::renameLayer(m_document, m_sceneId, id, value.toString());
    else if (role == Qt::CheckStateRole)
        done = layeredits::setVisible(m_document, m_sceneId, {id}, value.toInt() == Qt::Checked);
    else if (role == LockedRole)
        done = layeredits::setLocked(m_document, m_sceneId, {id}, value.toBool());
    else
        return false;
    if (!done)
        Q_EMIT refused(done.error().detail);
    return bool(done);
}

Qt::ItemFlags LayerListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsUserCheckable
        | Qt::ItemIsDragEnabled;
}

QStringList LayerListModel::mimeTypes() const
{
    return {kMime};
}

QMimeData *LayerListModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &index : indexes)
        ids.append(m_rows.value(index.row()));
    auto *data = new QMimeData;
    data->setData(kMime, ids.join(u'\n').toUtf8());
    return data;
}

bool LayerListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(kMime))
        return false;
    const QStringList moving = QString::fromUtf8(data->data(kMime)).split(u'\n', Qt::SkipEmptyParts);
    const int before = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    const QString anchor = m_rows.value(before);  // the row the layers go above (empty: the bottom)
    QStringList topFirst;
    for (const QString &id : std::as_const(m_rows)) {
        if (id == anchor)
            topFirst.append(moving);
        if (!moving.contains(id))
            topFirst.append(id);
    }
    if (anchor.isEmpty())
        topFirst.append(moving);
    std::reverse(topFirst.begin(), topFirst.end());
    if (const Status done = layeredits::reorder(m_document, m_sceneId, topFirst); !done)
        Q_EMIT refused(done.error().detail);
    return false;  // the document reordered the rows itself
}

}  // namespace vida3::studio
