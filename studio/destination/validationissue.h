// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace vida3::studio {

// One problem found in a destination's input. The message is translated, user-facing and
// never quotes the stream key or any part of it.
struct ValidationIssue
{
    enum class Field : int { ServerUrl = 0, StreamKey = 1 };

    Field field = Field::ServerUrl;
    QString message;
};

}  // namespace vida3::studio
