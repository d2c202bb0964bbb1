// SPDX-License-Identifier: GPL-2.0-or-later
// Keyboard and screen-reader access to the whole window: Tab from the first control walks a
// chain that reaches every visible, enabled control that takes focus (nothing is left out, no
// control traps the key), and every control reached has an accessible name a screen reader
// can say. Run at display scale 1 and 2.
#include "windowfixture.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QSet>
#include <QTest>

using namespace vida3;
using namespace vida3::tests;

namespace {
// A control a keyboard user must be able to reach: visible, enabled, takes focus by Tab, and not
// the inner editor of a spin box or combo box (Tab goes to the box itself).
bool isInteractive(const QWidget *w)
{
    if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) || w->isWindow())
        return false;
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

        QList<QWidget *> interactive;
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (isInteractive(w))
                interactive.append(w);
        }
        QVERIFY(interactive.size() > 20);
        interactive.first()->setFocus(Qt::TabFocusReason);
        QWidget *start = QApplication::focusWidget();
        QVERIFY(start);
        QSet<QWidget *> reached{start};
        QWidget *trappedIn = nullptr;
        int stayed = 0;  // a date and time edit takes a Tab per section before it lets go
        const int limit = static_cast<int>(interactive.size()) * 4;
        for (int i = 0; i < limit; ++i) {
            QWidget *before = QApplication::focusWidget();
            QTest::keyClick(before, Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            stayed = now == before ? stayed + 1 : 0;
            if (stayed > 8) {
                trappedIn = now;
                break;
            }
            if (now == start)
                break;
            reached.insert(now);
        }
        if (trappedIn)
            QFAIL(qPrintable(QStringLiteral("Tab does not leave ") + describe(trappedIn)));

        QStringList missed;
        for (QWidget *w : std::as_const(interactive)) {
            if (!reached.contains(w))
                missed.append(describe(w));
        }
        QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("not reached by Tab: ") + missed.join(QStringLiteral("; "))));

        QStringList unnamed;
        for (QWidget *w : std::as_const(reached)) {
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(describe(w));
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("no accessible name: ") + unnamed.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
