// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/studiowindow.h"

#include "app/destinationform.h"
#include "app/destinationkeeper.h"
#include "app/outputcontrols.h"
#include "app/previewwidget.h"
#include "app/sessioncontroller.h"
#include "app/statusline.h"
#include "studio/destination/presettable.h"
#include "studio/destination/secretstore.h"

#include <QCloseEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace vida3::app {

namespace {
constexpr int kSidePanelWidth = 380;
}  // namespace

StudioWindow::StudioWindow(Services services, QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("VIDA³ Studio"));
    m_controller = new SessionController(services.scene, services.redactor, services.previewSize, this);
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
    connect(m_form, &DestinationForm::presetChanged, this, [this](const QString &presetId) {
        if (const studio::PlatformPreset *preset = m_form->preset(); preset && preset->id == presetId)
            m_controller->applyPreset(*preset);
        showOutputFormat();
    });
    connect(m_keeper, &DestinationKeeper::storageChanged, m_keychainNotice, &QLabel::setVisible);
    connect(m_keeper, &DestinationKeeper::restored, this,
            [this](const studio::Destination &destination, const QString &streamKey) {
                // Whatever the user typed meanwhile wins.
                if (!m_form->isEnabled() || !m_form->streamKey().isEmpty())
                    return;
                m_form->setDestination(destination.presetId, destination.serverUrl);
                m_form->setStreamKey(streamKey);
            });

    m_form->setDestination(services.initialPresetId, QString());
    if (const studio::PlatformPreset *preset = m_form->preset())
        m_controller->applyPreset(*preset);
    showOutputFormat();
    if (services.secrets)
        useSecretStore(services.secrets);
    resize(1180, 600);
}

StudioWindow::~StudioWindow() = default;

QWidget *StudioWindow::buildSidePanel(const Services &services)
{
    auto *panel = new QWidget;
    panel->setObjectName(QStringLiteral("sidePanel"));
    panel->setFixedWidth(kSidePanelWidth);

    auto *title = new QLabel(tr("VIDA³ Studio"));
    title->setObjectName(QStringLiteral("brandTitle"));
    auto *tagline = new QLabel(tr("Render, encode and stream a live canvas."));
    tagline->setObjectName(QStringLiteral("brandTagline"));

    m_keychainNotice = new QLabel(tr("No keychain available: your stream key is kept in memory for this session "
                                     "only and never written to disk."));
    m_keychainNotice->setObjectName(QStringLiteral("keychainNotice"));
    m_keychainNotice->setWordWrap(true);
    m_keychainNotice->setVisible(false);

    auto *destinationBox = new QGroupBox(tr("Destination"));
    auto *boxLayout = new QVBoxLayout(destinationBox);
    m_form = new DestinationForm(services.presets);
    boxLayout->addWidget(m_form);

    m_controls = new OutputControls(*m_controller, *m_form, *m_keeper,
                                    OutputControls::Options{services.recordingFolder, services.caFile});

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(tagline);
    layout->addWidget(m_keychainNotice);
    layout->addWidget(destinationBox);
    layout->addWidget(m_controls);
    m_outputFormat = new QLabel;
    m_outputFormat->setObjectName(QStringLiteral("outputFormat"));
    m_outputFormat->setProperty("role", QStringLiteral("hint"));
    m_outputFormat->setWordWrap(true);
    layout->addWidget(m_outputFormat);
    layout->addStretch(1);
    return panel;
}

// What the preset asks of the encoder; when a change waits for the outputs to stop, it shows
// the coming format, which is what the next Go Live or Record uses.
void StudioWindow::showOutputFormat()
{
    const studio::PlatformPreset *preset = m_form->preset();
    if (!preset)
        return;
    m_outputFormat->setText(tr("Output for %1: %2×%3 at %4 fps, video %5 kbps, audio %6 kbps")
                                .arg(preset->displayName)
                                .arg(preset->video.width)
                                .arg(preset->video.height)
                                .arg(preset->video.fps)
                                .arg(preset->video.bitrateKbps)
                                .arg(preset->audio.bitrateKbps));
}

void StudioWindow::useSecretStore(studio::SecretStore *store)
{
    m_keeper->useSecretStore(store);
}

void StudioWindow::closeEvent(QCloseEvent *event)
{
    if (m_quitReady || !m_controller->isBusy()) {
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
