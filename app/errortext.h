// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/error.h"

#include <QCoreApplication>
#include <QString>

namespace vida3::app {

// The one place where error codes become words. Never quotes Error::detail (it is for logs),
// so no secret can leak here.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    // A translated sentence: what went wrong and what to do next.
    static QString friendly(const Error &error);
    // A few words for the status line ("the server refused the stream key"); the full
    // sentence belongs in a tooltip or a message beside it.
    static QString brief(const Error &error);
};

}  // namespace vida3::app
