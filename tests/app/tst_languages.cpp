// SPDX-License-Identifier: GPL-2.0-or-later
// The studio in every language it ships: each catalogue is complete (no unfinished entry, the
// same placeholders as the English), and the window opened in each language shows no English
// where a translation exists, cuts no button or label short, and leaves a screenshot in
// artifacts/languages/ for a person to look at. Run at display scale 1 and 2.
#include "app/language.h"
#include "app/settings/settingsdialog.h"
#include "app/windowtools.h"
#include "windowfixture.h"

#include <QAbstractButton>
#include <QPushButton>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFontDatabase>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QMainWindow>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace vida3;
using namespace vida3::tests;

namespace {
struct Catalogue
{
    int messages = 0;
    QStringList problems;
    QHash<QString, QString> translated;  // English source → its (first) translation, where they differ
    QSet<QString> keptSomewhere;         // sources some context leaves as they are
};

QStringList placeholders(const QString &text)
{
    QStringList found;
    static const QRegularExpression marker(QStringLiteral("%(L?\\d+|n)"));
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

Catalogue readCatalogue(const QString &path)
{
    Catalogue c;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        c.problems.append(QStringLiteral("cannot open %1").arg(path));
        return c;
    }
    QXmlStreamReader xml(&file);
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"message") {
            numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            ++c.messages;
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            QStringList forms;
            if (numerus) {
                while (xml.readNext() != QXmlStreamReader::EndElement || xml.name() != u"translation") {
                    if (xml.isStartElement() && xml.name() == u"numerusform")
                        forms.append(xml.readElementText());
                    if (xml.atEnd())
                        break;
                }
            } else {
                forms.append(xml.readElementText());
            }
            if (!type.isEmpty())
                c.problems.append(QStringLiteral("%1: \"%2\"").arg(type, source));
            for (const QString &form : std::as_const(forms)) {
                if (form.isEmpty())
                    c.problems.append(QStringLiteral("empty: \"%1\"").arg(source));
                else if (placeholders(form) != placeholders(source) && !(numerus && forms.size() == 1))
                    c.problems.append(QStringLiteral("placeholders differ: \"%1\" → \"%2\"").arg(source, form));
            }
            // A text some context keeps as it is ("Start" may stay "Start") is not suspicious anywhere.
            if (!forms.isEmpty() && forms.first() == source)
                c.keptSomewhere.insert(source);
            else if (!forms.isEmpty() && !c.translated.contains(source))
                c.translated.insert(source, forms.first());
        }
    }
    if (xml.hasError())
        c.problems.append(xml.errorString());
    for (const QString &kept : std::as_const(c.keptSomewhere))
        c.translated.remove(kept);
    return c;
}

QString catalogueFile(const QString &language)
{
    return QStringLiteral(VIDA3_SOURCE_DIR "/translations/vida3-studio_%1.ts").arg(language);
}

// What a widget shows as its own text.
QString shownText(const QWidget *w)
{
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        return button->text();
    if (const auto *label = qobject_cast<const QLabel *>(w))
        return label->text();
    if (const auto *box = qobject_cast<const QGroupBox *>(w))
        return box->title();
    if (const auto *dock = qobject_cast<const QDockWidget *>(w))
        return dock->windowTitle();
    return {};
}

// What `root` shows in English though the catalogue translates it (`english`), and what it cuts
// short (`cut`): the checks the window and each dialog pass in every language.
void findProblems(QWidget &root, const Catalogue &catalogue, QStringList &english, QStringList &cut)
{
    for (QWidget *w : root.findChildren<QWidget *>()) {
        if (!w->isVisible())
            continue;
        const QString text = shownText(w);
        if (text.isEmpty())
            continue;
        // A source text the catalogue translates, shown as it is: looked up in the wrong context.
        if (catalogue.translated.contains(text))
            english.append(QStringLiteral("%1 \"%2\"").arg(w->objectName(), text));
        const auto *label = qobject_cast<const QLabel *>(w);
        const bool wraps = label && label->wordWrap();
        if (!wraps && qobject_cast<const QDockWidget *>(w) == nullptr && w->width() + 1 < w->minimumSizeHint().width())
            cut.append(QStringLiteral("%1 \"%2\": %3 px of %4").arg(w->objectName(), text).arg(w->width()).arg(w->minimumSizeHint().width()));
    }
    const auto *mainWindow = qobject_cast<const QMainWindow *>(&root);
    for (QAction *menu : mainWindow ? mainWindow->menuBar()->actions() : QList<QAction *>()) {
        if (catalogue.translated.contains(menu->text()))
            english.append(QStringLiteral("menu \"%1\"").arg(menu->text()));
    }
    // A scroll area that never scrolls sideways must hold its content's width, or the
    // right-hand side of every row is cut off.
    for (const QScrollArea *area : root.findChildren<QScrollArea *>()) {
        if (area->isVisible() && area->widget() && area->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff
            && area->widget()->minimumSizeHint().width() > area->viewport()->width() + 1) {
            QStringList wide;
            for (const QWidget *w : area->widget()->findChildren<QWidget *>()) {
                if (w->isVisible() && w->minimumSizeHint().width() > area->viewport()->width())
                    wide.append(QStringLiteral("%1 %2 %3 px").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                                    .arg(w->minimumSizeHint().width()));
            }
            cut.append(QStringLiteral("%1 needs %2 px of %3: %4").arg(area->objectName()).arg(area->widget()->minimumSizeHint().width())
                           .arg(area->viewport()->width()).arg(wide.join(QStringLiteral(", "))));
        }
    }
}
}  // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void windowInEveryLanguage_data();
    void windowInEveryLanguage();

