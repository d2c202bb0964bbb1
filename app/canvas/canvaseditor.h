// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "studio/scene/geometry/canvasgeometry.h"

#include <QElapsedTimer>
#include <QWidget>

#include <functional>

class QItemSelectionModel;

namespace vida3::studio {
class LayerListModel;
class SceneDocument;
}  // namespace vida3::studio

namespace vida3::app {

class PreviewWidget;

// Direct editing on the preview: drawn over it, with the same selection as the Layers panel.
// Click selects the topmost unlocked layer (Ctrl adds), drag moves, eight handles resize
// (Shift keeps the aspect ratio; Alt crops instead, the content staying in place), the knob above a layer rotates it (Shift: 15° steps; it
// settles on right angles unless Ctrl is held), snapping to the canvas edges and centre lines and to other
// layers with visible guides (Ctrl, or the toggle, turns it off), distance labels to the
// canvas edges. Keyboard: Tab gives it focus; Page Up/Down select the layer above/below;
// arrows nudge 1 px (Shift: 10), Alt+arrows resize; Delete removes; Escape deselects; the
// context menu (right click, Menu key, Shift+F10) fits, fills, centres, reorders, resets and
// switches the guides. One drag or one burst of nudges is one undo step.
class CanvasEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr double kHandlePx = 6;    // half a handle's side, view pixels
    static constexpr double kSnapPx = 10;     // snapping distance, view pixels (OBS's)
    static constexpr int kNudgeBurstMs = 1000;  // nudges closer than this are one undo step
    static constexpr double kRotationHandlePx = 24;  // the rotation knob above the top edge

    CanvasEditor(studio::SceneDocument &document, studio::LayerListModel &layers, QItemSelectionModel &selection,
                 PreviewWidget &preview);

    void setSnapping(bool on) { m_snapping = on; }
    bool snapping() const { return m_snapping; }
    void setSafeAreasShown(bool on);
    void setVerticalGuideShown(bool on);
    QStringList selectedIds() const;
    // Canvas (reference) pixels → widget pixels for the scene being edited.
    QTransform canvasToWidget() const;
    QList<studio::geometry::LayerBox> boxes() const;  // bottom to top
    QSizeF canvasSize() const;
    QString layerKind(const QString &id) const;

    // The context menu's actions (also keyboard shortcuts).
    void arrange(const QString &how);  // "fit", "fill", "centre", "reset"
    void raise(int steps);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString sceneId() const;
    void select(const QStringList &ids);
    void selectNeighbour(int direction);
    QRectF layerRect(const QString &id) const;
    bool isLocked(const QString &id) const;
    double layerRotation(const QString &id) const;
    QMarginsF layerTrim(const QString &id) const;
    void crop(QPointF widgetPos);
    QPointF rotationHandle(const QString &id) const;  // widget pixels
    studio::geometry::Handle handleUnder(const QString &id, QPointF widgetPos) const;
    void rotate(QPointF widgetPos, bool steps15, bool free);
    void drag(QPointF widgetPos, bool noSnap, bool keepAspect);
    void nudge(QPointF delta, bool resize);
    void apply(const QStringList &ids, const QList<QRectF> &rects, const QString &text, const QString &mergeKey);

    studio::SceneDocument &m_document;
    studio::LayerListModel &m_layers;
    QItemSelectionModel &m_selection;
    PreviewWidget &m_preview;
    bool m_snapping = true;
    bool m_safeAreas = false;
    bool m_vertical = false;

    // The gesture under way.
    studio::geometry::Handle m_handle = studio::geometry::Handle::None;
    QPointF m_pressCanvas;
    QStringList m_dragIds;
    QList<QRectF> m_dragStart;
    QMarginsF m_trimStart;  // the crop of the layer a handle is dragging
    QList<QLineF> m_guides;  // canvas pixels
    int m_gesture = 0;
    bool m_dragged = false;  // the pointer moved with the button held
    bool m_rotating = false;  // the gesture turns the layer (its knob was grabbed)
    QString m_toggleOff;     // Ctrl-pressed on a selected layer: deselect it unless dragged
    QElapsedTimer m_lastNudge;
};

}  // namespace vida3::app
