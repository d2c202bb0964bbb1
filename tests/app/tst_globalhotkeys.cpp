// SPDX-License-Identifier: GPL-2.0-or-later
// Global hotkeys on a real X server: a private Xvfb, started before the application connects to
// it, where another application's window (xmessage) has focus and keys arrive through XTEST
// (xdotool), as from a keyboard. A bound chord fires once per press, also with NumLock and CapsLock
// on; a removed or destroyed binding stays quiet and frees the key; a chord another X client holds
// is refused in plain words, as are keys that could never work (Ctrl+Alt+F9 switches consoles);
// under the offscreen platform isSupported() says why not.
#include "app/actions/globalhotkeys.h"
#include "processtools.h"
#include "xvfbserver.h"

#include <QGuiApplication>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextStream>

#include <xcb/xcb.h>
#include <xcb/xproto.h>

#include <cstdlib>
#include <memory>
#include <utility>

using namespace vida3;
using testsupport::XvfbServer;

namespace {
// Run as a child under the offscreen platform: prints what GlobalHotkeys reports there.
constexpr char kReportSupport[] = "--report-support";
constexpr xcb_keysym_t kF9 = 0xffc6;
constexpr xcb_keysym_t kF10 = 0xffc7;
constexpr xcb_keysym_t kF12 = 0xffc9;
constexpr uint16_t kCtrlShift = XCB_MOD_MASK_CONTROL | XCB_MOD_MASK_SHIFT;
constexpr int kArrives = 10000;  // generous: a loaded machine may be slow to deliver what must come

struct FreeWithFree
{
    void operator()(void *p) const { std::free(p); }
};
template <typename T>
using XcbPtr = std::unique_ptr<T, FreeWithFree>;
struct Disconnect
{
    void operator()(xcb_connection_t *c) const { xcb_disconnect(c); }
};
// A client of its own on the test's X server, as another application is.
using Connection = std::unique_ptr<xcb_connection_t, Disconnect>;

xcb_window_t rootOf(xcb_connection_t *c)
{
    return xcb_setup_roots_iterator(xcb_get_setup(c)).data->root;
}

// The keycode whose unshifted symbol is keysym (the one xdotool presses); 0 when none.
xcb_keycode_t keycodeOf(xcb_connection_t *c, xcb_keysym_t keysym)
{
    const xcb_setup_t *setup = xcb_get_setup(c);
    const int count = setup->max_keycode - setup->min_keycode + 1;
    const XcbPtr<xcb_get_keyboard_mapping_reply_t> mapping(xcb_get_keyboard_mapping_reply(
        c, xcb_get_keyboard_mapping(c, setup->min_keycode, static_cast<uint8_t>(count)), nullptr));
    if (!mapping)
        return 0;
    const xcb_keysym_t *symbols = xcb_get_keyboard_mapping_keysyms(mapping.get());
    for (int i = 0; i < count; ++i) {
        if (symbols[i * mapping->keysyms_per_keycode] == keysym)
            return static_cast<xcb_keycode_t>(setup->min_keycode + i);
    }
    return 0;
}

bool grab(xcb_connection_t *c, xcb_keycode_t keycode, uint16_t modifiers)
{
    const XcbPtr<xcb_generic_error_t> error(xcb_request_check(
        c, xcb_grab_key_checked(c, 1, rootOf(c), modifiers, keycode, XCB_GRAB_MODE_ASYNC, XCB_GRAB_MODE_ASYNC)));
    return !error;
}

// Whether another application could take the chord now (it lets go at once).
bool freeForOthers(xcb_connection_t *c, xcb_keycode_t keycode, uint16_t modifiers)
{
    if (!grab(c, keycode, modifiers))
        return false;
    xcb_ungrab_key(c, keycode, rootOf(c), modifiers);
    xcb_flush(c);
    return true;
}

// The keyboard's modifier and lock state, as the server has it.
uint16_t modifierState(xcb_connection_t *c)
{
    const XcbPtr<xcb_query_pointer_reply_t> reply(xcb_query_pointer_reply(c, xcb_query_pointer(c, rootOf(c)), nullptr));
    return reply ? reply->mask : 0;
}

QStringList ids(const QSignalSpy &spy)
{
    QStringList list;
    for (const QList<QVariant> &arguments : spy)
        list.append(arguments.at(0).toString());
    return list;
}

int reportSupport(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    QString why;
    const bool supported = app::GlobalHotkeys::isSupported(&why);
    app::GlobalHotkeys hotkeys;
    const Status added = hotkeys.add(QStringLiteral("output.record"), QKeySequence(QStringLiteral("Ctrl+Shift+F9")));
    QTextStream(stdout) << (supported ? QLatin1String("supported") : QLatin1String("unsupported")) << '\n'
                        << static_cast<int>(added.error().code) << '\n'
                        << why << '\n';
    return 0;
}
}  // namespace

