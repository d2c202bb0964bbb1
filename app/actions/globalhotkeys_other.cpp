// SPDX-License-Identifier: GPL-2.0-or-later
// Global hotkeys where this build has no way to grab keys for the whole desktop (Windows, macOS):
// they say so, and the studio's own shortcuts and remote control remain.
#include "app/actions/globalhotkeys.h"

namespace vida3::app {

namespace {
QString notHereReason()
{
    return GlobalHotkeys::tr("This build has global hotkeys on Linux with X11 only: hotkeys work while the "
                             "studio has focus; a Stream Deck or Companion can drive it through remote control.");
}
}  // namespace

struct GlobalHotkeys::Platform
{
};

GlobalHotkeys::GlobalHotkeys(QObject *parent) : QObject(parent) {}

GlobalHotkeys::~GlobalHotkeys() = default;

bool GlobalHotkeys::isSupported(QString *whyNot)
{
    if (whyNot)
        *whyNot = notHereReason();
    return false;
}

Status GlobalHotkeys::add(const QString &, const QKeySequence &)
{
    return Error{ErrorCode::Unsupported, notHereReason()};
}

void GlobalHotkeys::remove(const QString &) {}

void GlobalHotkeys::clear() {}

}  // namespace vida3::app