private:
    WindowFixture m_fixture;
};

void TestLanguages::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("language");
    for (const app::Language &l : app::availableLanguages())
        QTest::newRow(qPrintable(l.code)) << l.code;
}

void TestLanguages::catalogueIsComplete()
{
    QFETCH(QString, language);
    const Catalogue c = readCatalogue(catalogueFile(language));
    QVERIFY2(c.problems.isEmpty(), qPrintable(c.problems.mid(0, 20).join(u'\n')));
    if (language != u"en")  // English holds only the plural forms
        QVERIFY2(c.messages > 400, qPrintable(QString::number(c.messages)));
}

void TestLanguages::windowInEveryLanguage_data()
{
    catalogueIsComplete_data();
}

void TestLanguages::windowInEveryLanguage()
{
    QFETCH(QString, language);
    QVERIFY(m_fixture.setUp());
    app::CatalogueTranslator translator;
    QVERIFY(translator.load(QStringLiteral("vida3-studio_%1").arg(language), QStringLiteral(VIDA3_QM_DIR)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    // Qt's own buttons too (qt6-translations-l10n, which ./run.sh and ./test.sh install).
    std::unique_ptr<QTranslator> qt(language == u"en" ? nullptr : app::installQtTranslator(*qApp, language));
    if (language != u"en")
        QVERIFY2(qt, "Qt's translations are missing (./test.sh installs qt6-translations-l10n)");
    const Catalogue catalogue = readCatalogue(catalogueFile(language));
    if (language == u"ja")  // tofu boxes are no translation
        QVERIFY2(!QFontDatabase::families(QFontDatabase::Japanese).isEmpty(), "no Japanese font (./test.sh installs fonts-vlgothic)");
    {
        std::unique_ptr<app::StudioWindow> window = m_fixture.makeWindow(&m_fixture.secrets());
        window->resize(1280, 800);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTest::qWait(300);

        auto *goLive = requireChild<QAbstractButton>(*window, "goLiveButton");
        QCOMPARE(goLive->text(), QCoreApplication::translate("OutputControls", "Go Live"));
        if (language != u"en")
            QVERIFY2(goLive->text() != u"Go Live", "the catalogue did not load");

        QStringList english;
        QStringList cut;
        findProblems(*window, catalogue, english, cut);
        // The dialogs: every page of Settings, and the go-live checklist.
        app::SettingsDialog *settings = window->tools()->settingsDialog();
        settings->open();
        auto *pages = requireChild<QTabWidget>(*settings, "settingsPages");
        for (int page = 0; page < pages->count(); ++page) {
            pages->setCurrentIndex(page);
            QTest::qWait(50);
            findProblems(*settings, catalogue, english, cut);
        }
        pages->setCurrentIndex(0);
        auto *buttons = requireChild<QDialogButtonBox>(*settings, "");
        if (language != u"en")
            QVERIFY2(buttons->button(QDialogButtonBox::Cancel)->text() != u"Cancel", "Qt's own words are in English");
        const QImage settingsShot = settings->grab().toImage();
        settings->reject();
        QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("shown in English: ") + english.join(QStringLiteral("; "))));
        QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("cut short: ") + cut.join(QStringLiteral("; "))));

        const QImage shot = window->grab().toImage();
        QVERIFY(!shot.isNull());
        const QString folder = QStringLiteral(VIDA3_ARTIFACT_DIR "/languages");
        QVERIFY(QDir().mkpath(folder));
        const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"));
        QVERIFY(shot.save(QStringLiteral("%1/window-%2-scale%3.png").arg(folder, language, scale)));
        QVERIFY(settingsShot.save(QStringLiteral("%1/settings-%2-scale%3.png").arg(folder, language, scale)));
    }
    QCoreApplication::removeTranslator(&translator);
    if (qt)
        QCoreApplication::removeTranslator(qt.get());
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
