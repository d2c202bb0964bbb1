// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "studio/media/streamreader.h"

#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

namespace vida3::studio::media {

// A camera as a creator picks it: by name (which survives re-plugging; /dev/videoN does not).
// Two cameras with the same name are "Name" and "Name #2" in the order the system lists them.
struct CameraDevice
{
    QString name;
    QString path;  // what libav opens (/dev/video0, "video=Name" on Windows, an index on macOS)
    // What the device offers (Linux: VIDIOC_ENUM_FMT / _FRAMESIZES / _FRAMEINTERVALS, discrete
    // sizes and rates only), e.g. "1280x720@30 mjpeg"; empty when it does not say.
    QStringList modes;
};

// The size and rate asked of a camera; empty fields leave the choice to the device.
struct CameraFormat
{
    QSize size;
    int fps = 0;
};

// Linux: every V4L2 node that captures video (VIDIOC_QUERYCAP), as the kernel names it. On other
// systems, what libavdevice lists; may be empty (no camera is a normal state).
QList<CameraDevice> listCameras();

// "WxH@FPS", "WxH" or "@FPS".
Expected<CameraFormat> parseCameraFormat(const QString &text);

// The input for a camera named `device` ("default": the first one; a /dev path also works;
// "lavfi:GRAPH" is a test pattern that goes through the same libav input path). DeviceNotFound
// names the device when no such camera is connected now.
Expected<InputSpec> cameraInput(const QString &device, const CameraFormat &format);

}  // namespace vida3::studio::media
