// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "studio/destination/platformpreset.h"

#include <QByteArray>
#include <QList>
#include <QStringView>

namespace vida3::studio {

// The built-in platform presets. Immutable once loaded; safe to share between threads.
class PresetTable
{
public:
    // Reads :/vida3/presets/platforms.json (compiled into vida3_studio).
    static Expected<PresetTable> load();
    // Parses and checks a presets document; an error names the preset and field at fault.
    static Expected<PresetTable> fromJson(const QByteArray &json);

    const PlatformPreset *find(QStringView id) const;
    const QList<PlatformPreset> &all() const { return m_presets; }

private:
    QList<PlatformPreset> m_presets;
};

}  // namespace vida3::studio
