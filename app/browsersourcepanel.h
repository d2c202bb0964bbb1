// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace vida3::studio::relay {
class RelayService;
}

namespace vida3::app {

class ConnectedSourcesView;
class SessionController;

// Browser sources: adds a full-canvas browser layer on top of the scene, shows what a page
// needs to stream into it (relay URL, token, three-line snippet, each with Copy), rotates the
// relay secret and lists the sources the relay knows. Starts the relay; when it cannot listen
// the reason shows here and the rest of the window keeps working. Tokens are never logged
// nor saved: they live in these widgets and the clipboard only.
class BrowserSourcePanel : public QGroupBox
{
    Q_OBJECT

public:
    static constexpr int kTokenTtlSec = 24 * 3600;
    static constexpr int kRefreshMs = 1000;

    BrowserSourcePanel(studio::relay::RelayService &relay, SessionController &controller,
                       QWidget *parent = nullptr);

    // Adds a full-canvas browser layer called name on top of the scene and selects it.
    // False (with the reason shown) for an empty or taken name.
    bool addSource(const QString &name);
    // A new relay secret without asking: every token given out stops working.
    void rotateSecret();

private:
    void onStarted(const Status &started);
    void onRotated(const Status &rotated);
    void askForSource();
    void confirmRotate();
    void showDetails();
    void refreshSources();
    void showMessage(const QString &text, bool error);
    QPushButton *copyButton(const QString &objectName, const std::function<QString()> &text);

    studio::relay::RelayService &m_relay;
    SessionController &m_controller;
    QLabel *m_status = nullptr;
    QComboBox *m_sources = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_token = nullptr;
    QPlainTextEdit *m_snippet = nullptr;
    QPushButton *m_rotate = nullptr;
    QLabel *m_message = nullptr;
    ConnectedSourcesView *m_connected = nullptr;
    QTimer *m_refresh = nullptr;
};

}  // namespace vida3::app
