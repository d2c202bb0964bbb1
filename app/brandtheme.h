// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

class QApplication;

namespace vida3::app {

// The VIDA³ look: Fusion with a dark indigo palette, violet actions and cyan focus.
void applyBrandTheme(QApplication &app);

}  // namespace vida3::app
