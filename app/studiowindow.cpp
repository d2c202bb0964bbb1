// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/studiowindow.h"

#include "app/alerts/alertcenter.h"
#include "app/alerts/desktopnotifier.h"
#include "app/browsersourcepanel.h"
#include "app/canvas/canvaseditor.h"
#include "app/history/historydock.h"
#include "app/language.h"
#include "app/scenes/layersdock.h"
#include "app/destinationeditor.h"
#include "app/destinationkeeper.h"
#include "app/destinationlist.h"
#include "app/encodeplan.h"
#include "app/errortext.h"
#include "app/mixer/mixerpanel.h"
#include "app/outputcontrols.h"
#include "app/outputsettingsbox.h"
#include "app/previewwidget.h"
#include "app/remote/remotecontrolpanel.h"
#include "app/remote/schedulepanel.h"
#include "app/remote/windowremote.h"
#include "app/scenes/sceneworkspace.h"
#include "app/scenes/studiomode.h"
#include "app/sessioncontroller.h"
#include "app/sources/sourcespanel.h"
#include "app/stats/statsdock.h"
#include "app/statusline.h"
#include "app/windowlayout.h"
#include "app/windowtools.h"
#include "studio/destination/destinationstore.h"
#include "studio/destination/presettable.h"
#include "studio/destination/secretstore.h"
#include "studio/history/sessionrecorder.h"
#include "studio/privacy/userdata.h"
#include "studio/session/sessionstats.h"
#include "studio/relay/relayhub.h"
#include "studio/relay/relayservice.h"
#include "studio/scene/document/collectionsaver.h"
#include "studio/scene/document/scenedocument.h"
#include "studio/schedule/scheduler.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QScrollArea>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace vida3::app {

namespace {
constexpr int kSidePanelWidth = 430;

QLabel *hintLabel(const QString &objectName, const QString &role)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setProperty("role", role);
    label->setWordWrap(true);
    return label;
}
}  // namespace

