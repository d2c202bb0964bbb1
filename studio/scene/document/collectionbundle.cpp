// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/scene/document/collectionbundle.h"

#include "studio/scene/collectionparser.h"
#include "studio/scene/collectionwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <memory>
#include <zip.h>

namespace vida3::studio::bundle {

namespace {
constexpr zip_int64_t kMaxEntries = 4096;
constexpr zip_uint64_t kMaxTotalBytes = 8ULL << 30;
const QString kCollectionEntry = QStringLiteral("collection.json");
const QStringList kFileKinds = {QStringLiteral("image"), QStringLiteral("media")};

struct ArchiveCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
using Archive = std::unique_ptr<zip_t, ArchiveCloser>;
struct FileCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};
using ArchiveFile = std::unique_ptr<zip_file_t, FileCloser>;

Error zipError(const QString &path, zip_t *archive, const QString &what)
{
    return Error{ErrorCode::FileIo, QStringLiteral("%1: %2: %3").arg(path, what, QString::fromUtf8(zip_strerror(archive)))};
}

QString resolved(const QString &source, const QString &baseDirectory)
{
    if (source.startsWith(u':') || QFileInfo(source).isAbsolute())
        return source;
    return QDir(baseDirectory.isEmpty() ? QDir::currentPath() : baseDirectory).filePath(source);
}
}  // namespace

