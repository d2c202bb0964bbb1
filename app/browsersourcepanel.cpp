// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/browsersourcepanel.h"

#include "app/connectedsourcesview.h"
#include "app/sessioncontroller.h"
#include "app/styleproperty.h"
#include "studio/relay/relayservice.h"
#include "studio/scene/document/layeredits.h"
#include "studio/scene/document/scenedocument.h"

#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace vida3::app {

using studio::relay::RelayService;

BrowserSourcePanel::BrowserSourcePanel(RelayService &relay, SessionController &controller, QWidget *parent)
    : QGroupBox(tr("Browser sources"), parent), m_relay(relay), m_controller(controller)
{
    m_status = new QLabel(tr("Starting the relay…"));
    m_status->setObjectName(QStringLiteral("relayStatus"));
    m_status->setWordWrap(true);
    m_status->setProperty("role", QStringLiteral("hint"));

    auto *add = new QPushButton(tr("Add browser source…"));
    add->setObjectName(QStringLiteral("addBrowserSource"));
    m_sources = new QComboBox;
    m_sources->setObjectName(QStringLiteral("browserSourceName"));
    for (const studio::LayerDescription &layer : m_controller.scene().layers) {
        if (layer.kind == u"browser")
            m_sources->addItem(layer.properties.value(QStringLiteral("source")).toString());
    }

    m_url = new QLineEdit;
    m_url->setObjectName(QStringLiteral("relayUrl"));
    m_url->setReadOnly(true);
    m_token = new QLineEdit;
    m_token->setObjectName(QStringLiteral("relayToken"));
    m_token->setReadOnly(true);
    m_snippet = new QPlainTextEdit;
    m_snippet->setObjectName(QStringLiteral("relaySnippet"));
    m_snippet->setReadOnly(true);
    m_snippet->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_snippet->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_snippet->setFixedHeight(m_snippet->fontMetrics().lineSpacing() * 4 + 12);

    m_rotate = new QPushButton(tr("Rotate secret…"));
    m_rotate->setObjectName(QStringLiteral("rotateRelaySecret"));
    m_rotate->setEnabled(false);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("browserSourceMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_connected = new ConnectedSourcesView;
    m_connected->setObjectName(QStringLiteral("connectedSources"));

    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Source")), 0, 0);
    grid->addWidget(m_sources, 0, 1);
    grid->addWidget(add, 0, 2);
    grid->addWidget(new QLabel(tr("URL")), 1, 0);
    grid->addWidget(m_url, 1, 1);
    grid->addWidget(copyButton(QStringLiteral("copyRelayUrl"), [this] { return m_url->text(); }), 1, 2);
    grid->addWidget(new QLabel(tr("Token")), 2, 0);
    grid->addWidget(m_token, 2, 1);
    grid->addWidget(copyButton(QStringLiteral("copyRelayToken"), [this] { return m_token->text(); }), 2, 2);
    grid->addWidget(new QLabel(tr("Snippet")), 3, 0, Qt::AlignTop);
    grid->addWidget(m_snippet, 3, 1);
    grid->addWidget(copyButton(QStringLiteral("copyRelaySnippet"), [this] { return m_snippet->toPlainText(); }), 3,
                    2, Qt::AlignTop);
    grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(grid);
    layout->addWidget(m_message);
    layout->addWidget(new QLabel(tr("Connected sources")));
    layout->addWidget(m_connected);
    layout->addWidget(m_rotate, 0, Qt::AlignLeft);

    m_refresh = new QTimer(this);
    m_refresh->setInterval(kRefreshMs);
    connect(m_refresh, &QTimer::timeout, this, &BrowserSourcePanel::refreshSources);
    connect(&m_relay, &RelayService::sourcesChanged, this, &BrowserSourcePanel::refreshSources);
    connect(add, &QPushButton::clicked, this, &BrowserSourcePanel::askForSource);
    connect(m_rotate, &QPushButton::clicked, this, &BrowserSourcePanel::confirmRotate);
    connect(m_sources, &QComboBox::currentTextChanged, this, &BrowserSourcePanel::showDetails);

    showDetails();
    QPointer<BrowserSourcePanel> self(this);
    m_relay.start([self](Status started) {
        if (BrowserSourcePanel *panel = self.data())
            panel->onStarted(started);
    });
}

QPushButton *BrowserSourcePanel::copyButton(const QString &objectName, const std::function<QString()> &text)
{
    auto *button = new QPushButton(tr("Copy"));
    button->setObjectName(objectName);
    connect(button, &QPushButton::clicked, this, [text] {
        if (const QString value = text(); !value.isEmpty())
            QGuiApplication::clipboard()->setText(value);
    });
    return button;
}

void BrowserSourcePanel::onStarted(const Status &started)
{
    if (started) {
        QString text = tr("The relay listens on %1.").arg(m_relay.url().toString());
        if (m_relay.secretIsForThisSession())
            text += QLatin1Char(' ')
                + tr("There is no keychain to keep its secret in, so tokens work until VIDA³ Studio closes.");
        m_status->setText(text);
        m_status->setProperty("role", QStringLiteral("hint"));
        m_refresh->start();
    } else {
        m_status->setText(tr("Browser sources are unavailable: %1").arg(started.error().detail));
        m_status->setProperty("role", QStringLiteral("error"));
    }
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
    m_rotate->setEnabled(m_relay.isRunning());
    showDetails();
    refreshSources();
}

void BrowserSourcePanel::askForSource()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add browser source"),
                                               tr("Name of the browser source (the page streams under this name):"),
                                               QLineEdit::Normal, {}, &ok);
    if (ok)
        addSource(name);
}