StudioWindow::StudioWindow(Services services, QWidget *parent)
    : QMainWindow(parent), m_presets(services.presets), m_initialPresetId(services.initialPresetId)
{
    setWindowTitle(tr("VIDA³ Studio"));
    m_document = std::make_unique<studio::SceneDocument>(services.collection);
    m_saver = std::make_unique<studio::CollectionSaver>(*m_document, services.collectionPath);
    m_controller = new SessionController(*m_document, services.redactor, services.previewSize, this);
    if (services.relaySecrets) {
        studio::relay::RelayConfig relayConfig;
        relayConfig.port = services.relayPort;
        const studio::StreamSession::Settings &current = m_controller->settings();
        m_relay = new studio::relay::RelayService(relayConfig, current.audio.sampleRate, current.audio.channels,
                                                  *services.relaySecrets, services.redactor, this);
        m_relay->allowSessionSecret(true);  // no keychain: tokens for this session, not an environment variable
        m_controller->useBrowserInputs(m_relay->layerFactory(), m_relay->hub());
        connect(m_controller, &SessionController::statsUpdated, m_relay, &studio::relay::RelayService::followOutput);
    }
    m_keeper = new DestinationKeeper(services.destinations, services.uiSettings, this);

    m_preview = new PreviewWidget;
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setFrameSource([controller = m_controller] { return controller->latestPreview(); });

    auto *central = new QWidget;
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(12);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buildSidePanel(services));
    setCentralWidget(central);

    // The preview builds its own layers (its own captures, no media players): nothing it does
    // touches what the programme's render thread uses.
    m_studioMode = new StudioModePanel(*m_document, [controller = m_controller] { return controller->layerKinds(); });
    layout->insertWidget(0, m_studioMode, 1);
    m_workspace = new SceneWorkspace(*this, *m_document, [controller = m_controller] { return controller->layerKinds(); },
                                     m_relay != nullptr, *m_studioMode);
    m_workspace->setBundleFolder(QFileInfo(services.collectionPath).absolutePath() + QStringLiteral("/imported"));
    if (auto *view = findChild<QMenu *>(QStringLiteral("viewMenu")))
        view->addMenu(languageMenu(services.uiSettings, this));
    LayersDock *layers = m_workspace->layers();
    m_canvas = new CanvasEditor(*m_document, *layers->model(), *layers->selection(), *m_preview);
    auto *studioCanvas = new CanvasEditor(*m_document, *layers->model(), *layers->selection(), *m_studioMode->preview());
    studioCanvas->setObjectName(QStringLiteral("studioCanvasEditor"));
    // The canvas edits where the edited scene is shown: the programme, or the studio preview.
    connect(m_studioMode, &StudioModePanel::studioModeChanged, m_canvas, &QWidget::setHidden);
    m_statusLine = new StatusLine;
    statusBar()->addWidget(m_statusLine, 1);
    statusBar()->setSizeGripEnabled(false);

    connect(m_controller, &SessionController::streamStateChanged, m_statusLine, &StatusLine::setStreamState);
    connect(m_controller, &SessionController::recordingStateChanged, this,
            [this](encoder::OutputState state) {
                m_statusLine->setRecording(state == encoder::OutputState::Connecting
                                           || state == encoder::OutputState::Live);
            });
    connect(m_controller, &SessionController::statsUpdated, m_statusLine, &StatusLine::showStats);
    connect(m_list, &DestinationList::selectionChanged, this, &StudioWindow::planEncode);
    connect(m_outputSettings, &OutputSettingsBox::changed, this, &StudioWindow::planEncode);
    connect(m_keeper, &DestinationKeeper::storageChanged, m_keychainNotice, &QLabel::setVisible);
    connect(m_saver.get(), &studio::CollectionSaver::saveFailed, this,
            [this](const QString &reason) { m_controls->showMessage(tr("Scenes not saved: %1").arg(reason), true); });
    connect(m_keeper, &DestinationKeeper::problem, this,
            [this](const Error &error) { m_controls->showMessage(ErrorText::friendly(error), true); });

    buildAutomation(services);
    buildHistory(services);
    buildAlerts(services);
    m_mixer->restore();
    m_sources->restore();
    if (services.secrets)
        useSecretStore(services.secrets);
    // Room for the docks, the preview and the side panel, within the screen.
    const QSize wanted(1600, 900);
    resize(screen() ? wanted.boundedTo(screen()->availableGeometry().size()) : wanted);
    m_tools = new WindowTools({*this, services.uiSettings, services.presets, *m_controller, *m_controls, *m_list, *m_workspace,
                               *m_studioMode, *m_document, *m_mixer, *m_outputSettings, services.recordingFolder,
                               services.checkBeforeGoLive},
                              this);
    m_tools->addDocks();
    connect(m_tools, &WindowTools::formatChanged, this, [this] {
        planEncode();
        const QString folder = m_tools->recordingFolder().isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::MoviesLocation)
            : m_tools->recordingFolder();
        m_alerts->setRecordingFolder(folder);
        m_stats->setRecordingFolder(folder);
    });
    connect(m_tools, &WindowTools::deleteAllDataRequested, this, [this] { deleteAllData(); });
    planEncode();
    m_layout = new WindowLayout(*this, services.uiSettings);
    if (auto *view = findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        view->addSeparator();
        view->addAction(m_layout->resetAction());
    }
    m_layout->restore();
    if (services.offerFirstRun && services.destinations.list().isEmpty()
        && !services.uiSettings.value(QStringLiteral("setup/firstRunDone"), false).toBool())
        QTimer::singleShot(0, m_tools, &WindowTools::openWizard);
}

StudioWindow::~StudioWindow() = default;

DestinationForm *StudioWindow::destinationForm() const
{
    return m_list->editor()->form();
}

