// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/error.h"

#include <QString>

namespace vida3::encoder {

// Text of a libav error code (av_strerror), for details in vida3::Error.
QString avErrorText(int averror);

// An EncoderFailed error: "what: libav's text".
Error encoderError(const QString &what, int averror);

}  // namespace vida3::encoder
