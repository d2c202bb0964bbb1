// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/platform/threadpriority.h"

#include <QThread>

namespace vida3::studio::platform {

void lowerCurrentThreadPriority()
{
    QThread::currentThread()->setPriority(QThread::LowPriority);
}

}  // namespace vida3::studio::platform
