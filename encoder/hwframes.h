// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/avhandles.h"
#include "encoder/expected.h"

#include <QString>

namespace vida3::encoder {

// A GPU device and a pool of GPU pictures for encoders that take only those (VAAPI). The
// studio renders in system memory, so each frame is uploaded before it is encoded.
// Not thread-safe: the encode thread's.
class HwFrames
{
public:
    // device: a DRM render node; empty: /dev/dri/renderD128.
    static Expected<HwFrames> openVaapi(const QString &device, int width, int height, AVPixelFormat softwareFormat);

    AVPixelFormat hardwareFormat() const { return AV_PIX_FMT_VAAPI; }
    // A new reference for AVCodecContext::hw_frames_ctx.
    AVBufferRef *framesReference() const { return av_buffer_ref(m_frames.get()); }
    // Copies a system-memory picture into a GPU picture from the pool (pts and picture type too).
    Expected<AvFramePtr> upload(const AVFrame *software) const;

private:
    AvBufferRefPtr m_device;
    AvBufferRefPtr m_frames;
};

}  // namespace vida3::encoder
