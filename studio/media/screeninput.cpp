// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/media/screeninput.h"

#include <QRegularExpression>

namespace vida3::studio::media {

Expected<ScreenRegion> parseScreen(const QString &text)
{
    static const QRegularExpression window(QStringLiteral("^([^+\\s]+)\\+window=(0x[0-9a-fA-F]{1,8}|[0-9]{1,10})$"));
    if (const QRegularExpressionMatch w = window.match(text.trimmed()); w.hasMatch()) {
        bool ok = false;
        const qulonglong id = w.captured(2).toULongLong(&ok, 0);
        if (!ok || id == 0 || id > 0xffffffffULL)
            return Error{ErrorCode::InvalidArgument, QStringLiteral("screen: not a window id: \"%1\"").arg(w.captured(2))};
        return ScreenRegion{w.captured(1), {}, static_cast<quint32>(id)};
    }
    static const QRegularExpression re(QStringLiteral("^([^+\\s]+)(?:\\+(\\d{1,5}),(\\d{1,5}),(\\d{1,5})x(\\d{1,5}))?$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("screen: expected DISPLAY[+X,Y,WxH], DISPLAY+window=ID (e.g. :0, :0+0,0,1280x720 or "
                                    ":0+window=0x3a00007) or default, got \"%1\"")
                         .arg(text)};
    ScreenRegion region{m.captured(1), {}};
    if (m.hasCaptured(2)) {
        region.rect = QRect(m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt(), m.captured(5).toInt());
        if (region.rect.width() < 16 || region.rect.height() < 16)
            return Error{ErrorCode::InvalidArgument, QStringLiteral("screen: the region must be at least 16x16, got \"%1\"").arg(text)};
    }
    return region;
}

Expected<InputSpec> screenInput(const ScreenRegion &region, int fps, bool cursor)
{
    InputSpec spec;
    QString display = region.display;
    spec.options.append({QByteArrayLiteral("framerate"), QByteArray::number(fps > 0 ? fps : 30)});
    if (!region.rect.isEmpty())
        spec.options.append({QByteArrayLiteral("video_size"),
                             QStringLiteral("%1x%2").arg(region.rect.width()).arg(region.rect.height()).toUtf8()});
    spec.options.append({QByteArrayLiteral("draw_mouse"), cursor ? QByteArrayLiteral("1") : QByteArrayLiteral("0")});
#if defined(_WIN32) || defined(__APPLE__)
    if (region.windowId)
        return Error{ErrorCode::Unsupported, QStringLiteral("capturing one window is only available on X11 in this build")};
#endif
#if defined(_WIN32)
    (void)display;  // one desktop; regions select the part
    spec.format = QStringLiteral("gdigrab");
    spec.url = QStringLiteral("desktop");
    if (!region.rect.isEmpty()) {
        spec.options.append({QByteArrayLiteral("offset_x"), QByteArray::number(region.rect.x())});
        spec.options.append({QByteArrayLiteral("offset_y"), QByteArray::number(region.rect.y())});
    }
    spec.label = QStringLiteral("screen");
#elif defined(__APPLE__)
    spec.format = QStringLiteral("avfoundation");
    spec.url = display == u"default" ? QStringLiteral("Capture screen 0") : display;
    spec.options.append({QByteArrayLiteral("capture_cursor"), cursor ? QByteArrayLiteral("1") : QByteArrayLiteral("0")});
    spec.label = QStringLiteral("screen %1").arg(spec.url);
#else
    if (display == u"default") {
        display = qEnvironmentVariable("DISPLAY");
        if (display.isEmpty()) {
            return Error{qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ? ErrorCode::Unsupported : ErrorCode::DeviceNotFound,
                         qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
                             ? QStringLiteral("screen capture under Wayland needs the xdg-desktop-portal ScreenCast route, "
                                              "which this build does not have; use an X11 session (or name an X display)")
                             : QStringLiteral("no X display to capture (DISPLAY is not set); name one, e.g. --screen :0")};
        }
    }
    spec.format = QStringLiteral("x11grab");
    spec.url = region.rect.isEmpty() ? display : QStringLiteral("%1+%2,%3").arg(display).arg(region.rect.x()).arg(region.rect.y());
    spec.label = QStringLiteral("display %1").arg(display);
    if (region.windowId) {  // one window, at its own size, wherever it is
        spec.options.append({QByteArrayLiteral("window_id"), QByteArray::number(region.windowId)});
        spec.label = QStringLiteral("window 0x%1 on %2").arg(region.windowId, 0, 16).arg(display);
    }
#endif
    return spec;
}

Status checkScreen(const ScreenRegion &region, int fps)
{
    auto spec = screenInput(region, fps, false);
    if (!spec)
        return spec.error();
    spec.value().stallTimeoutMs = 5000;
    auto reader = StreamReader::open(spec.value(), AVMEDIA_TYPE_VIDEO);
    if (!reader)
        return Error{ErrorCode::DeviceNotFound, QStringLiteral("cannot capture %1: %2").arg(spec.value().label, reader.error().detail)};
    return Status::ok();
}

}  // namespace vida3::studio::media
