// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/brandtheme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace vida3::app {

namespace {
// Brand colours: night indigo surfaces, violet for actions, cyan for focus and headings.
const QColor kWindow(0x13, 0x11, 0x20);
const QColor kBase(0x1b, 0x19, 0x30);
const QColor kButton(0x26, 0x22, 0x40);
const QColor kText(0xe9, 0xe7, 0xff);
const QColor kMuted(0x8b, 0x86, 0xb8);
const QColor kViolet(0x7c, 0x4d, 0xff);
const QColor kCyan(0x22, 0xd3, 0xee);

const char kStyleSheet[] = R"(
QStatusBar { background: #0e0d18; border-top: 1px solid #2a2744; }
QStatusBar::item { border: none; }
QLabel#brandTitle { font-size: 20px; font-weight: 600; color: #e9e7ff; }
QLabel#brandTagline { color: #8b86b8; }
QLabel[role="issue"] { color: #ff6b81; }
QLabel[role="hint"] { color: #8b86b8; }
QLabel[role="error"] { color: #ff6b81; }
QLabel[role="info"] { color: #67e8f9; }
QLabel#keychainNotice { background: #231c3d; border: 1px solid #7c4dff; border-radius: 6px;
                        padding: 8px; color: #e9e7ff; }
QGroupBox { border: 1px solid #2a2744; border-radius: 8px; margin-top: 16px; padding: 12px 10px 10px 10px; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; color: #22d3ee; font-weight: 600; }
QLineEdit, QComboBox { padding: 5px 6px; border-radius: 5px; border: 1px solid #3b3566; background: #1b1930; }
QLineEdit:focus, QComboBox:focus { border-color: #22d3ee; }
QComboBox QAbstractItemView { background: #1b1930; border: 1px solid #3b3566; selection-background-color: #7c4dff; }
QLineEdit:disabled, QComboBox:disabled { color: #6b6790; }
QPushButton, QToolButton { padding: 7px 14px; border-radius: 6px; background: #262240; border: 1px solid #3b3566; }
QPushButton:hover, QToolButton:hover { background: #2f2a52; }
QPushButton:disabled { color: #6b6790; background: #1c1a30; border-color: #2a2744; }
QPushButton#goLiveButton { border: none; font-weight: 600; color: white;
    background: qlineargradient(x1:0, y1:0, x2:1, y2:0, stop:0 #6d28d9, stop:1 #4f46e5); }
QPushButton#goLiveButton:hover { background: qlineargradient(x1:0, y1:0, x2:1, y2:0, stop:0 #7c3aed, stop:1 #6366f1); }
QPushButton#goLiveButton[active="true"], QPushButton#recordButton[active="true"] { background: #b91c1c; border: none; color: white; }
QPushButton#goLiveButton:disabled { background: #24213b; color: #6b6790; }
QLabel#statusState[tone="idle"] { color: #a5a1d6; }
QLabel#statusState[tone="busy"] { color: #22d3ee; }
QLabel#statusState[tone="live"] { color: #f87171; font-weight: 600; }
QLabel#statusState[tone="failed"] { color: #ff6b81; }
QLabel#statusRecording { color: #f87171; font-weight: 600; }
)";
}  // namespace

void applyBrandTheme(QApplication &app)
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        app.setStyle(fusion);
    QPalette p;
    p.setColor(QPalette::Window, kWindow);
    p.setColor(QPalette::WindowText, kText);
    p.setColor(QPalette::Base, kBase);
    p.setColor(QPalette::AlternateBase, kButton);
    p.setColor(QPalette::Text, kText);
    p.setColor(QPalette::Button, kButton);
    p.setColor(QPalette::ButtonText, kText);
    p.setColor(QPalette::ToolTipBase, kBase);
    p.setColor(QPalette::ToolTipText, kText);
    p.setColor(QPalette::PlaceholderText, kMuted);
    p.setColor(QPalette::Highlight, kViolet);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, kCyan);
    p.setColor(QPalette::BrightText, kCyan);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, kMuted.darker(130));
    app.setPalette(p);
    app.setStyleSheet(QString::fromUtf8(kStyleSheet));
}

}  // namespace vida3::app
