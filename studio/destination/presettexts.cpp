// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/destination/presettexts.h"

#include <QtGlobal>

namespace vida3::studio {

QStringList presetTextsForTranslation()
{
    static const char *const texts[] = {
        QT_TRANSLATE_NOOP("PlatformPreset", "contains only letters and digits"),
        QT_TRANSLATE_NOOP("PlatformPreset", "contains only letters, digits and hyphens"),
        QT_TRANSLATE_NOOP("PlatformPreset", "starts with live_ followed by letters, digits and underscores"),
        QT_TRANSLATE_NOOP("PlatformPreset", "contains letters, digits and the characters - _ . % ? & ="),
        QT_TRANSLATE_NOOP("PlatformPreset", "may contain any visible characters"),
    };
    QStringList list;
    for (const char *text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

}  // namespace vida3::studio