bool BrowserSourcePanel::addSource(const QString &wanted)
{
    const QString name = wanted.trimmed();
    if (name.isEmpty()) {
        showMessage(tr("A browser source needs a name."), true);
        return false;
    }
    if (m_sources->findText(name) >= 0) {
        showMessage(tr("There is already a browser source called “%1”.").arg(name), true);
        return false;
    }
    studio::Scene scene = m_controller.scene();
    const qsizetype before = scene.layers.size();
    RelayService::addFullCanvasSources(scene, {name});
    const studio::SceneCollection &collection = m_controller.document().collection();
    auto added = studio::layeredits::pasteLayers(m_controller.document(), collection.scenes.value(collection.programIndex()).id,
                                                 scene.layers.mid(before), m_controller.layerKinds());
    if (!added) {
        showMessage(added.error().detail, true);
        return false;
    }
    const bool applied = !m_controller.sceneWaitsForRestart();
    m_sources->addItem(name);
    m_sources->setCurrentText(name);
    showMessage(applied ? tr("“%1” is on top of the scene.").arg(name)
                        : tr("“%1” is added to the scene after everything has stopped.").arg(name),
                false);
    return true;
}

void BrowserSourcePanel::confirmRotate()
{
    const auto answer = QMessageBox::question(
        this, tr("Rotate the relay secret?"),
        tr("Every browser-source token given out so far stops working at once and connected pages are "
           "disconnected. Pages need the new token shown here to stream again."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        rotateSecret();
}

void BrowserSourcePanel::rotateSecret()
{
    m_rotate->setEnabled(false);
    QPointer<BrowserSourcePanel> self(this);
    m_relay.rotateSecret([self](Status rotated) {
        if (BrowserSourcePanel *panel = self.data())
            panel->onRotated(rotated);
    });
}

void BrowserSourcePanel::onRotated(const Status &rotated)
{
    m_rotate->setEnabled(m_relay.isRunning());
    if (!rotated) {
        showMessage(tr("The secret was not rotated: %1").arg(rotated.error().detail), true);
        return;
    }
    showMessage(tr("New secret: every earlier token stopped working."), false);
    showDetails();
}

void BrowserSourcePanel::showDetails()
{
    const QString name = m_sources->currentText();
    const bool running = m_relay.isRunning();
    m_url->setText(running ? m_relay.url().toString() : QString());
    QString token;
    if (running && !name.isEmpty()) {
        if (Expected<QString> issued = m_relay.issueToken(name, kTokenTtlSec))
            token = issued.value();
    }
    m_token->setText(token);
    m_snippet->setPlainText(token.isEmpty() ? QString() : RelayService::snippet(m_relay.url(), token, name));
    m_token->setPlaceholderText(name.isEmpty() && running ? tr("Add a browser source first") : QString());
}

void BrowserSourcePanel::refreshSources()
{
    m_connected->setSources(m_relay.sources());
}

void BrowserSourcePanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    setStyleProperty(m_message, "role", error ? QStringLiteral("error") : QStringLiteral("info"));
    m_message->setVisible(true);
}

}  // namespace vida3::app
