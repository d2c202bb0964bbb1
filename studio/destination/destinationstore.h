// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "studio/destination/destination.h"

#include <QList>
#include <QSettings>
#include <QString>

#include <memory>

namespace vida3::studio {

// Named destinations in QSettings (organisation "VIDA3", application "vida3-studio"), under
// "destinations/<percent-encoded name>". Stores no stream key: Destination has none.
// Thread-safety: one instance per thread (QSettings itself is reentrant).
class DestinationStore
{
public:
    // The user's settings.
    DestinationStore();
    // An INI file at `iniPath` (tests, portable mode).
    explicit DestinationStore(const QString &iniPath);
    ~DestinationStore();

    DestinationStore(const DestinationStore &) = delete;
    DestinationStore &operator=(const DestinationStore &) = delete;

    // Adds or replaces the destination called `destination.name`; written to disk before return.
    Status save(const Destination &destination);
    // SecretNotFound is not used here: a missing name is InvalidArgument.
    Expected<Destination> load(const QString &name) const;
    // All destinations, sorted by name.
    QList<Destination> list() const;
    // Removing a name that does not exist succeeds.
    Status remove(const QString &name);

private:
    Status sync();

    std::unique_ptr<QSettings> m_settings;
};

}  // namespace vida3::studio
