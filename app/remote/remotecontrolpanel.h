// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/remote/remoteprotocol.h"

#include <QGroupBox>
#include <QPointer>
#include <QTimer>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSpinBox;

namespace vida3 {
class SecretRedactor;
}
namespace vida3::studio {
class SecretStore;
}
namespace vida3::studio::remote {
class RemoteServer;
class RemoteStudio;
}  // namespace vida3::studio::remote

namespace vida3::app {

// "Remote control": lets obs-websocket 5 controllers (Companion, Stream Deck plugins,
// Streamer.bot, obs-cmd) drive the studio. Off until the user turns it on; loopback only unless
// "from other computers" is ticked (with a warning); always with a password, generated on first
// use, kept in the keychain (in memory for the session without one) and never written to a
// file or a log. The password shows in clear once, when it is made; Copy puts it on the
// clipboard any time, New password revokes the old one (connected controllers are closed).
class RemoteControlPanel : public QGroupBox
{
    Q_OBJECT

public:
    static QString secretName() { return QLatin1String(studio::remote::kPasswordSecretName); }

    RemoteControlPanel(studio::remote::RemoteStudio &studio, QSettings &settings, SecretRedactor &redactor,
                       QWidget *parent = nullptr);
    ~RemoteControlPanel() override;

    // Where the password is kept; null until the keychain probe answers (then in memory).
    void useSecretStore(studio::SecretStore *store);
    // Listening (or not), for tests and the status bar.
    quint16 port() const;
    bool isListening() const;

Q_SIGNALS:
    void listeningChanged(bool listening);

private:
    void setEnabledByUser(bool on);
    void withPassword(const std::function<void(const QString &)> &use);
    void start(const QString &password);
    void stop();
    void renewPassword();
    void copyPassword();
    void updateStatus();

    studio::remote::RemoteStudio &m_studio;
    QSettings &m_settings;
    SecretRedactor &m_redactor;
    QPointer<studio::SecretStore> m_store;
    QString m_sessionPassword;  // without a keychain: this session's only
    std::unique_ptr<studio::remote::RemoteServer> m_server;
    QCheckBox *m_enable = nullptr;
    QSpinBox *m_port = nullptr;
    QCheckBox *m_lan = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_renew = nullptr;
    QLabel *m_lanWarning = nullptr;
    QTimer m_statusTimer;
};

}  // namespace vida3::app
