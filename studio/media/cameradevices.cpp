// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/media/cameradevices.h"

#include <QRegularExpression>

#ifdef __linux__
#include <QDir>
#include <fcntl.h>
#include <linux/videodev2.h>
#include <sys/ioctl.h>
#include <unistd.h>
#endif

namespace vida3::studio::media {

namespace {
constexpr auto kTestPatternPrefix = QLatin1StringView("lavfi:");

QString platformFormat()
{
#if defined(__linux__)
    return QStringLiteral("v4l2");
#elif defined(_WIN32)
    return QStringLiteral("dshow");
#elif defined(__APPLE__)
    return QStringLiteral("avfoundation");
#else
    return {};
#endif
}

#ifdef __linux__
// The card name of a V4L2 node that captures video, or empty.
QString captureCardName(const QString &path)
{
    const int fd = ::open(path.toLocal8Bit().constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return {};
    v4l2_capability cap{};
    const bool ok = ::ioctl(fd, VIDIOC_QUERYCAP, &cap) == 0;
    ::close(fd);
    if (!ok)
        return {};
    const uint32_t caps = (cap.capabilities & V4L2_CAP_DEVICE_CAPS) ? cap.device_caps : cap.capabilities;
    if (!(caps & V4L2_CAP_VIDEO_CAPTURE))
        return {};  // metadata nodes and outputs share the name; only capture nodes are cameras
    return QString::fromUtf8(reinterpret_cast<const char *>(cap.card)).trimmed();
}

// Every discrete size and rate the node offers, per pixel format ("1280x720@30 mjpeg"), at most
// 64 entries; stepwise ranges are left out (cameras that have them accept --camera-format).
QStringList captureModes(const QString &path)
{
    QStringList modes;
    const int fd = ::open(path.toLocal8Bit().constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return modes;
    v4l2_fmtdesc format{};
    format.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    for (format.index = 0; ::ioctl(fd, VIDIOC_ENUM_FMT, &format) == 0 && modes.size() < 64; ++format.index) {
        const QString fourcc = QString::fromLatin1(reinterpret_cast<const char *>(&format.pixelformat), 4).trimmed().toLower();
        v4l2_frmsizeenum size{};
        size.pixel_format = format.pixelformat;
        for (size.index = 0; ::ioctl(fd, VIDIOC_ENUM_FRAMESIZES, &size) == 0 && size.type == V4L2_FRMSIZE_TYPE_DISCRETE;
             ++size.index) {
            v4l2_frmivalenum interval{};
            interval.pixel_format = format.pixelformat;
            interval.width = size.discrete.width;
            interval.height = size.discrete.height;
            for (interval.index = 0; ::ioctl(fd, VIDIOC_ENUM_FRAMEINTERVALS, &interval) == 0
                                     && interval.type == V4L2_FRMIVAL_TYPE_DISCRETE && modes.size() < 64;
                 ++interval.index) {
                if (interval.discrete.numerator == 0)
                    continue;
                const double fps = static_cast<double>(interval.discrete.denominator) / interval.discrete.numerator;
                modes.append(QStringLiteral("%1x%2@%3 %4").arg(size.discrete.width).arg(size.discrete.height)
                                 .arg(QString::number(fps, 'g', 4), fourcc));
            }
        }
    }
    ::close(fd);
    return modes;
}
#endif
}  // namespace

QList<CameraDevice> listCameras()
{
    QList<CameraDevice> cameras;
#ifdef __linux__
    QStringList nodes = QDir(QStringLiteral("/dev")).entryList({QStringLiteral("video*")}, QDir::System);
    std::sort(nodes.begin(), nodes.end(), [](const QString &a, const QString &b) {
        return a.mid(5).toInt() < b.mid(5).toInt();
    });
    for (const QString &node : std::as_const(nodes)) {
        const QString path = QStringLiteral("/dev/") + node;
        QString name = captureCardName(path);
        if (name.isEmpty())
            continue;
        int same = 1;
        for (const CameraDevice &c : std::as_const(cameras))
            same += c.name == name || c.name.startsWith(name + QStringLiteral(" #")) ? 1 : 0;
        if (same > 1)
            name += QStringLiteral(" #%1").arg(same);
        cameras.append({name, path, captureModes(path)});
    }
#endif
    return cameras;
}

Expected<CameraFormat> parseCameraFormat(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(?:(\\d{2,5})x(\\d{2,5}))?(?:@(\\d{1,3}))?$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    CameraFormat format;
    if (m.hasMatch() && !text.trimmed().isEmpty()) {
        if (m.hasCaptured(1))
            format.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
        if (m.hasCaptured(3))
            format.fps = m.captured(3).toInt();
    }
    const bool sane = (format.size.isEmpty() || (format.size.width() <= 7680 && format.size.height() <= 4320))
        && format.fps >= 0 && format.fps <= 240 && (!format.size.isEmpty() || format.fps > 0);
    if (!m.hasMatch() || !sane)
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("camera format: expected WxH@FPS (e.g. 1280x720@30), got \"%1\"").arg(text)};
    return format;
}

Expected<InputSpec> cameraInput(const QString &device, const CameraFormat &format)
{
    InputSpec spec;
    if (device.startsWith(kTestPatternPrefix)) {
        spec.url = device.mid(kTestPatternPrefix.size());
        spec.format = QStringLiteral("lavfi");
        spec.label = QStringLiteral("camera \u201C%1\u201D").arg(device);
        return spec;
    }
    const QList<CameraDevice> cameras = listCameras();
    const CameraDevice *found = nullptr;
    for (const CameraDevice &c : cameras) {
        if (c.name == device || c.path == device || (device == u"default" && !found))
            found = &c;
        if (found && device != u"default")
            break;
    }
    if (!found) {
        QStringList names;
        for (const CameraDevice &c : cameras)
            names.append(c.name);
        return Error{ErrorCode::DeviceNotFound,
                     device == u"default" ? QStringLiteral("no camera is connected")
                                          : QStringLiteral("camera \u201C%1\u201D is not connected (cameras: %2)")
                                                .arg(device, names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", ")))};
    }
    spec.url = found->path;
    spec.format = platformFormat();
    spec.label = QStringLiteral("camera \u201C%1\u201D").arg(found->name);
    if (!format.size.isEmpty())
        spec.options.append({QByteArrayLiteral("video_size"), QStringLiteral("%1x%2").arg(format.size.width()).arg(format.size.height()).toUtf8()});
    if (format.fps > 0)
        spec.options.append({QByteArrayLiteral("framerate"), QByteArray::number(format.fps)});
    return spec;
}

}  // namespace vida3::studio::media
