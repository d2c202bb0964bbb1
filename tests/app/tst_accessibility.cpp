// SPDX-License-Identifier: GPL-2.0-or-later
// Keyboard and screen-reader access to the whole window: Tab from the first control walks a
// chain that reaches every visible, enabled control that takes focus (nothing is left out, no
// control traps the key), and every control reached has an accessible name a screen reader
// can say. The same for every Settings page and the command palette. Run at display scale 1 and 2.
#include "windowfixture.h"

#include "app/actions/commandpalette.h"
#include "app/settings/settingsdialog.h"
#include "app/windowtools.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QSet>
#include <QTabWidget>
#include <QTest>

using namespace vida3;
using namespace vida3::tests;

namespace {
// A control a keyboard user must be able to reach: visible, enabled, takes focus by Tab, and not
// the inner editor of a spin box or combo box (Tab goes to the box itself).
bool isInteractive(const QWidget *w)
{
    if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) || w->isWindow() || w->focusProxy())
        return false;  // a focus proxy (a tab widget's tab bar) is reached in its place
    const QWidget *parent = w->parentWidget();
    return !qobject_cast<const QAbstractSpinBox *>(parent) && !qobject_cast<const QComboBox *>(parent);
}

QString describe(const QWidget *w)
{
    QAccessibleInterface *a = QAccessible::queryAccessibleInterface(const_cast<QWidget *>(w));
    return QStringLiteral("%1 %2 \"%3\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
             a ? a->text(QAccessible::Name) : QString());
}
// Tab from the first control of `root` (a window or a dialog, already active) walks every
// control and comes back; each has a name. What is wrong, one line each; empty when nothing is.
QStringList walkWithTab(QWidget &root, int atLeast)
{
    QList<QWidget *> interactive;
    for (QWidget *w : root.findChildren<QWidget *>()) {
        if (isInteractive(w) && w->window() == &root)
            interactive.append(w);
    }
    if (interactive.size() < atLeast)
        return {QStringLiteral("only %1 controls in %2").arg(interactive.size()).arg(root.objectName())};
    interactive.first()->setFocus(Qt::TabFocusReason);
    QWidget *start = QApplication::focusWidget();
    if (!start)
        return {QStringLiteral("nothing takes the focus in ") + root.objectName()};
    QSet<QWidget *> reached{start};
    int stayed = 0;  // a date and time edit takes a Tab per section before it lets go
    const int limit = static_cast<int>(interactive.size()) * 4;
    for (int i = 0; i < limit; ++i) {
        QWidget *before = QApplication::focusWidget();
        QTest::keyClick(before, Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        stayed = now == before ? stayed + 1 : 0;
        if (stayed > 8)
            return {QStringLiteral("Tab does not leave ") + describe(now)};
        if (now == start)
            break;
        reached.insert(now);
    }
    QStringList problems;
    for (QWidget *w : std::as_const(interactive)) {
        if (!reached.contains(w))
            problems.append(QStringLiteral("not reached by Tab: ") + describe(w));
    }
    for (QWidget *w : std::as_const(reached)) {
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            problems.append(QStringLiteral("no accessible name: ") + describe(w));
    }
    return problems;
}
}  // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tabReachesEveryControlAndEachHasAName()
    {
        WindowFixture fixture;
        QVERIFY(fixture.setUp());
        auto window = fixture.makeWindow(&fixture.secrets());
        window->resize(1600, 900);
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QStringList problems = walkWithTab(*window, 20);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }

    // The dialogs of the daily work: every Settings page (hotkeys included) and the palette.
    void dialogsTooByKeyboard()
    {
        WindowFixture fixture;
        QVERIFY(fixture.setUp());
        auto window = fixture.makeWindow(&fixture.secrets());
        window->show();
        app::SettingsDialog *settings = window->tools()->settingsDialog();
        settings->open();
        settings->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(settings));
        auto *pages = requireChild<QTabWidget>(*settings, "settingsPages");
        QStringList problems;
        for (int page = 0; page < pages->count(); ++page) {
            pages->setCurrentIndex(page);
            for (const QString &problem : walkWithTab(*settings, 5))
                problems.append(pages->tabText(page) + QStringLiteral(": ") + problem);
        }
        settings->reject();
        app::CommandPalette *palette = window->tools()->palette();
        palette->open();
        palette->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(palette));
        problems.append(walkWithTab(*palette, 2));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
