// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QAbstractListModel>

namespace vida3::studio {

class SceneDocument;

// The scenes of a document, in panel order, for a list view. It observes the document and
// emits exact row signals; a rename (setData) or a drop (reorder) becomes a command, never a
// direct write. refused() carries the reason an edit was not made.
class SceneListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        OnAirRole,       // bool: the programme scene
        PreviewRole,     // bool: the scene in the studio-mode preview
        TransitionRole,  // QString: its own transition ("fade:300"), empty for the default
    };

    explicit SceneListModel(SceneDocument &document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    QString sceneId(int row) const;
    int rowOf(const QString &sceneId) const;
    // The studio-mode preview scene (empty: none); only marks a row.
    void setPreviewId(const QString &sceneId);

Q_SIGNALS:
    void refused(const QString &reason);

private:
    SceneDocument &m_document;
    QString m_previewId;
};

}  // namespace vida3::studio
