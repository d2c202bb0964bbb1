// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/applicationidentity.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace vida3::app {

void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("VIDA3"));
    QCoreApplication::setApplicationName(QStringLiteral("vida3-studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIDA3_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.vida3.Studio"));
}

}  // namespace vida3::app
