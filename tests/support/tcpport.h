// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtGlobal>

namespace vida3::testsupport {

// A TCP port on 127.0.0.1 that was free a moment ago (the kernel picks it, then it is released).
// Another process may take it before the caller binds it; fixtures retry with a fresh port then.
quint16 freeTcpPort();

// True when something accepts TCP connections on 127.0.0.1:port right now.
bool isTcpPortAccepting(quint16 port);

} // namespace vida3::testsupport
