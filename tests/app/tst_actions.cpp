// SPDX-License-Identifier: GPL-2.0-or-later
// Every action by name: reachable from the menus, the command palette and a hotkey; a key another
// action has is refused naming it; bindings survive a restart; scenes and mixer channels bring
// their own actions. The real window, offscreen, with temporary settings.
#include "windowfixture.h"

#include "app/actions/actionregistry.h"
#include "app/actions/commandpalette.h"
#include "app/mixer/mixerpanel.h"
#include "app/settings/hotkeyspage.h"
#include "app/settings/settingsdialog.h"
#include "app/windowtools.h"
#include "studio/scene/document/scenedocument.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QTimer>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace vida3;
using namespace vida3::tests;

namespace {
// Every action of every menu of the menu bar, submenus included.
QList<QAction *> menuActions(const QMenuBar &bar)
{
    QList<QAction *> found;
    QList<QMenu *> menus;
    for (QAction *top : bar.actions())
        if (top->menu())
            menus.append(top->menu());
    while (!menus.isEmpty()) {
        QMenu *menu = menus.takeFirst();
        for (QAction *action : menu->actions()) {
            if (action->menu())
                menus.append(action->menu());
            else
                found.append(action);
        }
    }
    return found;
}

// Keys no test or default uses: Ctrl+Alt+Shift+F1…
QKeySequence freeKey(int i)
{
    return QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key(Qt::Key_F1 + i));
}
}  // namespace

class TestActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<WindowFixture>();
        QVERIFY(m_fixture->setUp());
        m_window = m_fixture->makeWindow(&m_fixture->secrets());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_fixture.reset();
    }

    void everyActionIsInAMenuThePaletteAndTakesAKey()
    {
        app::ActionRegistry &registry = *m_window->tools()->registry();
        const QList<QAction *> all = registry.actions();
        QVERIFY2(all.size() > 25, qPrintable(QString::number(all.size())));
        for (const char *id : {"output.stream", "output.record", "output.pause", "studio.mode", "studio.take",
                               "audio.microphones", "edit.undo", "app.palette", "app.settings", "app.deleteAllData"})
            QVERIFY2(registry.action(QLatin1String(id)), id);
        QVERIFY(registry.action(QStringLiteral("layer.add.text")));
        QVERIFY(registry.action(QStringLiteral("view.historyDock")));
        QVERIFY(registry.action(QStringLiteral("audio.mute.tone")));

        const QList<QAction *> inMenus = menuActions(*m_window->menuBar());
        app::CommandPalette &palette = *m_window->tools()->palette();
        int key = 0;
        for (QAction *action : all) {
            const QString id = app::ActionRegistry::idOf(action);
            QVERIFY2(inMenus.contains(action), qPrintable(id + QStringLiteral(" is in no menu")));
            // The palette finds it by its own words.
            palette.open();
            palette.searchField()->setText(app::ActionRegistry::textOf(action));  // typed: “, ³ and … are not on QTest's keyboard
            QVERIFY2(palette.listedIds().contains(id), qPrintable(id + QStringLiteral(" not found by the palette")));
            palette.reject();
            // And a key runs it (when it can run now).
            if (!action->isEnabled())
                continue;
            QVERIFY2(registry.bind(id, freeKey(key % 12)), qPrintable(id));
            QSignalSpy triggered(action, &QAction::triggered);
            m_window->activateWindow();  // a dialog the last action opened had the focus
            QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
            // Some actions ask first (a file to add, "Delete all my data"): answer No to any dialog.
            QTimer closer;
            connect(&closer, &QTimer::timeout, this, [] {
                if (QWidget *modal = QApplication::activeModalWidget())
                    modal->close();
            });
            closer.start(50);
            QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_F1 + key % 12), Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
            closer.stop();
            for (QWidget *top : QApplication::topLevelWidgets()) {
                if (top != m_window.get() && qobject_cast<QDialog *>(top) && top->isVisible())
                    top->close();
            }
            QVERIFY2(triggered.size() >= 1, qPrintable(id + QStringLiteral(" did not run from its key; focus: ")
                                                       + (QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QStringLiteral("none"))
                                                       + QStringLiteral(" active: ") + (QApplication::activeWindow() ? QApplication::activeWindow()->objectName() : QStringLiteral("none"))));
            QVERIFY(registry.bind(id, {}));
            // Undo what it did (a dock hidden, studio mode on) so the next one starts alike.
            if (action->isCheckable() && triggered.size() % 2 == 1)
                action->trigger();
            ++key;
        }
    }

    void paletteRunsWhatItFinds()
    {
        app::CommandPalette &palette = *m_window->tools()->palette();
        palette.open();
        QTest::keyClicks(palette.searchField(), QStringLiteral("studio mode"));
        QCOMPARE(palette.listedIds().first(), QStringLiteral("studio.mode"));
        QVERIFY(!m_window->tools()->registry()->action(QStringLiteral("studio.mode"))->isChecked());
        QTest::keyClick(palette.searchField(), Qt::Key_Return);
        QTRY_VERIFY(m_window->tools()->registry()->action(QStringLiteral("studio.mode"))->isChecked());
        QVERIFY(!palette.isVisible());
        // Words in any order, any case; nothing matches: said.
        palette.open();
        QTest::keyClicks(palette.searchField(), QStringLiteral("RECORDING pause"));
        QCOMPARE(palette.listedIds(), QStringList{QStringLiteral("output.pause")});
        // Pausing needs a recording: listed, greyed, not run.
        QVERIFY(!(palette.results()->item(0)->flags() & Qt::ItemIsEnabled));
        palette.searchField()->setText(QStringLiteral("zzzz no such action"));
        QCOMPARE(palette.results()->count(), 0);
        palette.reject();
        // Ctrl+K opens it (the offscreen platform does not give the focus back by itself).
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(palette.isVisible());
        palette.reject();
    }

    void conflictingKeyIsRefusedNamingTheOtherAction()
    {
        app::ActionRegistry &registry = *m_window->tools()->registry();
        QVERIFY(registry.bind(QStringLiteral("output.record"), QKeySequence(QStringLiteral("Ctrl+Alt+R"))));
        const Status taken = registry.bind(QStringLiteral("output.stream"), QKeySequence(QStringLiteral("Ctrl+Alt+R")));
        QVERIFY(!taken);
        QVERIFY2(taken.error().detail.contains(QStringLiteral("Start or stop recording")), qPrintable(taken.error().detail));
        QVERIFY(registry.action(QStringLiteral("output.stream"))->shortcut().isEmpty());
        // Keys the canvas, the layers list and focus moves need are not taken either.
        for (const QKeySequence &reserved : {QKeySequence(Qt::Key_Delete), QKeySequence(QKeySequence::Copy),
                                             QKeySequence(Qt::Key_Tab), QKeySequence(Qt::Key_Left)}) {
            const Status refused = registry.bind(QStringLiteral("output.stream"), reserved);
            QVERIFY2(!refused && !refused.error().detail.isEmpty(), qPrintable(reserved.toString()));
        }

        // The same through the Hotkeys page: the message names the other action.
        app::SettingsDialog &dialog = *m_window->tools()->settingsDialog();
        app::HotkeysPage &page = *dialog.hotkeys();
        QVERIFY(page.selectAction(QStringLiteral("output.stream")));
        QVERIFY(!page.setKeys(QKeySequence(QStringLiteral("Ctrl+Alt+R"))));
        QVERIFY2(page.message()->text().contains(QStringLiteral("Start or stop recording")), qPrintable(page.message()->text()));
        QVERIFY(page.setKeys(QKeySequence(QStringLiteral("Ctrl+Alt+L"))));
        QCOMPARE(registry.action(QStringLiteral("output.stream"))->shortcut(), QKeySequence(QStringLiteral("Ctrl+Alt+L")));
    }

    void bindingsSurviveARestart()
    {
        app::ActionRegistry *registry = m_window->tools()->registry();
        QVERIFY(registry->bind(QStringLiteral("output.record"), QKeySequence(QStringLiteral("Ctrl+Alt+R"))));
        QVERIFY(registry->bind(QStringLiteral("app.palette"), {}));  // a default cleared stays cleared
        const QString scene = m_window->document().collection().scenes.first().id;
        QVERIFY(registry->bind(QStringLiteral("scene.switch.") + scene, QKeySequence(QStringLiteral("Ctrl+1"))));
        m_window.reset();
        m_window = m_fixture->makeWindow(&m_fixture->secrets());
        registry = m_window->tools()->registry();
        QCOMPARE(registry->action(QStringLiteral("output.record"))->shortcut(), QKeySequence(QStringLiteral("Ctrl+Alt+R")));
        QVERIFY(registry->action(QStringLiteral("app.palette"))->shortcut().isEmpty());
        QCOMPARE(registry->action(QStringLiteral("scene.switch.") + scene)->shortcut(), QKeySequence(QStringLiteral("Ctrl+1")));
        QVERIFY(registry->resetToDefault(QStringLiteral("app.palette")));
        QCOMPARE(registry->action(QStringLiteral("app.palette"))->shortcut(), QKeySequence(QStringLiteral("Ctrl+K")));
    }

    void scenesAndChannelsBringTheirActions()
    {
        app::ActionRegistry &registry = *m_window->tools()->registry();
        studio::SceneDocument &document = m_window->document();
        const int before = int(document.collection().scenes.size());
        studio::CollectionScene added = document.collection().scenes.first();
        added.id = QStringLiteral("late-night");
        added.name = QStringLiteral("Late night");
        document.insertScene(before, added);
        QAction *switchTo = registry.action(QStringLiteral("scene.switch.late-night"));
        QVERIFY(switchTo);
        QVERIFY(app::ActionRegistry::textOf(switchTo).contains(QStringLiteral("Late night")));
        switchTo->trigger();
        QCOMPARE(document.collection().programId, QStringLiteral("late-night"));

        QAction *mute = registry.action(QStringLiteral("audio.mute.tone"));
        QVERIFY(mute);
        auto *strip = requireChild<QWidget>(*m_window->mixer(), "channel_tone");
        auto *button = strip->findChild<QToolButton *>(QStringLiteral("mute"));
        QVERIFY(!button->isChecked());
        mute->trigger();
        QVERIFY(button->isChecked());
        mute->trigger();
        QVERIFY(!button->isChecked());
    }

private:
    std::unique_ptr<WindowFixture> m_fixture;
    std::unique_ptr<app::StudioWindow> m_window;
};

QTEST_MAIN(TestActions)
#include "tst_actions.moc"
