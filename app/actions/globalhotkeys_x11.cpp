// SPDX-License-Identifier: GPL-2.0-or-later
// Global hotkeys on X11: passive key grabs on the root window over Qt's own xcb connection, so the
// presses arrive with Qt's other X events (a native event filter) and need no thread of their own.
#include "app/actions/globalhotkeys.h"

#include <QAbstractNativeEventFilter>
#include <QByteArray>
#include <QGuiApplication>
#include <QHash>

#include <xcb/xcb.h>
#include <xcb/xproto.h>

#include <array>
#include <cstdint>
#include <cstdlib>
#include <memory>

namespace vida3::app {

namespace {

// xcb hands out replies and errors allocated with malloc.
struct FreeWithFree
{
    void operator()(void *p) const { std::free(p); }
};
template <typename T>
using XcbPtr = std::unique_ptr<T, FreeWithFree>;

// The modifiers a hotkey may hold. Alt and Meta (Super) sit on Mod1 and Mod4 in every common keymap.
constexpr uint16_t kChordModifiers = XCB_MOD_MASK_SHIFT | XCB_MOD_MASK_CONTROL | XCB_MOD_MASK_1 | XCB_MOD_MASK_4;
// NumLock (Mod2 in every common keymap) and CapsLock change the state X matches grabs against,
// so each chord is grabbed once per combination of them: the hotkey works whatever they are.
constexpr std::array<uint16_t, 4> kLockVariants = {0, XCB_MOD_MASK_2, XCB_MOD_MASK_LOCK,
                                                   XCB_MOD_MASK_2 | XCB_MOD_MASK_LOCK};

struct Chord
{
    xcb_keycode_t keycode = 0;
    uint16_t modifiers = 0;
    bool operator==(const Chord &) const = default;
};

// Only the xcb platform delivers X events through Qt's loop: offscreen also answers as an
// X11 application when DISPLAY is set (for GLX), but its connection sees no key events.
xcb_connection_t *x11Connection()
{
    if (!qGuiApp || QGuiApplication::platformName() != QLatin1String("xcb"))
        return nullptr;
    auto *x11 = qGuiApp->nativeInterface<QNativeInterface::QX11Application>();
    return x11 ? x11->connection() : nullptr;
}

// Qt opens the display's default screen, which is the first on every current X setup.
xcb_window_t rootWindow(xcb_connection_t *connection)
{
    const xcb_screen_iterator_t screens = xcb_setup_roots_iterator(xcb_get_setup(connection));
    return screens.rem > 0 ? screens.data->root : xcb_window_t(XCB_NONE);
}

// The X keysym of a Qt key; 0 for keys global hotkeys do not offer.
uint32_t keysymFor(Qt::Key key)
{
    const int code = static_cast<int>(key);
    if (key >= Qt::Key_A && key <= Qt::Key_Z)
        return static_cast<uint32_t>(code - Qt::Key_A + 'a');  // X names a letter key by its lowercase
    if (key >= Qt::Key_0 && key <= Qt::Key_9)
        return static_cast<uint32_t>(code);  // Latin-1, in Qt as in X
    if (key >= Qt::Key_F1 && key <= Qt::Key_F35)
        return 0xffbe + static_cast<uint32_t>(code - Qt::Key_F1);
    switch (key) {
    case Qt::Key_Space: return 0x0020;
    case Qt::Key_Backspace: return 0xff08;
    case Qt::Key_Tab: return 0xff09;
    case Qt::Key_Return: return 0xff0d;
    case Qt::Key_Pause: return 0xff13;
    case Qt::Key_Escape: return 0xff1b;
    case Qt::Key_Home: return 0xff50;
    case Qt::Key_Left: return 0xff51;
    case Qt::Key_Up: return 0xff52;
    case Qt::Key_Right: return 0xff53;
    case Qt::Key_Down: return 0xff54;
    case Qt::Key_PageUp: return 0xff55;
    case Qt::Key_PageDown: return 0xff56;
    case Qt::Key_End: return 0xff57;
    case Qt::Key_Print: return 0xff61;
    case Qt::Key_Insert: return 0xff63;
    case Qt::Key_Delete: return 0xffff;
    default: return 0;
    }
}

// Keys that type or edit text: grabbed without Ctrl, Alt or Meta they would stop working in every
// other application.
bool editsText(Qt::Key key)
{
    const bool function = key >= Qt::Key_F1 && key <= Qt::Key_F35;
    return !function && key != Qt::Key_Print && key != Qt::Key_Pause;
}

// The keycode whose unshifted symbol is keysym, else any keycode carrying it; 0 when none does.
xcb_keycode_t keycodeFor(xcb_connection_t *connection, uint32_t keysym)
{
    const xcb_setup_t *setup = xcb_get_setup(connection);
    const int count = setup->max_keycode - setup->min_keycode + 1;
    const XcbPtr<xcb_get_keyboard_mapping_reply_t> mapping(xcb_get_keyboard_mapping_reply(
        connection, xcb_get_keyboard_mapping(connection, setup->min_keycode, static_cast<uint8_t>(count)), nullptr));
    if (!mapping || mapping->keysyms_per_keycode == 0)
        return 0;
    const int perKeycode = mapping->keysyms_per_keycode;
    const xcb_keysym_t *symbols = xcb_get_keyboard_mapping_keysyms(mapping.get());
    const int length = xcb_get_keyboard_mapping_keysyms_length(mapping.get());
    for (int column = 0; column < perKeycode; ++column) {
        for (int i = 0; i < count && i * perKeycode + column < length; ++i) {
            if (symbols[i * perKeycode + column] == keysym)
                return static_cast<xcb_keycode_t>(setup->min_keycode + i);
        }
    }
    return 0;
}

QString noDesktopGrabsReason()
{
    if (QGuiApplication::platformName().startsWith(QLatin1String("wayland")))
        return GlobalHotkeys::tr("Wayland does not let applications grab keys for the whole desktop: hotkeys "
                                 "work while the studio has focus; a Stream Deck or Companion can drive it "
                                 "through remote control.");
    return GlobalHotkeys::tr("This session has no X11 display, so the studio cannot grab keys for the whole "
                             "desktop: hotkeys work while the studio has focus; a Stream Deck or Companion can "
                             "drive it through remote control.");
}

}  // namespace

struct GlobalHotkeys::Platform final : QAbstractNativeEventFilter
{
    struct Binding
    {
        Chord chord;
        bool down = false;                // pressed and not yet released: later presses are auto-repeat
        xcb_timestamp_t releasedAt = 0;   // X's own auto-repeat sends release and press at one time
    };

