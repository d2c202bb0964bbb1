// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/logging/loghandler.h"

#include <QString>

#include <optional>

namespace vida3::app {

// Everything the command line can say. See docs/command-line.md.
struct StudioOptions
{
    bool headless = false;
    bool demo = false;  // no display: record the default scene for a few seconds
    QString scenePath;  // empty: the built-in VIDA³ scene
    QString presetId = QStringLiteral("x");
    std::optional<int> width;
    std::optional<int> height;
    std::optional<int> fps;
    std::optional<int> videoBitrateKbps;
    std::optional<double> keyintSec;
    std::optional<int> audioBitrateKbps;
    QString streamUrl;
    QString streamKeyEnv;
    QString destinationName;
    QString tlsCaFile;
    QString recordPath;
    double durationSec = 0;  // 0: until SIGINT/SIGTERM
    QString statsPath;       // "-" for stdout
    studio::LogHandler::Format logFormat = studio::LogHandler::Format::Text;
    QtMsgType logLevel = QtInfoMsg;
};

}  // namespace vida3::app
