// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace vida3::studio {

class SceneDocument;

// Saves a document without the creator thinking about it: kDelayMs after the last edit (so an
// edit reaches the file within about a second, a drag is written once), on saveNow(), and when
// it is destroyed with unsaved edits (quit). Every save is atomic: the whole document goes to
// a temporary file in the same folder, is synced to disk, and replaces the file by rename, so a
// crash or a kill at any moment leaves the old file or the new one, never a torn or empty one.
// A failed save keeps the edits and says why (saveFailed); the next edit tries again.
// Thread-affine QObject.
class CollectionSaver : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDelayMs = 1000;

    CollectionSaver(SceneDocument &document, QString path, QObject *parent = nullptr);
    ~CollectionSaver() override;

    const QString &path() const { return m_path; }
    bool hasUnsavedEdits() const { return m_dirty; }
    Status saveNow();

    // Writes bytes to path atomically (temporary file, fsync, rename). Any thread.
    static Status writeAtomically(const QString &path, const QByteArray &bytes);

Q_SIGNALS:
    void saved(const QString &path);
    void saveFailed(const QString &reason);

private:
    SceneDocument &m_document;
    QString m_path;
    QTimer m_timer;
    bool m_dirty = false;
};

}  // namespace vida3::studio
