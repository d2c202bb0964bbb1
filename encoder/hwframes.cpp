// SPDX-License-Identifier: GPL-2.0-or-later
#include "encoder/hwframes.h"

#include "encoder/averror.h"

extern "C" {
#include <libavutil/hwcontext.h>
}

namespace vida3::encoder {

namespace {
// Frames the encoder may hold at once: reordering (B-frames), references and its async depth,
// with room to spare; a fixed pool that runs dry would look like a failing encoder.
constexpr int kPoolFrames = 32;
}  // namespace

Expected<HwFrames> HwFrames::openVaapi(const QString &device, int width, int height, AVPixelFormat softwareFormat)
{
    const QByteArray node = device.isEmpty() ? QByteArrayLiteral("/dev/dri/renderD128") : device.toUtf8();
    HwFrames hw;
    AVBufferRef *deviceRef = nullptr;
    if (int err = av_hwdevice_ctx_create(&deviceRef, AV_HWDEVICE_TYPE_VAAPI, node.constData(), nullptr, 0); err < 0)
        return encoderError(QStringLiteral("no VAAPI device at %1").arg(QString::fromUtf8(node)), err);
    hw.m_device.reset(deviceRef);
    hw.m_frames.reset(av_hwframe_ctx_alloc(hw.m_device.get()));
    if (!hw.m_frames)
        return Error{ErrorCode::EncoderFailed, QStringLiteral("cannot allocate VAAPI frames")};
    auto *frames = reinterpret_cast<AVHWFramesContext *>(hw.m_frames->data);
    frames->format = AV_PIX_FMT_VAAPI;
    frames->sw_format = softwareFormat;
    frames->width = width;
    frames->height = height;
    frames->initial_pool_size = kPoolFrames;
    if (int err = av_hwframe_ctx_init(hw.m_frames.get()); err < 0)
        return encoderError(QStringLiteral("cannot set up VAAPI frames"), err);
    return hw;
}

Expected<AvFramePtr> HwFrames::upload(const AVFrame *software) const
{
    AvFramePtr frame = makeFrame();
    if (int err = av_hwframe_get_buffer(m_frames.get(), frame.get(), 0); err < 0)
        return encoderError(QStringLiteral("no free VAAPI frame"), err);
    if (int err = av_hwframe_transfer_data(frame.get(), software, 0); err < 0)
        return encoderError(QStringLiteral("cannot upload the frame to the GPU"), err);
    av_frame_copy_props(frame.get(), software);
    return frame;
}

}  // namespace vida3::encoder