class TestGlobalHotkeys : public QObject
{
    Q_OBJECT

public:
    TestGlobalHotkeys(XvfbServer *x, QString problem) : m_x(x), m_problem(std::move(problem)) {}

private Q_SLOTS:
    void initTestCase();
    void firesWhileAnotherApplicationHasFocus();
    void numLockAndCapsLockDoNotStopIt();
    void removedKeyStaysQuietAndIsFreed();
    void keyOfAnotherApplicationIsRefused();
    void keysThatCannotWorkAreRefused();
    void offscreenSaysWhyNot();

private:
    bool press(const QString &keys, bool clearModifiers = true);

    XvfbServer *m_x;
    QString m_problem;
    Connection m_probe;  // the test's own client: key state and grabs "by another application"
    QString m_lastError;
};

void TestGlobalHotkeys::initTestCase()
{
    if (!m_problem.isEmpty())
        QFAIL(qPrintable(QStringLiteral("prerequisite missing (./test.sh installs it): ") + m_problem));
    if (QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
        QFAIL("prerequisite missing (./test.sh installs it): xdotool is not installed: "
              "install xdotool (package xdotool)");
    QString why;
    QVERIFY2(app::GlobalHotkeys::isSupported(&why), qPrintable(why));
    m_probe.reset(xcb_connect(m_x->display().toLocal8Bit().constData(), nullptr));
    QVERIFY2(xcb_connection_has_error(m_probe.get()) == 0, "the test cannot open its own X connection");
    // Another application's window has the focus; the studio shows none.
    QVERIFY2(m_x->showWindow(QStringLiteral("#204060"), QRect(20, 20, 320, 200)), qPrintable(m_x->lastError()));
    const testsupport::ToolResult focus =
        testsupport::runTool(QStringLiteral("xdotool"), {QStringLiteral("windowfocus"), m_x->windowId(0)}, 15000);
    QVERIFY2(focus.exitCode == 0, focus.stdErr.constData());
    const XcbPtr<xcb_get_input_focus_reply_t> focused(
        xcb_get_input_focus_reply(m_probe.get(), xcb_get_input_focus(m_probe.get()), nullptr));
    QVERIFY(focused);
    QCOMPARE(focused->focus, static_cast<xcb_window_t>(m_x->windowId(0).toUInt(nullptr, 0)));
}

bool TestGlobalHotkeys::press(const QString &keys, bool clearModifiers)
{
    QStringList args{QStringLiteral("key")};
    if (clearModifiers)
        args << QStringLiteral("--clearmodifiers");
    args << keys;
    const testsupport::ToolResult r = testsupport::runTool(QStringLiteral("xdotool"), args, 15000);
    m_lastError = QStringLiteral("xdotool %1: exit %2, %3")
                      .arg(args.join(QLatin1Char(' ')))
                      .arg(r.exitCode)
                      .arg(QString::fromUtf8(r.stdErr));
    return r.exitCode == 0;
}

void TestGlobalHotkeys::firesWhileAnotherApplicationHasFocus()
{
    app::GlobalHotkeys hotkeys;
    QSignalSpy spy(&hotkeys, &app::GlobalHotkeys::activated);
    const Status added = hotkeys.add(QStringLiteral("output.record"), QKeySequence(QStringLiteral("Ctrl+Shift+F9")));
    QVERIFY2(added, qPrintable(added.error().detail));
    QVERIFY(!QGuiApplication::focusWindow());
    QVERIFY2(press(QStringLiteral("ctrl+shift+F9")), qPrintable(m_lastError));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, kArrives);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("output.record"));
    QVERIFY2(press(QStringLiteral("ctrl+shift+F9")), qPrintable(m_lastError));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, kArrives);
    QTest::qWait(500);  // nothing more: one signal per press
    QCOMPARE(spy.count(), 2);
}

