// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QAccessibleWidget>
#include <QHash>

namespace vida3::app {

class CanvasEditor;

// What a screen reader finds on the canvas: the canvas itself, and one child per layer of the
// scene being edited (top first, as the Layers panel lists them) with its name, its kind,
// position and size in the description, and whether it is selected or locked. OBS's preview
// is invisible to screen readers; this one is not.
class CanvasAccessible : public QAccessibleWidget
{
public:
    explicit CanvasAccessible(CanvasEditor *editor);
    ~CanvasAccessible() override;

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;

    CanvasEditor *editor() const;
    // Installs the factory that gives every CanvasEditor this interface (once per process).
    static void install();

private:
    mutable QHash<QString, QAccessible::Id> m_children;  // by layer id, registered with QAccessible
};

}  // namespace vida3::app
