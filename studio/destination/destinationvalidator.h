// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/destination/platformpreset.h"
#include "studio/destination/validationissue.h"

#include <QList>
#include <QString>

namespace vida3::studio::DestinationValidator {

// Pure functions, safe from any thread. An empty list means "valid".

// rtmp/rtmps scheme (rtmps only where the preset requires it), a sane host, port 1..65535,
// an application path, no user name or password, no whitespace or control characters.
QList<ValidationIssue> validateServerUrl(const PlatformPreset &preset, const QString &url);

// Non-empty, at most kMaxStreamKeyLength characters, no whitespace or control characters,
// and the preset's shape. Messages never contain the key.
QList<ValidationIssue> validateStreamKey(const PlatformPreset &preset, const QString &key);


inline constexpr qsizetype kMaxStreamKeyLength = 512;

}  // namespace vida3::studio::DestinationValidator
