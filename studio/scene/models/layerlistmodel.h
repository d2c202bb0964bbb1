// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace vida3::studio {

class SceneDocument;

// The layers of one scene, top layer first (as a layers panel lists them), for a list view.
// Observes the document and emits exact row signals: an added layer is one inserted row, a
// removed one one removed row, a reorder a layout change that keeps the selection. Renaming
// (setData), showing/hiding (the check box) and dropping rows become commands.
class LayerListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,
        LockedRole,  // bool
    };

    explicit LayerListModel(SceneDocument &document, QObject *parent = nullptr);

    // The scene whose layers are listed (empty: none).
    void setSceneId(const QString &sceneId);
    QString sceneId() const { return m_sceneId; }
    QString layerId(int row) const { return m_rows.value(row); }
    int rowOf(const QString &layerId) const { return int(m_rows.indexOf(layerId)); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void refused(const QString &reason);

private:
    qsizetype sceneIndex() const;
    QStringList displayOrder() const;  // top first
    QStringList documentOrder() const;
    void onInserted(qsizetype scene, qsizetype index);
    void onRemoved(qsizetype scene, qsizetype index);
    void onChanged(qsizetype scene, qsizetype index);
    void onReordered(qsizetype scene);
    void relayout(const QStringList &rows);

    SceneDocument &m_document;
    QString m_sceneId;
    QStringList m_rows;         // layer ids as listed, top first
    QStringList m_documentIds;  // layer ids in document order, as last seen
};

}  // namespace vida3::studio
