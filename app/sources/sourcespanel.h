// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/scene/layerdescription.h"

#include <QGroupBox>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSettings;
class QVBoxLayout;

namespace vida3::app {

class SessionController;

// "Camera, screen and media": adds a camera (bottom-right corner, a third of the canvas), a
// screen or a media file (full canvas) on top of the scene. Until the scene editor exists this
// is how a creator puts themselves on stream from the window. Each layer gets a fresh id
// ("camera", "camera2", …); a media file is opened first, so a broken one is refused with the
// reason and nothing changes. The cameras, screens and media files of the scene on air are
// listed (media files with Pause/Play and Restart, everything with Remove). Every change is an
// undoable edit of the scene collection, which is saved, so the next start has them too.
class SourcesPanel : public QGroupBox
{
    Q_OBJECT

public:
    SourcesPanel(SessionController &controller, QSettings &uiSettings, QWidget *parent = nullptr);

    // Moves sources remembered by earlier versions (window settings) into the scene on air
    // once; a file that is gone is said and dropped.
    void restore();
    // The camera, screen and media layers of the scene on air, in document order.
    QStringList addedIds() const;
    bool removeSource(const QString &id);
    bool setMediaPaused(const QString &id, bool paused);
    bool restartMedia(const QString &id);

    // The actions behind the buttons; false (with the reason shown) when nothing was added.
    bool addCamera(const QString &device);
    bool addScreen(const QString &screen);
    bool addMedia(const QString &path, bool loop);
    // Lists the cameras connected now.
    void refreshCameras();
    QString message() const;

private:
    void chooseMedia();
    bool append(const QString &what, studio::LayerDescription layer);
    void showMessage(const QString &text, bool error);
    void rebuildRows();
    QString programId() const;

    SessionController &m_controller;
    QSettings &m_settings;
    QVBoxLayout *m_rows = nullptr;
    QComboBox *m_cameras = nullptr;
    QPushButton *m_addCamera = nullptr;
    QCheckBox *m_loop = nullptr;
    QLabel *m_message = nullptr;
};

}  // namespace vida3::app
