// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "app/studiooptions.h"
#include "encoder/expected.h"

class QCommandLineParser;

namespace vida3::app {

// The audio part of the command line (see command-line.md, "Audio").
void addAudioOptions(QCommandLineParser &parser);
Status readAudioOptions(const QCommandLineParser &parser, StudioOptions *options);
// --desktop-audio takes an optional value: a bare one becomes "--desktop-audio default".
QStringList withAudioDefaults(QStringList arguments);
// --mixer NAME=DB[,mute][,offset=MS]: DB from -120 (or -inf) to +20, MS from -950 to 2000.
Expected<studio::audio::ChannelSetting> parseMixerSetting(const QString &text);

}  // namespace vida3::app
