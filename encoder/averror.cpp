// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/averror.h"

extern "C" {
#include <libavutil/error.h>
}

namespace vida3::encoder {

Error encoderError(const QString &what, int averror)
{
    return Error{ErrorCode::EncoderFailed, what + QStringLiteral(": ") + avErrorText(averror)};
}

QString avErrorText(int averror)
{
    char buffer[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(averror, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

}  // namespace vida3::encoder
