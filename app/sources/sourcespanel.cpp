// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/sources/sourcespanel.h"

#include "app/sessioncontroller.h"
#include "app/sources/sourcememory.h"
#include "app/sources/sourcerow.h"
#include "app/styleproperty.h"
#include "studio/media/cameradevices.h"
#include "studio/media/capturekinds.h"
#include "studio/media/medialayer.h"
#include "studio/media/mediaplayer.h"
#include "studio/scene/document/layeredits.h"
#include "studio/scene/document/scenedocument.h"

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
    // Long device names never widen the side panel (the list shows them whole).
    m_cameras->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_cameras->setMinimumContentsLength(10);
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
    // Rows follow the scene on air, whoever changed it (the layers panel, undo, a switch).
    connect(&controller.document(), &studio::SceneDocument::changed, this, &SourcesPanel::rebuildRows,
            Qt::QueuedConnection);
    refreshCameras();
    rebuildRows();
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
    setStyleProperty(m_message, "role", error ? QStringLiteral("error") : QStringLiteral("hint"));
    m_message->setVisible(!text.isEmpty());
}

QStringList SourcesPanel::addedIds() const
{
    QStringList ids;
    for (const studio::LayerDescription &layer : m_controller.scene().layers) {
        if (layer.kind == u"camera" || layer.kind == u"screen" || layer.kind == studio::media::MediaLayer::kKind)
            ids.append(layer.id);
    }
    return ids;
}

QString SourcesPanel::programId() const
{
    const studio::SceneCollection &collection = m_controller.document().collection();
    return collection.scenes.value(collection.programIndex()).id;
}

bool SourcesPanel::append(const QString &what, studio::LayerDescription layer)
{
    auto added = studio::layeredits::pasteLayers(m_controller.document(), programId(), {std::move(layer)},
                                                 m_controller.layerKinds());
    if (!added) {
        showMessage(added.error().detail, true);
        return false;
    }
    showMessage(m_controller.sceneWaitsForRestart() ? tr("%1 is added to the scene after everything has stopped.").arg(what)
                                                    : tr("%1 is on top of the scene.").arg(what),
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

void SourcesPanel::restore()
{
    // Before scene collections, what this panel added was kept in the window's settings: it
    // moves into the collection once (not as an undoable step), and the old key goes.
    const QStringList lines = m_settings.value(kLayersKey).toStringList();
    if (lines.isEmpty())
        return;
    studio::SceneDocument &document = m_controller.document();
    const qsizetype program = document.collection().programIndex();
    QStringList gone;
    for (const QString &line : lines) {
        std::optional<studio::LayerDescription> layer = layerFromText(line);
        if (!layer || document.layerIndex(program, layer->id) >= 0)
            continue;  // unreadable, or the scene has a layer of that id now
        const QString source = layer->properties.value(QStringLiteral("source")).toString();
        if (layer->kind == studio::media::MediaLayer::kKind && !QFileInfo(source).isFile()) {
            gone.append(source);
            continue;
        }
        layer->z = document.scene(program).scene.topZ();
        document.insertLayer(program, document.scene(program).scene.layers.size(), *layer);
    }
    m_settings.remove(kLayersKey);
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
    const QStringList added = addedIds();
    for (const studio::LayerDescription &layer : m_controller.scene().layers) {
        if (!added.contains(layer.id))
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
    if (!addedIds().contains(id))
        return false;
    if (const Status removed = studio::layeredits::removeLayers(m_controller.document(), programId(), {id}); !removed) {
        showMessage(removed.error().detail, true);
        return false;
    }
    showMessage(m_controller.sceneWaitsForRestart() ? tr("“%1” goes off the scene after everything has stopped.").arg(id)
                                                    : tr("“%1” is off the scene.").arg(id),
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