Status exportBundle(const SceneCollection &collection, const QString &zipPath)
{
    SceneCollection portable = collection;
    QHash<QString, QString> entries;  // absolute file → entry name
    QStringList order;
    for (CollectionScene &scene : portable.scenes) {
        for (LayerDescription &layer : scene.scene.layers) {
            const QString source = layer.properties.value(QStringLiteral("source")).toString();
            if (!kFileKinds.contains(layer.kind) || source.isEmpty() || source.startsWith(u':'))
                continue;
            const QString file = QFileInfo(resolved(source, layer.baseDirectory)).absoluteFilePath();
            if (!QFileInfo(file).isFile() || !QFileInfo(file).isReadable())
                return Error{ErrorCode::FileIo, QStringLiteral("%1: layer \u201C%2\u201D: cannot read %3").arg(zipPath, layer.id, file)};
            if (!entries.contains(file)) {
                entries.insert(file, QStringLiteral("files/%1-%2").arg(order.size() + 1).arg(QFileInfo(file).fileName()));
                order.append(file);
            }
            layer.properties.insert(QStringLiteral("source"), entries.value(file));
        }
    }
    const QString temporary = zipPath + QStringLiteral(".part");
    QFile::remove(temporary);
    int code = 0;
    Archive archive(zip_open(QFile::encodeName(temporary).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code));
    if (!archive)
        return Error{ErrorCode::FileIo, QStringLiteral("%1: cannot create the bundle (libzip error %2)").arg(zipPath).arg(code)};
    // libzip reads the buffers when the archive is closed: keep the JSON alive until then.
    const QByteArray json = collectionToJson(portable);
    zip_source_t *jsonSource = zip_source_buffer(archive.get(), json.constData(), zip_uint64_t(json.size()), 0);
    if (!jsonSource || zip_file_add(archive.get(), kCollectionEntry.toUtf8().constData(), jsonSource, ZIP_FL_ENC_UTF_8) < 0) {
        zip_source_free(jsonSource);
        return zipError(zipPath, archive.get(), QStringLiteral("cannot add collection.json"));
    }
    for (const QString &file : std::as_const(order)) {
        zip_source_t *source = zip_source_file(archive.get(), QFile::encodeName(file).constData(), 0, -1);  // -1: to the end
        if (!source || zip_file_add(archive.get(), entries.value(file).toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            return zipError(zipPath, archive.get(), QStringLiteral("cannot add %1").arg(file));
        }
    }
    if (zip_close(archive.get()) != 0)
        return zipError(zipPath, archive.get(), QStringLiteral("cannot write the bundle"));
    (void)archive.release();  // closed
    QFile::remove(zipPath);
    if (!QFile::rename(temporary, zipPath))
        return Error{ErrorCode::FileIo, QStringLiteral("%1: cannot move the bundle into place").arg(zipPath)};
    return {};
}

namespace {
Expected<SceneCollection> unpack(const QString &zipPath, const QString &folder, const LayerFactory &factory);
}

Expected<SceneCollection> importBundle(const QString &zipPath, const QString &folder, const LayerFactory &factory)
{
    const bool existed = QFileInfo::exists(folder);
    auto collection = unpack(zipPath, folder, factory);
    if (!collection && !existed)
        QDir(folder).removeRecursively();  // nothing half-unpacked stays behind
    return collection;
}

namespace {
Expected<SceneCollection> unpack(const QString &zipPath, const QString &folder, const LayerFactory &factory)
{
    int code = 0;
    Archive archive(zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY, &code));
    if (!archive)
        return Error{ErrorCode::FileIo, QStringLiteral("%1: not a readable bundle (libzip error %2)").arg(zipPath).arg(code)};
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    if (count < 0 || count > kMaxEntries)
        return Error{ErrorCode::InvalidScene, QStringLiteral("%1: too many entries (%2)").arg(zipPath).arg(count)};
    const QDir target(folder);
    if (!QDir().mkpath(folder))
        return Error{ErrorCode::FileIo, QStringLiteral("%1: cannot create %2").arg(zipPath, folder)};
    const QString root = QFileInfo(folder).absoluteFilePath() + u'/';
    zip_uint64_t total = 0;
    bool hasCollection = false;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(archive.get(), zip_uint64_t(i), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_NAME) || !(stat.valid & ZIP_STAT_SIZE))
            return zipError(zipPath, archive.get(), QStringLiteral("entry %1").arg(i));
        const QString name = QString::fromUtf8(stat.name);
        if (name.endsWith(u'/'))
            continue;  // a folder entry
        const QString destination = QFileInfo(target.filePath(name)).absoluteFilePath();
        if (name.startsWith(u'/') || name.contains(u'\\') || !destination.startsWith(root))
            return Error{ErrorCode::InvalidScene, QStringLiteral("%1: entry \u201C%2\u201D would land outside the folder").arg(zipPath, name.left(200))};
        if (total + stat.size > kMaxTotalBytes)
            return Error{ErrorCode::InvalidScene, QStringLiteral("%1: more than 8 GiB unpacked").arg(zipPath)};
        hasCollection = hasCollection || name == kCollectionEntry;
        ArchiveFile in(zip_fopen_index(archive.get(), zip_uint64_t(i), 0));
        if (!in || !QDir().mkpath(QFileInfo(destination).absolutePath()))
            return zipError(zipPath, archive.get(), QStringLiteral("cannot read %1").arg(name));
        QFile out(destination);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error{ErrorCode::FileIo, QStringLiteral("%1: cannot write %2: %3").arg(zipPath, destination, out.errorString())};
        QByteArray buffer(1 << 16, Qt::Uninitialized);
        zip_uint64_t written = 0;
        for (zip_int64_t n; (n = zip_fread(in.get(), buffer.data(), zip_uint64_t(buffer.size()))) > 0;) {
            written += zip_uint64_t(n);
            // What is written counts, not what the entry claims: a lying entry stops at its size.
            if (written > stat.size || total + written > kMaxTotalBytes)
                return Error{ErrorCode::InvalidScene, QStringLiteral("%1: %2 is larger than it says").arg(zipPath, name)};
            if (out.write(buffer.constData(), n) != n)
                return Error{ErrorCode::FileIo, QStringLiteral("%1: cannot write %2").arg(zipPath, destination)};
        }
        total += written;
        if (written != stat.size)
            return Error{ErrorCode::InvalidScene, QStringLiteral("%1: %2 is damaged").arg(zipPath, name)};
    }
    if (!hasCollection)
        return Error{ErrorCode::InvalidScene, QStringLiteral("%1: no collection.json: not a VIDA³ scene bundle").arg(zipPath)};
    auto collection = loadSceneCollectionFile(target.filePath(kCollectionEntry), factory);
    if (!collection)
        return collection.error();
    for (CollectionScene &scene : collection->scenes) {
        for (LayerDescription &layer : scene.scene.layers) {
            const QString source = layer.properties.value(QStringLiteral("source")).toString();
            if (kFileKinds.contains(layer.kind) && !source.isEmpty() && !source.startsWith(u':'))
                layer.properties.insert(QStringLiteral("source"), QFileInfo(resolved(source, layer.baseDirectory)).absoluteFilePath());
        }
    }
    return collection;
}
}  // namespace

}  // namespace vida3::studio::bundle