QWidget *StudioWindow::buildSidePanel(const Services &services)
{
    auto *panel = new QWidget;
    panel->setObjectName(QStringLiteral("sidePanel"));

    auto *title = new QLabel(tr("VIDA³ Studio"));
    title->setObjectName(QStringLiteral("brandTitle"));
    auto *tagline = new QLabel(tr("Render, encode and stream a live canvas."));
    tagline->setObjectName(QStringLiteral("brandTagline"));

    m_keychainNotice = new QLabel(tr("No keychain available: your stream keys are kept in memory for this session "
                                     "only and never written to disk."));
    m_keychainNotice->setObjectName(QStringLiteral("keychainNotice"));
    m_keychainNotice->setWordWrap(true);
    m_keychainNotice->setVisible(false);

    auto *destinationBox = new QGroupBox(tr("Destinations"));
    auto *boxLayout = new QVBoxLayout(destinationBox);
    m_list = new DestinationList(*m_controller, *m_keeper, services.presets, services.caFile);
    boxLayout->addWidget(m_list);

    m_controls = new OutputControls(*m_controller, *m_list, OutputControls::Options{services.recordingFolder});
    m_outputFormat = hintLabel(QStringLiteral("outputFormat"), QStringLiteral("hint"));
    m_encodeAdjustments = hintLabel(QStringLiteral("encodeAdjustments"), QStringLiteral("info"));
    m_outputSettings = new OutputSettingsBox(services.uiSettings);
    m_outputSettings->setObjectName(QStringLiteral("outputSettings"));

    auto *layout = new QVBoxLayout(panel);
    m_sideLayout = layout;
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(tagline);
    layout->addWidget(m_keychainNotice);
    layout->addWidget(destinationBox);
    layout->addWidget(m_controls);
    layout->addWidget(m_outputFormat);
    layout->addWidget(m_encodeAdjustments);
    auto *mixerBox = new QGroupBox(tr("Audio mixer"));
    auto *mixerLayout = new QVBoxLayout(mixerBox);
    m_mixer = new MixerPanel(*m_controller, services.uiSettings);
    mixerLayout->addWidget(m_mixer);
    layout->addWidget(mixerBox);
    m_sources = new SourcesPanel(*m_controller, services.uiSettings);
    m_sources->setObjectName(QStringLiteral("sources"));
    layout->addWidget(m_sources);
    if (m_relay) {
        m_browserSources = new BrowserSourcePanel(*m_relay, *m_controller);
        m_browserSources->setObjectName(QStringLiteral("browserSources"));
        layout->addWidget(m_browserSources);
    }
    layout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setAccessibleName(tr("Studio controls"));
    scroll->setObjectName(QStringLiteral("sideScroll"));
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFixedWidth(kSidePanelWidth);
    return scroll;
}

void StudioWindow::buildAutomation(const Services &services)
{
    m_remote = new WindowRemote(*m_controller, *m_document, *m_studioMode, *m_controls, this);
    m_remotePanel = new RemoteControlPanel(*m_remote, services.uiSettings, services.redactor);
    const int beforeStretch = m_sideLayout->count() - 1;
    m_sideLayout->insertWidget(beforeStretch, m_remotePanel);
    if (services.schedulePath.isEmpty())
        return;
    m_scheduler = std::make_unique<studio::Scheduler>(services.schedulePath);
    m_schedulePanel = new SchedulePanel(*m_scheduler, *m_document, *m_controls);
    m_sideLayout->insertWidget(beforeStretch + 1, m_schedulePanel);
    // After the panel listens: a start missed while the studio was closed is reported.
    m_schedulePanel->load();
}

void StudioWindow::buildHistory(const Services &services)
{
    if (services.historyPath.isEmpty())
        return;
    using studio::history::SessionRecorder;
    const studio::history::HistoryStore store(services.historyPath);
    m_historyDock = new HistoryDock(store, services.uiSettings, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_historyDock);
    if (auto *view = findChild<QMenu *>(QStringLiteral("viewMenu")))
        view->insertAction(view->actions().value(4), m_historyDock->toggleViewAction());
    const QString collection = QFileInfo(services.collectionPath).completeBaseName();
    m_sessionRecorder = new SessionRecorder(store, {collection, false, m_historyDock->retentionDays()}, services.redactor, this);
    connect(m_controller, &SessionController::statsUpdated, m_sessionRecorder, &SessionRecorder::onStats);
    connect(m_controller, &SessionController::destinationStateChanged, m_sessionRecorder,
            [recorder = m_sessionRecorder](const QString &name, encoder::OutputState state, const Error &) {
                recorder->onOutputState(name, state);
            });
    connect(m_controller, &SessionController::recordingStateChanged, m_sessionRecorder,
            [recorder = m_sessionRecorder](encoder::OutputState state, const Error &) {
                recorder->onOutputState(studio::StreamSession::recordingOutputName(), state);
            });
    connect(m_controller, &SessionController::allStopped, m_sessionRecorder,
            [recorder = m_sessionRecorder, controller = m_controller] { recorder->onAllStopped(controller->sessionStats()); });
    connect(m_sessionRecorder, &SessionRecorder::recorded, m_historyDock, &HistoryDock::reload);
    connect(m_sessionRecorder, &SessionRecorder::problem, m_controls,
            [controls = m_controls](const QString &text) { controls->showMessage(text, true); });
    connect(m_historyDock, &HistoryDock::retentionChanged, m_sessionRecorder, &SessionRecorder::setRetentionDays);
}

