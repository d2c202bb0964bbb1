// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QImage>

#include <cstdint>
#include <vector>

struct AVFrame;
struct SwsContext;

namespace vida3::studio::media {

// Converts (and scales) decoded video frames into ARGB32_Premultiplied images, what the
// renderer blits fastest, with libswscale: media files, screens, cameras and the relay's
// browser sources all go through it. BT.709 frames (HD video) keep their colours; full-
// and limited-range inputs are told apart. The scaler is rebuilt only when the input or the
// target changes.
// Not thread-safe: one per decode thread.
class VideoConverter
{
public:
    VideoConverter() = default;
    ~VideoConverter();
    VideoConverter(const VideoConverter &) = delete;
    VideoConverter &operator=(const VideoConverter &) = delete;

    // Into target (its size and ARGB32_Premultiplied format decide the output); false when the
    // frame cannot be converted.
    bool convert(const AVFrame *frame, QImage &target);

private:
    static constexpr int kBlockPixels = 16;
    SwsContext *m_sws = nullptr;  // sws_getCachedContext reuses it
    std::vector<uint8_t> m_scratch;  // for widths swscale would write past (see convert)
};

}  // namespace vida3::studio::media
