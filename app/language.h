// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QTranslator>

class QCoreApplication;
class QMenu;
class QSettings;
class QWidget;

namespace vida3::app {

// The languages the studio speaks: English (the source) and the catalogues in translations/.
struct Language
{
    QString code;        // "de", "pt_BR"; the catalogue is vida3-studio_<code>.qm
    QString nativeName;  // as its speakers write it, never translated
};
QList<Language> availableLanguages();

// A catalogue of ours. Qt 6.4's lupdate files the classes of nested namespaces
// (`namespace vida3::app {`) under their bare names ("OutputControls"), while QObject::tr looks
// them up qualified ("vida3::app::OutputControls"): this tries the context as asked, then
// without its namespaces.
class CatalogueTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
};

// Where the choice is kept (QSettings, "ui/language"); empty: follow the system.
inline constexpr char kLanguageSetting[] = "ui/language";

// The language to use: `requested` (--language) when given, else the saved choice, else the
// system's. Installs its catalogue (embedded under :/i18n) on application; English needs none.
// Returns the code in use ("en" when no catalogue applies).
QString installLanguage(QCoreApplication &application, const QString &requested, const QSettings &settings);

// Qt's own words (OK, Cancel, Apply, the file dialog) in `code`'s language from
// qt6-translations-l10n, installed on application; null when that package is missing (they stay
// English; everything of ours is still translated). installLanguage() calls it.
QTranslator *installQtTranslator(QCoreApplication &application, const QString &code);

// View > Language: "Follow the system" and every language in its own name. A choice is saved
// and applies at the next start (said in a message box over parent).
QMenu *languageMenu(QSettings &settings, QWidget *parent);

}  // namespace vida3::app
