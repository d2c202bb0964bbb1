// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace vida3::studio {

// A named place to stream to, as persisted. Deliberately has no stream key: keys live only in
// a SecretStore, addressed by `name`.
struct Destination
{
    QString name;       // unique, user-chosen, shown in the UI; also the SecretStore entry name
    QString presetId;   // PlatformPreset::id
    QString serverUrl;
    QString backupUrl;  // empty when unused

    friend bool operator==(const Destination &, const Destination &) = default;
};

}  // namespace vida3::studio
