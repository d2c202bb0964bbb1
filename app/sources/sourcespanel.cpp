// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/sources/sourcespanel.h"

#include "app/sessioncontroller.h"
#include "app/sources/sourcememory.h"
#include "app/sources/sourcerow.h"
#include "studio/media/cameradevices.h"
#include "studio/media/capturekinds.h"
#include "studio/media/medialayer.h"
#include "studio/media/mediaplayer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace vida3::app {

namespace {
const QString kLayersKey = QStringLiteral("sources/layers");

QString titleOf(const studio::LayerDescription &layer)
{
    if (layer.kind == u"camera")
        return SourcesPanel::tr("Camera “%1”").arg(layer.properties.value(QStringLiteral("device")).toString());
    if (layer.kind == u"screen")
        return SourcesPanel::tr("Screen %1").arg(layer.properties.value(QStringLiteral("display")).toString());
    return QFileInfo(layer.properties.value(QStringLiteral("source")).toString()).fileName();
}
}  // namespace

SourcesPanel::SourcesPanel(SessionController &controller, QSettings &uiSettings, QWidget *parent)
    : QGroupBox(tr("Camera, screen and media"), parent), m_controller(controller), m_settings(uiSettings)
{
    m_cameras = new QComboBox;
    m_cameras->setObjectName(QStringLiteral("cameraDevice"));
    m_addCamera = new QPushButton(tr("Add camera"));
    m_addCamera->setObjectName(QStringLiteral("addCamera"));
    auto *screenButton = new QPushButton(tr("Add screen"));
    screenButton->setObjectName(QStringLiteral("addScreen"));
    screenButton->setToolTip(tr("The whole display this window is on (X11)."));
    auto *mediaButton = new QPushButton(tr("Add media file…"));
    mediaButton->setObjectName(QStringLiteral("addMedia"));
    m_loop = new QCheckBox(tr("Loop"));
    m_loop->setObjectName(QStringLiteral("mediaLoop"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("sourcesMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    m_rows = new QVBoxLayout;
    auto *grid = new QGridLayout(this);
    grid->addLayout(m_rows, 4, 0, 1, 2);
    grid->addWidget(m_cameras, 0, 0);
    grid->addWidget(m_addCamera, 0, 1);
    grid->addWidget(screenButton, 1, 1);
    grid->addWidget(m_loop, 2, 0);
    grid->addWidget(mediaButton, 2, 1);
    grid->addWidget(m_message, 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);

    connect(m_addCamera, &QPushButton::clicked, this, [this] { addCamera(m_cameras->currentText()); });
    connect(screenButton, &QPushButton::clicked, this, [this] { addScreen(QStringLiteral("default")); });
    connect(mediaButton, &QPushButton::clicked, this, &SourcesPanel::chooseMedia);
    refreshCameras();
}

void SourcesPanel::refreshCameras()
{
    m_cameras->clear();
    for (const studio::media::CameraDevice &c : studio::media::listCameras())
        m_cameras->addItem(c.name);
    const bool any = m_cameras->count() > 0;
    if (!any)
        m_cameras->addItem(tr("No camera connected"));
    m_cameras->setEnabled(any);
    m_addCamera->setEnabled(any);
}

QString SourcesPanel::message() const
{
    return m_message->text();
}

void SourcesPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("role", error ? QStringLiteral("error") : QStringLiteral("hint"));
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    m_message->setVisible(!text.isEmpty());
}

bool SourcesPanel::append(const QString &what, studio::LayerDescription layer)
{
    studio::Scene scene = m_controller.scene();
    m_added.append(layer.id);
    scene.layers.append(std::move(layer));
    const bool applied = m_controller.setScene(std::move(scene));
    remember();
    rebuildRows();
    showMessage(applied ? tr("%1 is on top of the scene.").arg(what)
                        : tr("%1 is added to the scene after everything has stopped.").arg(what),
                false);
    return true;
}

bool SourcesPanel::addCamera(const QString &device)
{
    if (auto input = studio::media::cameraInput(device, {}); !input) {
        showMessage(input.error().detail, true);
        return false;
    }
    const studio::Scene &scene = m_controller.scene();
    const QSizeF canvas(scene.canvasSize);
    // Picture-in-picture: a third of the canvas, bottom right, with a small margin.
    const QSizeF size = canvas / 3;
    const QPointF corner(canvas.width() - size.width() - canvas.width() / 40, canvas.height() - size.height() - canvas.height() / 40);
    studio::LayerDescription layer = studio::media::cameraLayer(scene.freeLayerId(QStringLiteral("camera")), device, {}, canvas, scene.topZ());
    layer.geometryPx = QRectF(corner, size);
    return append(tr("Camera “%1”").arg(device), std::move(layer));
}

bool SourcesPanel::addScreen(const QString &screen)
{
    const studio::Scene &scene = m_controller.scene();
    return append(tr("The screen"), studio::media::screenLayer(scene.freeLayerId(QStringLiteral("screen")), screen, true,
                                                               QSizeF(scene.canvasSize), scene.topZ()));
}

bool SourcesPanel::addMedia(const QString &path, bool loop)
{
    studio::media::MediaPlayer::Options probe;
    probe.path = path;
    if (auto player = studio::media::MediaPlayer::open(probe); !player) {  // a broken file changes nothing
        showMessage(player.error().detail, true);
        return false;
    }
    const studio::Scene &scene = m_controller.scene();
    const QString id = scene.freeLayerId(QStringLiteral("media"));
    return append(tr("“%1”").arg(QFileInfo(path).fileName()),
                  studio::media::MediaLayer::fullCanvas(id, path, loop, QSizeF(scene.canvasSize), scene.topZ()));
}

void SourcesPanel::remember()
{
    QStringList lines;
    for (const studio::LayerDescription &layer : m_controller.scene().layers) {
        if (m_added.contains(layer.id))
            lines.append(layerToText(layer));
    }
    m_settings.setValue(kLayersKey, lines);
}

void SourcesPanel::restore()
{
    studio::Scene scene = m_controller.scene();
    QStringList gone;
    for (const QString &line : m_settings.value(kLayersKey).toStringList()) {
        std::optional<studio::LayerDescription> layer = layerFromText(line);
        if (!layer || scene.freeLayerId(layer->id) != layer->id)
            continue;  // unreadable, or the scene file has a layer of that id now
        const QString source = layer->properties.value(QStringLiteral("source")).toString();
        if (layer->kind == studio::media::MediaLayer::kKind && !QFileInfo(source).isFile()) {
            gone.append(source);
            continue;
        }
        m_added.append(layer->id);
        scene.layers.append(*layer);
    }
    if (!m_added.isEmpty())
        m_controller.setScene(std::move(scene));
    remember();  // what is gone is forgotten
    rebuildRows();
    if (!gone.isEmpty())
        showMessage(tr("Not found any more, taken off the scene: %1").arg(gone.join(QStringLiteral(", "))), true);
}

void SourcesPanel::rebuildRows()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const studio::LayerDescription &layer : m_controller.scene().layers) {
        if (!m_added.contains(layer.id))
            continue;
        auto *row = new SourceRow(layer.id, titleOf(layer), layer.kind == studio::media::MediaLayer::kKind);
        connect(row, &SourceRow::pauseToggled, this, &SourcesPanel::setMediaPaused);
        connect(row, &SourceRow::restartRequested, this, &SourcesPanel::restartMedia);
        connect(row, &SourceRow::removeRequested, this, &SourcesPanel::removeSource, Qt::QueuedConnection);
        m_rows->addWidget(row);
    }
}