    explicit Platform(GlobalHotkeys *owner) : q(owner) {}
    bool nativeEventFilter(const QByteArray &eventType, void *message, qintptr *result) override;
    bool connected() const { return connection && connection == x11Connection(); }
    void ungrab(const Chord &chord) const;
    Status grab(const Chord &chord, const QString &shown) const;

    GlobalHotkeys *q;
    xcb_connection_t *connection = nullptr;
    xcb_window_t root = XCB_NONE;
    QHash<QString, Binding> bindings;
};

void GlobalHotkeys::Platform::ungrab(const Chord &chord) const
{
    // Releases only this client's grabs: another application's grab of the same chord stays.
    for (const uint16_t locks : kLockVariants)
        xcb_ungrab_key(connection, chord.keycode, root, chord.modifiers | locks);
    xcb_flush(connection);
}

// All lock variants or none: a hotkey that works only with NumLock off would look broken.
Status GlobalHotkeys::Platform::grab(const Chord &chord, const QString &shown) const
{
    std::array<xcb_void_cookie_t, kLockVariants.size()> cookies{};
    for (std::size_t i = 0; i < kLockVariants.size(); ++i)
        cookies[i] = xcb_grab_key_checked(connection, 1, root, chord.modifiers | kLockVariants[i], chord.keycode,
                                          XCB_GRAB_MODE_ASYNC, XCB_GRAB_MODE_ASYNC);
    bool taken = false;
    int otherError = 0;
    for (const xcb_void_cookie_t &cookie : cookies) {
        const XcbPtr<xcb_generic_error_t> error(xcb_request_check(connection, cookie));
        if (!error)
            continue;
        if (error->error_code == XCB_ACCESS)
            taken = true;  // BadAccess: another client holds this chord
        else
            otherError = error->error_code;
    }
    if (!taken && otherError == 0)
        return Status::ok();
    ungrab(chord);
    if (taken)
        return Error{ErrorCode::InvalidArgument,
                     GlobalHotkeys::tr("%1 is already taken by another application, which uses it for the whole "
                                       "desktop: choose another key, or free it in that application.")
                         .arg(shown)};
    return Error{ErrorCode::Unsupported,
                 GlobalHotkeys::tr("The X server refused to grab %1 (X error %2).").arg(shown).arg(otherError)};
}

bool GlobalHotkeys::Platform::nativeEventFilter(const QByteArray &eventType, void *message, qintptr *)
{
    if (eventType != "xcb_generic_event_t" || !message)
        return false;
    const auto *event = static_cast<const xcb_generic_event_t *>(message);
    const uint8_t type = event->response_type & ~0x80;  // the high bit marks events sent by a client
    if (type != XCB_KEY_PRESS && type != XCB_KEY_RELEASE)
        return false;
    // Press and release share one layout (xcb_key_release_event_t is a typedef of it).
    const auto *key = static_cast<const xcb_key_press_event_t *>(message);
    if (type == XCB_KEY_RELEASE) {
        // Matched by keycode alone: the modifiers may have been let go first.
        bool ours = false;
        for (Binding &binding : bindings) {
            if (binding.chord.keycode == key->detail && binding.down) {
                binding.down = false;
                binding.releasedAt = key->time;
                ours = true;
            }
        }
        return ours;
    }
    const Chord pressed{key->detail, static_cast<uint16_t>(key->state & kChordModifiers)};
    for (auto it = bindings.begin(); it != bindings.end(); ++it) {
        Binding &binding = it.value();
        if (!(binding.chord == pressed))
            continue;
        const bool repeat = binding.down || (binding.releasedAt != 0 && binding.releasedAt == key->time);
        binding.down = true;
        if (!repeat) {
            // Queued: a slot may open a dialog, which must not run inside Qt's X event handling.
            const QString id = it.key();
            QMetaObject::invokeMethod(
                q,
                [owner = q, id] {
                    if (owner->m_platform->bindings.contains(id))
                        Q_EMIT owner->activated(id);
                },
                Qt::QueuedConnection);
        }
        return true;  // consumed: the studio's own shortcut for the same key must not fire as well
    }
    return false;
}

GlobalHotkeys::GlobalHotkeys(QObject *parent) : QObject(parent), m_platform(std::make_unique<Platform>(this))
{
    m_platform->connection = x11Connection();
    if (!m_platform->connection)
        return;
    m_platform->root = rootWindow(m_platform->connection);
    QCoreApplication::instance()->installNativeEventFilter(m_platform.get());
}

// The filter removes itself from the application as m_platform is destroyed.
GlobalHotkeys::~GlobalHotkeys()
{
    clear();
}

bool GlobalHotkeys::isSupported(QString *whyNot)
{
    if (x11Connection())
        return true;
    if (whyNot)
        *whyNot = noDesktopGrabsReason();
    return false;
}

Status GlobalHotkeys::add(const QString &id, const QKeySequence &keys)
{
    if (!m_platform->connected() || m_platform->root == XCB_NONE)
        return Error{ErrorCode::Unsupported, noDesktopGrabsReason()};
    if (keys.isEmpty())
        return Error{ErrorCode::InvalidArgument, tr("No key was given for %1.").arg(id)};
    const QKeyCombination combination = keys[0];
    const Qt::Key key = combination.key();
    const Qt::KeyboardModifiers held = combination.keyboardModifiers();
    const QString shown = QKeySequence(combination).toString(QKeySequence::NativeText);
    const Qt::KeyboardModifiers allowed = Qt::ControlModifier | Qt::ShiftModifier | Qt::AltModifier | Qt::MetaModifier;
    if (held & ~allowed)
        return Error{ErrorCode::InvalidArgument,
                     tr("%1: a global hotkey can only hold Ctrl, Shift, Alt and Meta.").arg(shown)};
    const uint32_t keysym = keysymFor(key);
    if (keysym == 0)
        return Error{ErrorCode::InvalidArgument,
                     tr("%1 cannot be a global hotkey: use a letter, a digit, F1 to F35 or a named key such as "
                        "Home, Print or Pause.")
                         .arg(shown)};
    // Standard X keymaps turn Ctrl+Alt+F1 to F12 into "switch to text console n": the server acts on
    // it and no application ever receives the key, so a grab would succeed and never fire.
    const bool switchesConsole = key >= Qt::Key_F1 && key <= Qt::Key_F12 && (held & Qt::ControlModifier)
                                 && (held & Qt::AltModifier) && !(held & Qt::ShiftModifier);
    if (switchesConsole)
        return Error{ErrorCode::InvalidArgument,
                     tr("%1 switches the computer to another text console, so it never reaches applications: "
                        "add Shift, or choose another key.")
                         .arg(shown)};
    if (editsText(key) && !(held & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return Error{ErrorCode::InvalidArgument,
                     tr("%1 alone would stop that key from working in every other application: hold Ctrl, Alt "
                        "or Meta with it.")
                         .arg(shown)};
    const xcb_keycode_t keycode = keycodeFor(m_platform->connection, keysym);
    if (keycode == 0)
        return Error{ErrorCode::Unsupported, tr("%1: the keyboard layout in use has no such key.").arg(shown)};
    uint16_t modifiers = 0;
    if (held & Qt::ShiftModifier)
        modifiers |= XCB_MOD_MASK_SHIFT;
    if (held & Qt::ControlModifier)
        modifiers |= XCB_MOD_MASK_CONTROL;
    if (held & Qt::AltModifier)
        modifiers |= XCB_MOD_MASK_1;
    if (held & Qt::MetaModifier)
        modifiers |= XCB_MOD_MASK_4;
    const Chord chord{keycode, modifiers};

    for (auto it = m_platform->bindings.cbegin(); it != m_platform->bindings.cend(); ++it) {
        if (it.value().chord != chord)
            continue;
        if (it.key() == id)
            return Status::ok();
        return Error{ErrorCode::InvalidArgument, tr("%1 is already the hotkey of %2.").arg(shown, it.key())};
    }
    // The new chord first, so a refused one leaves the old binding working.
    if (Status grabbed = m_platform->grab(chord, shown); !grabbed)
        return grabbed;
    if (const auto old = m_platform->bindings.constFind(id); old != m_platform->bindings.cend())
        m_platform->ungrab(old.value().chord);
    m_platform->bindings.insert(id, Platform::Binding{chord});
    return Status::ok();
}

void GlobalHotkeys::remove(const QString &id)
{
    const auto it = m_platform->bindings.constFind(id);
    if (it == m_platform->bindings.cend())
        return;
    if (m_platform->connected())
        m_platform->ungrab(it.value().chord);
    m_platform->bindings.erase(it);
}

void GlobalHotkeys::clear()
{
    // Without the connection (the application already gone) the X server dropped the grabs itself.
    if (m_platform->connected()) {
        for (const Platform::Binding &binding : std::as_const(m_platform->bindings))
            m_platform->ungrab(binding.chord);
    }
    m_platform->bindings.clear();
}

}  // namespace vida3::app
