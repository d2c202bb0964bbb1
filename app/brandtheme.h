// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

class QApplication;

namespace vida3::app {

// Dark (the VIDA³ night indigo), light, or whichever the desktop uses.
enum class Theme { Dark, Light, System };

// Where the choice is kept (QSettings, "ui/theme": "dark", "light", "system"); dark by default.
inline constexpr char kThemeSetting[] = "ui/theme";
Theme themeFromName(const QString &name);
QString themeName(Theme theme);

// The VIDA³ look: Fusion with violet actions and cyan focus on indigo (dark) or paper (light)
// surfaces. System follows the desktop's palette as Qt found it at start: a light window colour
// means light. It can be applied again at any time (Settings → General).
void applyBrandTheme(QApplication &app, Theme theme = Theme::Dark);
// The theme System resolves to on this desktop.
Theme systemTheme();

}  // namespace vida3::app
