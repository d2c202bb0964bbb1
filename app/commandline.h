// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "app/studiooptions.h"
#include "encoder/expected.h"

#include <QStringList>

namespace vida3::app {

enum class CommandLineAction { Run, ShowHelp, ShowVersion };

struct ParsedCommandLine
{
    CommandLineAction action = CommandLineAction::Run;
    StudioOptions options;
    QString text;  // help or version text
};

// Parses argv (arguments().first() is the program). A malformed option gives an
// InvalidArgument error whose detail names the option and the problem.
Expected<ParsedCommandLine> parseCommandLine(const QStringList &arguments);

}  // namespace vida3::app