void StudioWindow::buildAlerts(const Services &services)
{
    m_stats = new StatsDock(this);
    addDockWidget(Qt::LeftDockWidgetArea, m_stats);
    if (m_historyDock)
        tabifyDockWidget(m_historyDock, m_stats);
    if (auto *view = findChild<QMenu *>(QStringLiteral("viewMenu")))
        view->insertAction(view->actions().value(4), m_stats->toggleViewAction());
    connect(m_controller, &SessionController::statsUpdated, m_stats, [stats = m_stats](const studio::SessionStats &s) {
        stats->addLine(QJsonDocument::fromJson(studio::statsToJsonLine(s)).object());
    });

    auto *notifier = new DesktopNotifier(this);
    m_alerts = new AlertCenter(*m_controller, services.uiSettings, *notifier, services.redactor, this);
    const QString recordingFolder = services.recordingFolder.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::MoviesLocation)
        : services.recordingFolder;
    m_alerts->setRecordingFolder(recordingFolder);
    m_stats->setRecordingFolder(recordingFolder);
    if (auto *view = findChild<QMenu *>(QStringLiteral("viewMenu")))
        view->addMenu(m_alerts->menu(this));
    connect(notifier, &DesktopNotifier::unavailable, this, [](const QString &reason) {
        qInfo("desktop notifications are unavailable: %s", qUtf8Printable(reason));
    });
}

void StudioWindow::planEncode()
{
    studio::StreamSession::Settings output;
    output.reconnect = m_outputSettings->reconnectPolicy();
    output.adaptiveBitrate = m_outputSettings->adaptiveBitrate();
    output.video.x264Preset = m_outputSettings->x264Preset();
    output.video.encoderKind = m_outputSettings->encoderKind();
    const EncodePlan plan = EncodePlan::make(m_list->includedPlatforms(), m_presets.find(m_initialPresetId), output,
                                             m_tools ? m_tools->format() : OutputFormat{});
    m_list->setEncodeFits(plan.settings.has_value());
    if (!plan.settings) {
        m_outputFormat->setText(plan.problem);
        m_outputFormat->setProperty("role", QStringLiteral("error"));
        m_encodeAdjustments->setVisible(false);
    } else {
        // Applied at once when idle, otherwise as soon as everything has stopped.
        m_controller->applySettings(*plan.settings);
        m_outputFormat->setText(plan.summary);
        m_outputFormat->setProperty("role", QStringLiteral("hint"));
        m_encodeAdjustments->setText(tr("Adjusted so every platform accepts it: %1")
                                         .arg(plan.adjustments.join(QStringLiteral("; "))));
        m_encodeAdjustments->setVisible(!plan.adjustments.isEmpty());
    }
    m_outputFormat->style()->unpolish(m_outputFormat);
    m_outputFormat->style()->polish(m_outputFormat);
}

void StudioWindow::useSecretStore(studio::SecretStore *store)
{
    m_keeper->useSecretStore(store);
    m_remotePanel->useSecretStore(store);
}

void StudioWindow::deleteAllData(bool confirmed)
{
    if (!confirmed) {
        const QStringList places = studio::UserDataPlaces::current().existing();
        QMessageBox box(QMessageBox::Warning, tr("Delete all my data"),
                        tr("This removes everything VIDA³ Studio keeps on this computer: your settings, scenes, "
                           "schedule and session history, and the stream keys, relay secret and remote-control "
                           "password in the keychain. Your recordings stay.\n\nThe studio stops what is live and "
                           "closes first."),
                        QMessageBox::Cancel, this);
        box.setDetailedText(places.join(u'\n'));
        QPushButton *erase = box.addButton(tr("Delete everything"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != erase)
            return;
    }
    m_deleteAllData = true;
    close();
}

void StudioWindow::closeEvent(QCloseEvent *event)
{
    if (m_quitReady || !m_controller->isBusy()) {
        if (!m_deleteAllData)
            m_layout->save();
        event->accept();
        return;
    }
    // Stop first, quit when everything has stopped, or after kQuitTimeoutMs at the latest.
    event->ignore();
    if (m_quitting)
        return;
    m_quitting = true;
    centralWidget()->setEnabled(false);
    m_statusLine->setStreamState(encoder::OutputState::Stopping);
    connect(m_controller, &SessionController::allStopped, this, &StudioWindow::finishQuit);
    QTimer::singleShot(kQuitTimeoutMs, this, &StudioWindow::finishQuit);
    m_controller->stopAll();
}

void StudioWindow::finishQuit()
{
    if (m_quitReady)
        return;
    m_quitReady = true;
    close();
}

}  // namespace vida3::app