void TestGlobalHotkeys::numLockAndCapsLockDoNotStopIt()
{
    app::GlobalHotkeys hotkeys;
    QSignalSpy spy(&hotkeys, &app::GlobalHotkeys::activated);
    const Status added = hotkeys.add(QStringLiteral("output.record"), QKeySequence(QStringLiteral("Ctrl+Shift+F9")));
    QVERIFY2(added, qPrintable(added.error().detail));
    // The locks go back off whatever happens, for the cases after this one.
    const auto locksOff = qScopeGuard([this] {
        const uint16_t state = modifierState(m_probe.get());
        if (state & XCB_MOD_MASK_2)
            press(QStringLiteral("Num_Lock"), false);
        if (state & XCB_MOD_MASK_LOCK)
            press(QStringLiteral("Caps_Lock"), false);
    });
    // Plain `key` from here: --clearmodifiers would switch CapsLock off before pressing.
    QVERIFY2(press(QStringLiteral("Num_Lock"), false), qPrintable(m_lastError));
    QVERIFY2(modifierState(m_probe.get()) & XCB_MOD_MASK_2, "NumLock did not come on (Mod2)");
    QVERIFY2(press(QStringLiteral("ctrl+shift+F9"), false), qPrintable(m_lastError));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, kArrives);
    QVERIFY2(press(QStringLiteral("Caps_Lock"), false), qPrintable(m_lastError));
    QVERIFY2(modifierState(m_probe.get()) & XCB_MOD_MASK_LOCK, "CapsLock did not come on");
    QVERIFY2(press(QStringLiteral("ctrl+shift+F9"), false), qPrintable(m_lastError));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, kArrives);
}

void TestGlobalHotkeys::removedKeyStaysQuietAndIsFreed()
{
    const xcb_keycode_t f9 = keycodeOf(m_probe.get(), kF9);
    const xcb_keycode_t f12 = keycodeOf(m_probe.get(), kF12);
    QVERIFY(f9 != 0 && f12 != 0);
    {
        app::GlobalHotkeys hotkeys;
        QSignalSpy spy(&hotkeys, &app::GlobalHotkeys::activated);
        QVERIFY(hotkeys.add(QStringLiteral("output.record"), QKeySequence(QStringLiteral("Ctrl+Shift+F9"))));
        // Still bound at the end: X delivers in order, so once its signal is in, a removed key's would be too.
        QVERIFY(hotkeys.add(QStringLiteral("test.marker"), QKeySequence(QStringLiteral("Ctrl+Shift+F12"))));
        QVERIFY2(press(QStringLiteral("ctrl+shift+F9")), qPrintable(m_lastError));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, kArrives);

        hotkeys.remove(QStringLiteral("output.record"));
        QVERIFY2(press(QStringLiteral("ctrl+shift+F9")), qPrintable(m_lastError));
        QTest::qWait(500);
        QCOMPARE(spy.count(), 1);
        QVERIFY2(press(QStringLiteral("ctrl+shift+F12")), qPrintable(m_lastError));
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, kArrives);
        QCOMPARE(ids(spy), QStringList({QStringLiteral("output.record"), QStringLiteral("test.marker")}));
        // Another application may take the removed key now.
        QTRY_VERIFY_WITH_TIMEOUT(freeForOthers(m_probe.get(), f9, kCtrlShift), kArrives);
        QVERIFY(!freeForOthers(m_probe.get(), f12, kCtrlShift));
    }
    // Destroyed: every key it held is free again.
    QTRY_VERIFY_WITH_TIMEOUT(freeForOthers(m_probe.get(), f12, kCtrlShift), kArrives);
}

