// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/remote/remotecontrolpanel.h"

#include "encoder/secretredactor.h"
#include "studio/destination/secretstore.h"
#include "studio/remote/remoteauth.h"
#include "studio/remote/remoteserver.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vida3::app {

namespace {
const QString kEnabledKey = QStringLiteral("remote/enabled");
const QString kPortKey = QStringLiteral("remote/port");
const QString kLanKey = QStringLiteral("remote/lan");
}  // namespace

RemoteControlPanel::RemoteControlPanel(studio::remote::RemoteStudio &studio, QSettings &settings, SecretRedactor &redactor,
                                       QWidget *parent)
    : QGroupBox(tr("Remote control"), parent), m_studio(studio), m_settings(settings), m_redactor(redactor)
{
    setObjectName(QStringLiteral("remoteControl"));
    m_enable = new QCheckBox(tr("Let controllers drive the studio"));
    auto *about = new QLabel(tr("Companion, Stream Deck, Streamer.bot and obs-cmd connect as they do to OBS (obs-websocket 5)."));
    about->setWordWrap(true);
    about->setProperty("role", QStringLiteral("hint"));
    m_enable->setObjectName(QStringLiteral("remoteEnable"));
    m_port = new QSpinBox;
    m_port->setObjectName(QStringLiteral("remotePort"));
    m_port->setRange(1024, 65535);
    m_port->setValue(m_settings.value(kPortKey, studio::remote::RemoteConfig::kDefaultPort).toInt());
    m_port->setAccessibleName(tr("Remote control port"));
    m_lan = new QCheckBox(tr("Also from other computers on the network"));
    m_lan->setObjectName(QStringLiteral("remoteLan"));
    m_lan->setChecked(m_settings.value(kLanKey, false).toBool());
    m_lanWarning = new QLabel(tr("Anyone on your network who has the password can then start and stop your stream."));
    m_lanWarning->setProperty("role", QStringLiteral("error"));
    m_lanWarning->setWordWrap(true);
    m_lanWarning->setVisible(m_lan->isChecked());
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("remotePassword"));
    m_password->setReadOnly(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Remote control password"));
    m_copy = new QPushButton(tr("Copy password"));
    m_copy->setObjectName(QStringLiteral("remoteCopy"));
    m_renew = new QPushButton(tr("New password"));
    m_renew->setObjectName(QStringLiteral("remoteRenew"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("remoteStatus"));
    m_status->setWordWrap(true);

    // The buttons get a row of their own: translated, they would not fit beside the password.
    auto *passwordButtons = new QHBoxLayout;
    passwordButtons->addWidget(m_copy);
    passwordButtons->addWidget(m_renew);
    passwordButtons->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Password"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_enable);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addLayout(passwordButtons);
    layout->addWidget(m_lan);
    layout->addWidget(m_lanWarning);
    layout->addWidget(m_status);

    connect(m_enable, &QCheckBox::toggled, this, &RemoteControlPanel::setEnabledByUser);
    connect(m_lan, &QCheckBox::toggled, this, [this](bool on) {
        m_settings.setValue(kLanKey, on);
        m_lanWarning->setVisible(on);
        if (m_server)
            withPassword([this](const QString &password) { start(password); });
    });
    connect(m_port, &QSpinBox::editingFinished, this, [this] {
        m_settings.setValue(kPortKey, m_port->value());
        if (m_server && m_server->port() != m_port->value())
            withPassword([this](const QString &password) { start(password); });
    });
    connect(m_copy, &QPushButton::clicked, this, &RemoteControlPanel::copyPassword);
    connect(m_renew, &QPushButton::clicked, this, &RemoteControlPanel::renewPassword);
    m_statusTimer.setInterval(1000);
    connect(&m_statusTimer, &QTimer::timeout, this, &RemoteControlPanel::updateStatus);
    m_enable->setChecked(m_settings.value(kEnabledKey, false).toBool());
    updateStatus();
}

RemoteControlPanel::~RemoteControlPanel() = default;

void RemoteControlPanel::useSecretStore(studio::SecretStore *store)
{
    m_store = store;
    if (m_enable->isChecked() && !m_server)
        setEnabledByUser(true);
}

quint16 RemoteControlPanel::port() const
{
    return m_server ? m_server->port() : 0;
}

bool RemoteControlPanel::isListening() const
{
    return m_server != nullptr;
}

void RemoteControlPanel::setEnabledByUser(bool on)
{
    m_settings.setValue(kEnabledKey, on);
    if (!on) {
        stop();
        return;
    }
    withPassword([this](const QString &password) { start(password); });
}

void RemoteControlPanel::withPassword(const std::function<void(const QString &)> &use)
{
    const auto generated = [this, use] {
        const QString password = studio::remote::RemoteAuth::generatePassword();
        m_redactor.addSecret(password);
        // Shown in clear this once, so it can be typed into a controller on another device.
        m_password->setText(password);
        m_password->setEchoMode(QLineEdit::Normal);
        use(password);
        return password;
    };
    if (!m_sessionPassword.isEmpty()) {
        use(m_sessionPassword);
        return;
    }
    studio::SecretStore *store = m_store.data();
    if (!store || !store->isPersistent()) {
        m_sessionPassword = generated();
        m_status->setText(tr("No keychain: this password lasts until the studio quits."));
        return;
    }
    // The store calls back only while this panel (the context) lives.
    store->readSecret(secretName(), this, [this, use, generated](Expected<QString> saved) {
        if (saved && !saved->isEmpty()) {
            m_redactor.addSecret(saved.value());
            m_password->setText(saved.value());
            m_password->setEchoMode(QLineEdit::Password);
            use(saved.value());
            return;
        }
        const QString password = generated();
        if (studio::SecretStore *keychain = m_store.data())
            keychain->writeSecret(secretName(), password, this, [](Status) {});
    });
}

void RemoteControlPanel::start(const QString &password)
{
    m_server.reset();
    studio::remote::RemoteConfig config;
    config.port = static_cast<quint16>(m_port->value());
    config.lan = m_lan->isChecked();
    auto server = std::make_unique<studio::remote::RemoteServer>(config, password, m_studio);
    if (Status listening = server->listen(); !listening) {
        m_status->setText(tr("Remote control is off: %1").arg(m_redactor.redact(listening.error().detail)));
        m_status->setProperty("role", QStringLiteral("error"));
        Q_EMIT listeningChanged(false);
        return;
    }
    m_server = std::move(server);
    m_statusTimer.start();
    updateStatus();
    Q_EMIT listeningChanged(true);
}

void RemoteControlPanel::stop()
{
    if (m_server)
        m_server->shutdown();
    m_server.reset();
    m_statusTimer.stop();
    updateStatus();
    Q_EMIT listeningChanged(false);
}

void RemoteControlPanel::renewPassword()
{
    const QString password = studio::remote::RemoteAuth::generatePassword();
    m_redactor.addSecret(password);
    m_password->setText(password);
    m_password->setEchoMode(QLineEdit::Normal);
    studio::SecretStore *store = m_store.data();
    if (store && store->isPersistent())
        store->writeSecret(secretName(), password, this, [](Status) {});
    else
        m_sessionPassword = password;
    if (m_server)
        start(password);  // every controller has to log in again with the new one
}

void RemoteControlPanel::copyPassword()
{
    if (!m_password->text().isEmpty())
        QApplication::clipboard()->setText(m_password->text());
}

void RemoteControlPanel::updateStatus()
{
    m_port->setEnabled(true);
    m_copy->setEnabled(!m_password->text().isEmpty());
    m_status->setProperty("role", QStringLiteral("hint"));
    if (!m_server) {
        if (!m_enable->isChecked())
            m_status->setText(tr("Off. Nothing listens."));
        return;
    }
    const QString where = m_lan->isChecked() ? tr("every network interface") : QStringLiteral("127.0.0.1");
    m_status->setText(tr("Listening on %1, port %2 · %n controller(s) connected", nullptr, m_server->clientCount())
                          .arg(where)
                          .arg(m_server->port()));
}

}  // namespace vida3::app
