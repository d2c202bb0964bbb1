// SPDX-License-Identifier: GPL-2.0-or-later
// The Browser sources panel against the real relay: URL and token with Copy, adding a source
// layer, a QWebSocket page streaming JPEG into the connected list, and rotating the secret.
#include "app/browsersourcepanel.h"
#include "app/connectedsourcesview.h"
#include "app/sessioncontroller.h"
#include "studio/relay/mediaheader.h"
#include "studio/relay/relaysecret.h"
#include "tests/relay/relaytestmessages.h"
#include "windowfixture.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QWebSocket>

#include <memory>

using namespace vida3;
using namespace vida3::studio::relay;

namespace {
QByteArray jpegFrame(QSize size)
{
    return vida3::tests::videoMessage(MediaCodec::Jpeg, size, vida3::tests::solidJpeg(QColor(0, 200, 0), size));
}

QString hello(const QString &source, const QString &token)
{
    return QStringLiteral(R"({"type":"hello","version":1,"token":"%1","source":"%2","video":{"codecs":["jpeg"],"width":64,"height":48,"fps":30}})")
        .arg(token, source);
}
}  // namespace

class TestBrowserSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsUrlTokenAndConnectedSource();
    void rotatingTheSecretRevokesTokens();

private:
    template <typename T>
    T *child(const char *name) const
    {
        return tests::requireChild<T>(*m_window, name);
    }
    void openWindow();
    bool accepted(QWebSocket &socket, const QString &token);

    std::unique_ptr<tests::WindowFixture> m_fixture;
    std::unique_ptr<app::StudioWindow> m_window;
};

void TestBrowserSources::init()
{
    m_fixture = std::make_unique<tests::WindowFixture>();
    QVERIFY(m_fixture->setUp());
}

void TestBrowserSources::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

void TestBrowserSources::openWindow()
{
    m_window = m_fixture->makeWindow(&m_fixture->secrets(), &m_fixture->secrets());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->browserSources());
    QTRY_VERIFY_WITH_TIMEOUT(!child<QLineEdit>("relayUrl")->text().isEmpty(), 5000);
}

bool TestBrowserSources::accepted(QWebSocket &socket, const QString &token)
{
    QSignalSpy connected(&socket, &QWebSocket::connected);
    QSignalSpy texts(&socket, &QWebSocket::textMessageReceived);
    socket.open(QUrl(child<QLineEdit>("relayUrl")->text()));
    if (!connected.wait(5000))
        return false;
    socket.sendTextMessage(hello(QStringLiteral("demo"), token));
    if (!texts.wait(5000))
        return false;
    return texts.first().first().toString().contains(QStringLiteral("\"accepted\""));
}

void TestBrowserSources::showsUrlTokenAndConnectedSource()
{
    QVERIFY(!qEnvironmentVariableIsEmpty(RelaySecret::environmentVariable()));
    openWindow();
    const QString url = child<QLineEdit>("relayUrl")->text();
    QVERIFY2(QRegularExpression(QStringLiteral("^ws://127\\.0\\.0\\.1:\\d+/v1$")).match(url).hasMatch(), qPrintable(url));
    QVERIFY(child<QLabel>("relayStatus")->text().contains(url));

    // Adding "demo" puts a full-canvas browser layer on top of the scene.
    auto *controller = m_window->findChild<app::SessionController *>();
    QVERIFY(controller);
    const qsizetype layersBefore = controller->scene().layers.size();
    QVERIFY(m_window->browserSources()->addSource(QStringLiteral("demo")));
    QCOMPARE(controller->scene().layers.size(), layersBefore + 1);
    const studio::LayerDescription &top = controller->scene().layers.last();
    QCOMPARE(top.kind, QStringLiteral("browser"));
    QCOMPARE(top.properties.value(QStringLiteral("source")).toString(), QStringLiteral("demo"));
    QVERIFY(!m_window->browserSources()->addSource(QStringLiteral("demo")));  // names are unique

    const QString token = child<QLineEdit>("relayToken")->text();
    QVERIFY(token.count(u'.') == 2);
    QVERIFY(child<QPlainTextEdit>("relaySnippet")->toPlainText().contains(token));
    QVERIFY(child<QPlainTextEdit>("relaySnippet")->toPlainText().contains(url));

    child<QPushButton>("copyRelayUrl")->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), url);
    child<QPushButton>("copyRelayToken")->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), token);
    child<QPushButton>("copyRelaySnippet")->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), child<QPlainTextEdit>("relaySnippet")->toPlainText());
    QGuiApplication::clipboard()->clear();
    QVERIFY(!m_fixture->uiSettings().allKeys().join(u' ').contains(token));

    // A page streaming one JPEG frame under the shown token shows up in the list.
    QWebSocket page;
    QVERIFY(accepted(page, token));
    page.sendBinaryMessage(jpegFrame({64, 48}));
    auto *list = child<app::ConnectedSourcesView>("connectedSources");
    QTRY_VERIFY_WITH_TIMEOUT(list->rowFor(QStringLiteral("demo"))
                                 && list->rowFor(QStringLiteral("demo"))->text(1) == u"jpeg"
                                 && list->rowFor(QStringLiteral("demo"))->text(2) == u"64×48",
                             5000);
    // The relay's stats tick (1 s) fills in when the last message arrived.
    const auto lastSeen = [list] { return list->rowFor(QStringLiteral("demo"))->text(5); };
    QTRY_VERIFY2_WITH_TIMEOUT(lastSeen().endsWith(QStringLiteral(" ago")) || lastSeen() == u"now",
                              qPrintable(lastSeen()), 5000);
    page.close();

    // With the secret from the environment there is nothing to rotate: the panel says why.
    m_window->browserSources()->rotateSecret();
    QTRY_VERIFY(child<QLabel>("browserSourceMessage")->text().contains(QLatin1String(RelaySecret::environmentVariable())));
}

void TestBrowserSources::rotatingTheSecretRevokesTokens()
{
    const QByteArray envSecret = qgetenv(RelaySecret::environmentVariable());
    qunsetenv(RelaySecret::environmentVariable());
    auto restore = qScopeGuard([&] { qputenv(RelaySecret::environmentVariable(), envSecret); });
    openWindow();  // the secret is created in the (memory) keychain
    QVERIFY(m_window->browserSources()->addSource(QStringLiteral("demo")));
    const QString oldToken = child<QLineEdit>("relayToken")->text();
    QVERIFY(!oldToken.isEmpty());
    QWebSocket page;
    QVERIFY(accepted(page, oldToken));

    // The confirmation explains the consequence; Yes rotates.
    QString question;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            question = box->text();
            box->button(QMessageBox::Yes)->click();
        }
    });
    answer.start(50);
    child<QPushButton>("rotateRelaySecret")->click();
    answer.stop();
    QVERIFY(question.contains(QStringLiteral("stops working")));

    QTRY_VERIFY_WITH_TIMEOUT(page.state() == QAbstractSocket::UnconnectedState, 5000);
    QCOMPARE(int(page.closeCode()), 4001);
    QTRY_VERIFY(child<QLineEdit>("relayToken")->text() != oldToken);

    QWebSocket again;
    QSignalSpy closed(&again, &QWebSocket::disconnected);
    QVERIFY(!accepted(again, oldToken));
    QTRY_COMPARE(int(again.closeCode()), 4001);
    QWebSocket fresh;
    QVERIFY(accepted(fresh, child<QLineEdit>("relayToken")->text()));
}

QTEST_MAIN(TestBrowserSources)
#include "tst_browsersources.moc"
