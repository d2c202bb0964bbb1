// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/brandtheme.h"

#include <QApplication>
#include <QGuiApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace vida3::app {

namespace {
struct Colours
{
    QColor window, base, button, text, muted, violet, cyan;
    // Style sheet tokens.
    const char *status, *border, *field, *hover, *disabled, *disabledBorder, *error, *info, *notice, *state;
};

// Brand colours: night indigo surfaces, violet for actions, cyan for focus and headings.
const Colours kDark{QColor(0x13, 0x11, 0x20), QColor(0x1b, 0x19, 0x30), QColor(0x26, 0x22, 0x40), QColor(0xe9, 0xe7, 0xff),
                    QColor(0x8b, 0x86, 0xb8), QColor(0x7c, 0x4d, 0xff), QColor(0x22, 0xd3, 0xee),
                    "#0e0d18", "#2a2744", "#3b3566", "#2f2a52", "#6b6790", "#1c1a30", "#ff6b81", "#67e8f9", "#231c3d", "#a5a1d6"};
// The same brand on paper: darker violet and teal so text keeps a 4.5:1 contrast.
const Colours kLight{QColor(0xf7, 0xf6, 0xfc), QColor(0xff, 0xff, 0xff), QColor(0xec, 0xea, 0xf6), QColor(0x1d, 0x1a, 0x33),
                     QColor(0x5f, 0x5a, 0x85), QColor(0x5b, 0x2e, 0xe0), QColor(0x0e, 0x74, 0x90),
                     "#eceaf6", "#d4d0e8", "#bdb7dc", "#e1ddf3", "#8f8ab0", "#f1f0f7", "#c0183a", "#0e7490", "#efe9ff", "#4b4670"};

QString styleSheet(const Colours &c)
{
    QString sheet = QStringLiteral(R"(
QStatusBar { background: @status; border-top: 1px solid @border; }
QStatusBar::item { border: none; }
QLabel#brandTitle { font-size: 20px; font-weight: 600; color: @text; }
QLabel#brandTagline { color: @muted; }
QLabel[role="issue"] { color: @error; }
QLabel[role="hint"] { color: @muted; }
QLabel[role="error"] { color: @error; }
QLabel[role="info"] { color: @info; }
QLabel#keychainNotice { background: @notice; border: 1px solid @violet; border-radius: 6px;
                        padding: 8px; color: @text; }
QGroupBox { border: 1px solid @border; border-radius: 8px; margin-top: 16px; padding: 12px 10px 10px 10px; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: @cyan; font-weight: 600; }
QLineEdit, QComboBox { padding: 5px 6px; border-radius: 5px; border: 1px solid @field; background: @base; }
QLineEdit:focus, QComboBox:focus { border-color: @cyan; }
QComboBox QAbstractItemView { background: @base; border: 1px solid @field; selection-background-color: @violet; }
QLineEdit:disabled, QComboBox:disabled { color: @disabled; }
QPushButton, QToolButton { padding: 7px 14px; border-radius: 6px; background: @button; border: 1px solid @field; }
QPushButton:hover, QToolButton:hover { background: @hover; }
QPushButton:disabled { color: @disabled; background: @off; border-color: @border; }
QPushButton#goLiveButton { border: none; font-weight: 600; color: white;
    background: qlineargradient(x1:0, y1:0, x2:1, y2:0, stop:0 #6d28d9, stop:1 #4f46e5); }
QPushButton#goLiveButton:hover { background: qlineargradient(x1:0, y1:0, x2:1, y2:0, stop:0 #7c3aed, stop:1 #6366f1); }
QPushButton#goLiveButton[active="true"], QPushButton#recordButton[active="true"] { background: #b91c1c; border: none; color: white; }
QPushButton#goLiveButton:disabled { background: @off; color: @disabled; }
QLabel#statusState[tone="idle"] { color: @state; }
QLabel#statusState[tone="busy"] { color: @info; }
QLabel#statusState[tone="live"] { color: #dc2626; font-weight: 600; }
QLabel#statusState[tone="failed"] { color: @error; }
QLabel#statusRecording { color: #dc2626; font-weight: 600; }
)");
    const QList<QPair<QString, QString>> tokens{
        {QStringLiteral("@status"), QLatin1String(c.status)},   {QStringLiteral("@border"), QLatin1String(c.border)},
        {QStringLiteral("@field"), QLatin1String(c.field)},     {QStringLiteral("@hover"), QLatin1String(c.hover)},
        {QStringLiteral("@disabled"), QLatin1String(c.disabled)}, {QStringLiteral("@off"), QLatin1String(c.disabledBorder)},
        {QStringLiteral("@error"), QLatin1String(c.error)},     {QStringLiteral("@info"), QLatin1String(c.info)},
        {QStringLiteral("@notice"), QLatin1String(c.notice)},   {QStringLiteral("@state"), QLatin1String(c.state)},
        {QStringLiteral("@text"), c.text.name()},               {QStringLiteral("@muted"), c.muted.name()},
        {QStringLiteral("@violet"), c.violet.name()},           {QStringLiteral("@cyan"), c.cyan.name()},
        {QStringLiteral("@base"), c.base.name()},               {QStringLiteral("@button"), c.button.name()},
    };
    for (const auto &[token, colour] : tokens)
        sheet.replace(token, colour);
    return sheet;
}

// The desktop's palette before ours replaced it.
const QPalette &desktopPalette()
{
    static const QPalette palette = QGuiApplication::palette();
    return palette;
}
}  // namespace

Theme themeFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return Theme::Light;
    if (name == QLatin1String("system"))
        return Theme::System;
    return Theme::Dark;
}

QString themeName(Theme theme)
{
    switch (theme) {
    case Theme::Light: return QStringLiteral("light");
    case Theme::System: return QStringLiteral("system");
    case Theme::Dark: break;
    }
    return QStringLiteral("dark");
}

Theme systemTheme()
{
    return desktopPalette().color(QPalette::Window).lightness() >= 128 ? Theme::Light : Theme::Dark;
}

void applyBrandTheme(QApplication &app, Theme theme)
{
    (void)desktopPalette();  // remembered before the first change
    if (theme == Theme::System)
        theme = systemTheme();
    const Colours &c = theme == Theme::Light ? kLight : kDark;
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        app.setStyle(fusion);
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.text);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.button);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.text);
    p.setColor(QPalette::ToolTipBase, c.base);
    p.setColor(QPalette::ToolTipText, c.text);
    p.setColor(QPalette::PlaceholderText, c.muted);
    p.setColor(QPalette::Highlight, c.violet);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, c.cyan);
    p.setColor(QPalette::BrightText, c.cyan);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, theme == Theme::Light ? c.muted.lighter(130) : c.muted.darker(130));
    app.setPalette(p);
    app.setStyleSheet(styleSheet(c));
}

}  // namespace vida3::app
