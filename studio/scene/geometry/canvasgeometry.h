// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QLineF>
#include <QMarginsF>
#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QTransform>

namespace vida3::studio::geometry {

// Pure geometry of editing a scene on its canvas: no widgets, no state, table-tested.
// "Canvas" coordinates are reference-canvas pixels (the scene's geometry); "view"
// coordinates are the preview widget's logical pixels; "device" pixels are view × DPR.

enum class Handle { None, Move, TopLeft, Top, TopRight, Right, BottomRight, Bottom, BottomLeft, Left };

// The canvas fitted (aspect kept, centred) into view: canvas → view.
QTransform canvasToView(QSizeF canvas, QRectF view);
QPointF toDevice(QPointF view, double dpr);
QPointF fromDevice(QPointF device, double dpr);

struct LayerBox
{
    QString id;
    QRectF rect;  // canvas pixels
    bool visible = true;
    bool locked = false;
    double rotation = 0;  // degrees clockwise around the rectangle's centre
    QMarginsF trim;       // cropped off each side: only rect minus trim is hit
};

// The topmost visible, unlocked layer under point (canvas px); layers bottom to top. Empty if none.
QString hitTest(const QList<LayerBox> &bottomToTop, QPointF point);

// Rotation is in degrees, clockwise, around the rectangle's centre (y grows downwards).
// point in rect's own, unrotated frame.
QPointF toLocal(QPointF point, QRectF rect, double degrees);
QPointF fromLocal(QPointF local, QRectF rect, double degrees);
QPolygonF corners(QRectF rect, double degrees);  // top-left, top-right, bottom-right, bottom-left
QRectF boundingBox(QRectF rect, double degrees);
// A rotated rect resized by dragging handle by delta (canvas px, as the pointer moved): the
// point opposite the handle stays where it is on the canvas.
QRectF resizedRotated(QRectF rect, double degrees, Handle handle, QPointF delta, bool keepAspect, double minSize = 1.0);
// The rotation the rotation handle gives with the pointer at point: 0 straight up, clockwise,
// in (−180, 180]; snapStep > 0 rounds to its multiples (Shift: 15°).
double rotationAt(QPointF centre, QPointF point, double snapStep);

// Alt-drag of a handle crops: the trim after dragging handle by delta (canvas px, in the
// layer's own frame), each side at least 0 and 1 px of the layer left showing.
QMarginsF trimmed(QRectF rect, QMarginsF trim, Handle handle, QPointF delta);

// The handle of rect (view px) under point: a corner or edge handle within tolerance of it,
// else Move inside the rectangle, else None. Corners win over edges.
Handle handleAt(QRectF rect, QPointF point, double tolerance);

// rect with handle dragged by delta (canvas px). keepAspect holds width:height (corners follow
// the larger movement; edges grow the other side around its centre). Width and height never
// go below minSize; dragging past the opposite edge stops there.
QRectF resized(QRectF rect, Handle handle, QPointF delta, bool keepAspect, double minSize = 1.0);

// Snapping of a moving rectangle's edges and centre to the canvas edges and centre lines and
// to the edges and centres of other rectangles, within distance (canvas px).
struct Snap
{
    QPointF offset;       // add to the rectangle
    QList<QLineF> guides; // the lines it snapped to, across the canvas (canvas px)
};
Snap snapMove(QRectF moving, const QList<QRectF> &others, QSizeF canvas, double distance);
// The same for the edges a resize handle moves (the others stay).
Snap snapResize(QRectF rect, Handle handle, const QList<QRectF> &others, QSizeF canvas, double distance);

// Distances from rect to the canvas edges (left, top, right, bottom) for the labels.
struct EdgeDistances
{
    double left = 0, top = 0, right = 0, bottom = 0;
};
EdgeDistances distancesToCanvas(QRectF rect, QSizeF canvas);

// Right-click arrangements (canvas px): aspect-kept fit inside / fill over the canvas, the
// same size centred.
QRectF fitted(QRectF rect, QSizeF canvas);
QRectF filled(QRectF rect, QSizeF canvas);
QRectF centred(QRectF rect, QSizeF canvas);

// Guides: EBU R 95 action-safe (3.5 %) and title/graphics-safe (5 %) boxes, and the widest
// 9:16 column centred on the canvas (what a vertical crop keeps).
QRectF actionSafe(QSizeF canvas);
QRectF titleSafe(QSizeF canvas);
QRectF vertical916(QSizeF canvas);

}  // namespace vida3::studio::geometry
