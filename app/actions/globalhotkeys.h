// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"

#include <QKeySequence>
#include <QObject>
#include <QString>

#include <memory>

namespace vida3::app {

// Hotkeys that work while another application has focus, where the platform lets an
// application grab keys for the whole desktop (X11). Elsewhere isSupported() says why not.
class GlobalHotkeys : public QObject
{
    Q_OBJECT

public:
    explicit GlobalHotkeys(QObject *parent = nullptr);
    ~GlobalHotkeys() override;  // ungrabs everything

    // Whether this session allows it; when not, *whyNot says so in plain words for the user.
    static bool isSupported(QString *whyNot = nullptr);

    // Grabs `keys` (its first chord only; modifiers Ctrl, Shift, Alt, Meta) for `id`, replacing
    // what `id` had. An error when the key cannot be grabbed: not offered, needs a modifier
    // because it types text, already bound to another id, or taken by another application.
    Status add(const QString &id, const QKeySequence &keys);
    void remove(const QString &id);
    void clear();

Q_SIGNALS:
    void activated(const QString &id);  // once per press; a held key's auto-repeat does not count

private:
    struct Platform;  // globalhotkeys_x11.cpp or globalhotkeys_other.cpp
    std::unique_ptr<Platform> m_platform;
};

}  // namespace vida3::app
