// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/scene/document/collectionsaver.h"

#include "studio/scene/collectionwriter.h"
#include "studio/scene/document/scenedocument.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace vida3::studio {

namespace {
Q_LOGGING_CATEGORY(lcSaver, "vida3.studio.scene.saver")
}

CollectionSaver::CollectionSaver(SceneDocument &document, QString path, QObject *parent)
    : QObject(parent), m_document(document), m_path(std::move(path))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDelayMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { (void)saveNow(); });
    connect(&document, &SceneDocument::changed, this, [this] {
        m_dirty = true;
        m_timer.start();
    });
}

CollectionSaver::~CollectionSaver()
{
    if (m_dirty)
        (void)saveNow();
}

Status CollectionSaver::writeAtomically(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{ErrorCode::FileIo, QStringLiteral("%1: cannot create its folder").arg(path)};
    // QSaveFile writes a temporary file beside path and renames it over path on commit:
    // readers see the old file or the new one, whatever happens in between.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::FileIo, QStringLiteral("%1: cannot save: %2").arg(path, file.errorString())};
    bool written = file.write(bytes) == bytes.size() && file.flush();
#ifdef Q_OS_UNIX
    // On disk before the rename makes it the file: a power cut cannot leave an empty file behind.
    written = written && ::fsync(file.handle()) == 0;
#endif
    if (!written || !file.commit())
        return Error{ErrorCode::FileIo, QStringLiteral("%1: cannot save: %2").arg(path, file.errorString())};
    return {};
}

Status CollectionSaver::saveNow()
{
    m_timer.stop();
    if (m_path.isEmpty())
        return {};
    Status written = writeAtomically(m_path, collectionToJson(m_document.collection()));
    if (!written) {
        qCWarning(lcSaver, "%s", qUtf8Printable(written.error().detail));
        Q_EMIT saveFailed(written.error().detail);
        return written;
    }
    m_dirty = false;
    m_document.undoStack().setClean();
    Q_EMIT saved(m_path);
    return {};
}

}  // namespace vida3::studio
