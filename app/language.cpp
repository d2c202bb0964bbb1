// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/language.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

#include <cstring>

namespace vida3::app {

QList<Language> availableLanguages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
            {QStringLiteral("ja"), QStringLiteral("日本語")}};
}

QString CatalogueTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                       int n) const
{
    QString found = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!found.isNull() || !context)
        return found;
    const char *bare = std::strrchr(context, ':');
    return bare ? QTranslator::translate(bare + 1, sourceText, disambiguation, n) : found;
}

QTranslator *installQtTranslator(QCoreApplication &application, const QString &code)
{
    auto *qt = new QTranslator(&application);
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        return qt;
    }
    delete qt;
    return nullptr;
}

QString installLanguage(QCoreApplication &application, const QString &requested, const QSettings &settings)
{
    QString code = requested.isEmpty() ? settings.value(QLatin1String(kLanguageSetting)).toString() : requested;
    const QLocale locale = code.isEmpty() ? QLocale() : QLocale(code);
    auto *translator = new CatalogueTranslator(&application);
    if (translator->load(locale, QStringLiteral("vida3-studio"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
        installQtTranslator(application, translator->language());
        return translator->language();
    }
    delete translator;
    return QStringLiteral("en");
}

QMenu *languageMenu(QSettings &settings, QWidget *parent)
{
    auto *menu = new QMenu(QCoreApplication::translate("LanguageMenu", "&Language"), parent);
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    const QString saved = settings.value(QLatin1String(kLanguageSetting)).toString();
    auto add = [&](const QString &code, const QString &label) {
        QAction *action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(code == saved);
        action->setData(code);
        group->addAction(action);
    };
    add(QString(), QCoreApplication::translate("LanguageMenu", "Follow the system"));
    menu->addSeparator();
    for (const Language &language : availableLanguages())
        add(language.code, language.nativeName);
    QObject::connect(group, &QActionGroup::triggered, menu, [&settings, parent](QAction *action) {
        settings.setValue(QLatin1String(kLanguageSetting), action->data().toString());
        QMessageBox::information(parent, QCoreApplication::translate("LanguageMenu", "Language"),
                                 QCoreApplication::translate("LanguageMenu",
                                                             "The new language applies when you start VIDA³ Studio again."));
    });
    return menu;
}

}  // namespace vida3::app
