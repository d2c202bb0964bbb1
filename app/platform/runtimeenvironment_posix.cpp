// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/platform/runtimeenvironment.h"

#include <QByteArray>
#include <QDir>
#include <QtGlobal>

#include <sys/stat.h>
#include <unistd.h>

namespace vida3::app::platform {

bool hasDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

void ensureRuntimeDir()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/vida3-runtime-" + QByteArray::number(::getuid());
    ::mkdir(dir.constData(), 0700);
    struct stat info = {};
    // Only a directory of our own that nobody else can enter (another user may have made it).
    if (::lstat(dir.constData(), &info) == 0 && S_ISDIR(info.st_mode) && info.st_uid == ::getuid()
        && (info.st_mode & 0077) == 0)
        qputenv("XDG_RUNTIME_DIR", dir);
}

}  // namespace vida3::app::platform