void TestGlobalHotkeys::keyOfAnotherApplicationIsRefused()
{
    Connection other(xcb_connect(m_x->display().toLocal8Bit().constData(), nullptr));
    QVERIFY(xcb_connection_has_error(other.get()) == 0);
    const xcb_keycode_t f10 = keycodeOf(other.get(), kF10);
    QVERIFY(f10 != 0);
    QVERIFY2(grab(other.get(), f10, kCtrlShift), "the other application could not grab Ctrl+Shift+F10");

    app::GlobalHotkeys hotkeys;
    QSignalSpy spy(&hotkeys, &app::GlobalHotkeys::activated);
    const QKeySequence keys(QStringLiteral("Ctrl+Shift+F10"));
    const Status refused = hotkeys.add(QStringLiteral("scene.next"), keys);
    QVERIFY(!refused);
    qInfo("refused: %s", qPrintable(refused.error().detail));
    QVERIFY2(refused.error().detail.contains(QLatin1String("another application")), qPrintable(refused.error().detail));
    QVERIFY2(refused.error().detail.contains(keys.toString(QKeySequence::NativeText)),
             qPrintable(refused.error().detail));

    // Once that application has quit, the same key can be bound, and works.
    other.reset();
    QTRY_VERIFY_WITH_TIMEOUT(hotkeys.add(QStringLiteral("scene.next"), keys).hasValue(), kArrives);
    QVERIFY2(press(QStringLiteral("ctrl+shift+F10")), qPrintable(m_lastError));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, kArrives);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("scene.next"));
}

void TestGlobalHotkeys::keysThatCannotWorkAreRefused()
{
    app::GlobalHotkeys hotkeys;
    // The X server switches text consoles on Ctrl+Alt+F1 to F12 and never passes them on (checked by
    // hand on Xvfb: a grab of it with any modifiers receives nothing from xdotool).
    const Status console = hotkeys.add(QStringLiteral("output.record"), QKeySequence(QStringLiteral("Ctrl+Alt+F9")));
    QVERIFY(!console);
    QVERIFY2(console.error().detail.contains(QLatin1String("console")), qPrintable(console.error().detail));
    const Status letter = hotkeys.add(QStringLiteral("output.record"), QKeySequence(QStringLiteral("R")));
    QVERIFY(!letter);
    QCOMPARE(letter.error().code, ErrorCode::InvalidArgument);
    QVERIFY(!hotkeys.add(QStringLiteral("output.record"), QKeySequence(QKeyCombination(Qt::Key_VolumeUp))));
    const Status function = hotkeys.add(QStringLiteral("output.record"), QKeySequence(QStringLiteral("F8")));
    QVERIFY2(function, qPrintable(function.error().detail));
    const Status twice = hotkeys.add(QStringLiteral("scene.next"), QKeySequence(QStringLiteral("F8")));
    QVERIFY(!twice);
    QVERIFY2(twice.error().detail.contains(QLatin1String("output.record")), qPrintable(twice.error().detail));
}

void TestGlobalHotkeys::offscreenSaysWhyNot()
{
    QProcess child;
    testsupport::killWithParent(child);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kReportSupport)});
    QVERIFY2(child.waitForFinished(30000), "the offscreen child did not finish");
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
             child.readAllStandardError().constData());
    const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char('\n'));
    QVERIFY2(lines.size() >= 3, qPrintable(lines.join(QLatin1Char('|'))));
    qInfo("offscreen: %s", qPrintable(lines.at(2)));
    QCOMPARE(lines.at(0), QStringLiteral("unsupported"));
    QCOMPARE(lines.at(1).toInt(), static_cast<int>(ErrorCode::Unsupported));
    QVERIFY(!lines.at(2).trimmed().isEmpty());
}

// The X server must exist before the application connects to it, so this main starts it first.
// When it cannot, the application runs offscreen and initTestCase fails with the reason.
int main(int argc, char **argv)
{
    if (argc == 2 && qstrcmp(argv[1], kReportSupport) == 0)
        return reportSupport(argc, argv);
    XvfbServer x;  // declared first: it outlives the application's connection to it
    QString problem = XvfbServer::unavailableReason();
    if (problem.isEmpty() && !x.start(QSize(640, 480)))
        problem = x.lastError();
    if (problem.isEmpty()) {
        qputenv("DISPLAY", x.display().toLocal8Bit());  // xdotool, started later, inherits it too
        qputenv("QT_QPA_PLATFORM", "xcb");
    } else {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication application(argc, argv);
    TestGlobalHotkeys test(problem.isEmpty() ? &x : nullptr, problem);
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_globalhotkeys.moc"
