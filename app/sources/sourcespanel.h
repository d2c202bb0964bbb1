// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/scene/layerdescription.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace vida3::app {

class SessionController;

// "Camera, screen and media": adds a camera (bottom-right corner, a third of the canvas), a
// screen or a media file (full canvas) on top of the scene. Until the scene editor exists this
// is how a creator puts themselves on stream from the window. Each layer gets a fresh id
// ("camera", "camera2", …); a media file is opened first, so a broken one is refused with the
// reason and nothing changes.
class SourcesPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit SourcesPanel(SessionController &controller, QWidget *parent = nullptr);

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

    SessionController &m_controller;
    QComboBox *m_cameras = nullptr;
    QPushButton *m_addCamera = nullptr;
    QCheckBox *m_loop = nullptr;
    QLabel *m_message = nullptr;
};

}  // namespace vida3::app
