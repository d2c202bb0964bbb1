// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/windowtools.h"

#include "app/actions/actionregistry.h"
#include "app/actions/commandpalette.h"
#include "app/actions/globalhotkeybinder.h"
#include "app/actions/studioactions.h"
#include "app/brandtheme.h"
#include "app/destinationlist.h"
#include "app/golive/golivechecklist.h"
#include "app/outputcontrols.h"
#include "app/outputsettingsbox.h"
#include "app/outputstate.h"
#include "app/sessioncontroller.h"
#include "app/settings/settingsdialog.h"
#include "app/setup/firstrunwizard.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QToolBar>

namespace vida3::app {

WindowTools::WindowTools(Parts parts, QObject *parent) : QObject(parent), m_parts(parts)
{
    m_registry = new ActionRegistry(m_parts.window, m_parts.settings, this);
    m_actions = new StudioActions({m_parts.window, *m_registry, m_parts.controls, m_parts.controller, m_parts.workspace,
                                   m_parts.studioMode, m_parts.document, m_parts.mixer},
                                  this);
    m_palette = new CommandPalette(*m_registry, &m_parts.window);
    m_global = new GlobalHotkeyBinder(*m_registry, m_parts.settings, this);
    SessionController &controller = m_parts.controller;
    m_settings = new SettingsDialog(m_parts.settings, *m_registry, m_global, &m_parts.encoding, [&controller] {
        return isRunning(controller.streamState()) || isRunning(controller.recordingState());
    }, &m_parts.window);
    connect(m_settings, &SettingsDialog::formatChanged, this, [this] {
        m_parts.controls.setRecordingTarget(recordingFolder(), format().recordingFormat);
        Q_EMIT formatChanged();
    });
    connect(m_settings, &SettingsDialog::themeChanged, this, [](Theme theme) {
        if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
            applyBrandTheme(*app, theme);
    });
    connect(m_settings, &SettingsDialog::deleteAllDataRequested, this, &WindowTools::deleteAllDataRequested);
    m_parts.controls.setRecordingTarget(recordingFolder(), format().recordingFormat);

    m_checklist = new GoLiveChecklist(m_parts.destinations, m_parts.controller, [this] { return recordingFolder(); },
                                      &m_parts.window);
    if (m_parts.checkBeforeGoLive)
        m_parts.controls.setPreflight([checklist = m_checklist](std::function<void()> proceed) { checklist->run(std::move(proceed)); });
    addToolActions();
}

WindowTools::~WindowTools() = default;

const OutputFormat &WindowTools::format() const
{
    return m_settings->format();
}

QString WindowTools::recordingFolder() const
{
    return format().recordingFolder.isEmpty() ? m_parts.defaultRecordingFolder : format().recordingFolder;
}

void WindowTools::addDocks()
{
    m_actions->addDocks();
}

void WindowTools::addToolActions()
{
    ActionRegistry &r = *m_registry;
    QAction *palette = r.add({QStringLiteral("app.palette"), tr("Command palette…"), tr("Studio"), QKeySequence(Qt::CTRL | Qt::Key_K)});
    connect(palette, &QAction::triggered, m_palette, &CommandPalette::open);
    QAction *settings = r.add({QStringLiteral("app.settings"), tr("Settings…"), tr("Studio"), QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    connect(settings, &QAction::triggered, m_settings, [dialog = m_settings] { dialog->open(); });
    QAction *hotkeys = r.add({QStringLiteral("app.hotkeys"), tr("Hotkeys…"), tr("Studio"), {}});
    connect(hotkeys, &QAction::triggered, m_settings, [dialog = m_settings] {
        dialog->showPage(SettingsDialog::Page::Hotkeys);
        dialog->open();
    });
    QAction *destination = r.add({QStringLiteral("output.addDestination"), tr("Add a destination…"), tr("Output"), {}});
    connect(destination, &QAction::triggered, &m_parts.destinations, &DestinationList::openEditorForNew);
    QAction *wizard = r.add({QStringLiteral("app.wizard"), tr("Set up with the wizard…"), tr("Studio"), {}});
    connect(wizard, &QAction::triggered, this, &WindowTools::openWizard);
    QAction *erase = r.add({QStringLiteral("app.deleteAllData"), tr("Delete all my data…"), tr("Studio"), {}});
    connect(erase, &QAction::triggered, this, &WindowTools::deleteAllDataRequested);

    if (auto *file = m_parts.window.findChild<QMenu *>(QStringLiteral("fileMenu"))) {
        file->addSeparator();
        file->addAction(settings);
        file->addAction(wizard);
        file->addSeparator();
        file->addAction(erase);
    } else {
        m_parts.window.menuBar()->addAction(settings);
    }
    m_actions->controlsMenu()->addSeparator();
    m_actions->controlsMenu()->addAction(destination);
    m_actions->controlsMenu()->addAction(palette);
    m_actions->controlsMenu()->addAction(hotkeys);
    m_actions->toolBar()->addSeparator();
    m_actions->toolBar()->addAction(palette);
    m_actions->toolBar()->addAction(settings);
}

FirstRunWizard *WindowTools::openWizard()
{
    if (!m_wizard) {
        m_wizard = new FirstRunWizard(m_parts.presets, &m_parts.window);
        connect(m_wizard, &FirstRunWizard::completed, this, &WindowTools::applyWizard);
        // Closed without finishing: "not now". It is not offered again at the next start; File →
        // Set up with the wizard… is there when wanted.
        connect(m_wizard, &QWizard::rejected, this,
                [this] { m_parts.settings.setValue(QStringLiteral("setup/firstRunDone"), true); });
    }
    m_wizard->restart();
    m_wizard->open();
    return m_wizard;
}

void WindowTools::applyWizard()
{
    const FirstRunWizard::Result result = m_wizard->result();
    m_parts.settings.setValue(QStringLiteral("setup/firstRunDone"), true);
    if (result.destination)
        m_parts.destinations.add(*result.destination, result.streamKey);
    if (!result.format)
        return;
    OutputFormat chosen = format();
    chosen.width = result.format->width;
    chosen.height = result.format->height;
    chosen.fps = result.format->fps;
    chosen.save(m_parts.settings);
    m_parts.encoding.setX264Preset(result.format->x264Preset);
    m_settings->reload();
    Q_EMIT formatChanged();
}

}  // namespace vida3::app
