// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Shared by the studio integration tests (header-only, compiled into each test with its
// VIDA3_STUDIO_BIN definition): where the binary is, and what every headless run has in common.

#include "nginxrtmpserver.h"
#include "studioprocess.h"

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace vida3::integration {

inline QString studioBinary()
{
    return QStringLiteral(VIDA3_STUDIO_BIN);
}

// The environment variable the tests hand stream keys through (--stream-key-env).
inline QString keyEnvName()
{
    return QStringLiteral("VIDA3_TEST_STREAM_KEY");
}

// A key no other string in the run could contain by accident, so finding it anywhere is a leak.
inline QString uniqueStreamKey()
{
    return QStringLiteral("vk%1x%2")
        .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'))
        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

// Empty when the studio binary and the server fixtures can run here.
inline QString missingPrerequisite()
{
    if (QString why = testsupport::StudioProcess::unavailableReason(studioBinary()); !why.isEmpty())
        return why;
    return testsupport::NginxRtmpServer::unavailableReason();
}

// --headless --preset x --stream URL --stream-key-env NAME --duration S, the common prefix of a run.
inline QStringList headlessStreamArgs(const QString &url, int durationS)
{
    return {QStringLiteral("--headless"), QStringLiteral("--preset"), QStringLiteral("x"),
            QStringLiteral("--stream"), url, QStringLiteral("--stream-key-env"), keyEnvName(),
            QStringLiteral("--duration"), QString::number(durationS)};
}

} // namespace vida3::integration
