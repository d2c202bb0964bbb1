// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "studio/scene/layerfactory.h"
#include "studio/scene/scenecollection.h"

#include <QString>

namespace vida3::studio {

// A scene collection with its images and media files as one portable file (a zip, read and
// written with libzip): moving to another machine has no "missing files".
// The bundle holds collection.json, whose file fields point into files/, and the files.
namespace bundle {

// Every layer file (image and media "source") is copied in once; resources (":/") stay as
// they are. A file that cannot be read is refused by name, and nothing is written.
Status exportBundle(const SceneCollection &collection, const QString &zipPath);

// Unpacks into folder (created; existing files of the same name are replaced) and opens the
// collection there, its file fields made absolute so it can be saved anywhere. Refuses
// entries that would land outside folder, more than 4096 entries, or more than 8 GiB.
Expected<SceneCollection> importBundle(const QString &zipPath, const QString &folder,
                                       const LayerFactory &factory = LayerFactory::builtIn());

}  // namespace bundle
}  // namespace vida3::studio