bool SourcesPanel::removeSource(const QString &id)
{
    if (!m_added.removeOne(id))
        return false;
    studio::Scene scene = m_controller.scene();
    scene.layers.removeIf([&](const studio::LayerDescription &d) { return d.id == id; });
    const bool applied = m_controller.setScene(std::move(scene));
    remember();
    rebuildRows();
    showMessage(applied ? tr("“%1” is off the scene.").arg(id) : tr("“%1” goes off the scene after everything has stopped.").arg(id),
                false);
    return true;
}

bool SourcesPanel::setMediaPaused(const QString &id, bool paused)
{
    std::shared_ptr<studio::media::MediaPlayer> player = m_controller.mediaPlayer(id);
    if (!player)
        return false;
    player->setPaused(paused);
    return true;
}

bool SourcesPanel::restartMedia(const QString &id)
{
    std::shared_ptr<studio::media::MediaPlayer> player = m_controller.mediaPlayer(id);
    if (!player)
        return false;
    player->restart();
    return true;
}

void SourcesPanel::chooseMedia()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Add a media file"), {},
                                                      tr("Video and audio (*.mp4 *.mkv *.mov *.webm *.avi *.flv *.ts "
                                                         "*.mp3 *.m4a *.wav *.flac *.ogg *.opus);;All files (*)"));
    if (!path.isEmpty())
        addMedia(path, m_loop->isChecked());
}

}  // namespace vida3::app
