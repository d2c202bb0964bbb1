// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/scene/geometry/canvasgeometry.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>

namespace vida3::studio::geometry {

QTransform canvasToView(QSizeF canvas, QRectF view)
{
    if (canvas.isEmpty() || view.isEmpty())
        return {};
    const double scale = std::min(view.width() / canvas.width(), view.height() / canvas.height());
    const double x = view.x() + (view.width() - canvas.width() * scale) / 2;
    const double y = view.y() + (view.height() - canvas.height() * scale) / 2;
    return QTransform(scale, 0, 0, scale, x, y);
}

QPointF toDevice(QPointF view, double dpr)
{
    return view * dpr;
}

QPointF fromDevice(QPointF device, double dpr)
{
    return dpr > 0 ? device / dpr : device;
}

namespace {
// Which sides of a rectangle a handle moves: left, top, right, bottom.
struct Sides
{
    bool left, top, right, bottom;
};
Sides sidesOf(Handle handle)
{
    return {handle == Handle::TopLeft || handle == Handle::Left || handle == Handle::BottomLeft,
            handle == Handle::TopLeft || handle == Handle::Top || handle == Handle::TopRight,
            handle == Handle::TopRight || handle == Handle::Right || handle == Handle::BottomRight,
            handle == Handle::BottomLeft || handle == Handle::Bottom || handle == Handle::BottomRight};
}
}  // namespace

QPointF toLocal(QPointF point, QRectF rect, double degrees)
{
    if (degrees == 0)
        return point;
    const QPointF c = rect.normalized().center();
    return QTransform().translate(c.x(), c.y()).rotate(-degrees).translate(-c.x(), -c.y()).map(point);
}

QPointF fromLocal(QPointF local, QRectF rect, double degrees)
{
    if (degrees == 0)
        return local;
    const QPointF c = rect.normalized().center();
    return QTransform().translate(c.x(), c.y()).rotate(degrees).translate(-c.x(), -c.y()).map(local);
}

QPolygonF corners(QRectF rect, double degrees)
{
    const QRectF r = rect.normalized();
    QPolygonF polygon;
    for (const QPointF &p : {r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()})
        polygon.append(fromLocal(p, r, degrees));
    return polygon;
}

QRectF boundingBox(QRectF rect, double degrees)
{
    return degrees == 0 ? rect.normalized() : corners(rect, degrees).boundingRect();
}

namespace {
// The point of r that stays put while handle is dragged.
QPointF anchorOf(QRectF r, Handle handle)
{
    switch (handle) {
    case Handle::TopLeft: return r.bottomRight();
    case Handle::Top: return QPointF(r.center().x(), r.bottom());
    case Handle::TopRight: return r.bottomLeft();
    case Handle::Right: return QPointF(r.left(), r.center().y());
    case Handle::BottomRight: return r.topLeft();
    case Handle::Bottom: return QPointF(r.center().x(), r.top());
    case Handle::BottomLeft: return r.topRight();
    case Handle::Left: return QPointF(r.right(), r.center().y());
    default: return r.center();
    }
}
}  // namespace

QRectF resizedRotated(QRectF rect, double degrees, Handle handle, QPointF delta, bool keepAspect, double minSize)
{
    const QRectF r = rect.normalized();
    const QPointF localDelta = QTransform().rotate(-degrees).map(delta);
    const QRectF local = resized(r, handle, localDelta, keepAspect, minSize);
    if (degrees == 0)
        return local;
    // Keep the anchor's place on the canvas: rotation turns around the new centre now.
    const QPointF before = fromLocal(anchorOf(r, handle), r, degrees);
    const QPointF after = fromLocal(anchorOf(local, handle), local, degrees);
    return local.translated(before - after);
}

QMarginsF trimmed(QRectF rect, QMarginsF trim, Handle handle, QPointF delta)
{
    const QRectF r = rect.normalized();
    double left = trim.left(), top = trim.top(), right = trim.right(), bottom = trim.bottom();
    const auto [movesLeft, movesTop, movesRight, movesBottom] = sidesOf(handle);
    if (movesLeft)
        left = std::clamp(left + delta.x(), 0.0, std::max(0.0, r.width() - right - 1));
    if (movesRight)
        right = std::clamp(right - delta.x(), 0.0, std::max(0.0, r.width() - left - 1));
    if (movesTop)
        top = std::clamp(top + delta.y(), 0.0, std::max(0.0, r.height() - bottom - 1));
    if (movesBottom)
        bottom = std::clamp(bottom - delta.y(), 0.0, std::max(0.0, r.height() - top - 1));
    return QMarginsF(left, top, right, bottom);
}

double rotationAt(QPointF centre, QPointF point, double snapStep)
{
    const QPointF d = point - centre;
    double degrees = std::atan2(d.x(), -d.y()) * 180.0 / std::numbers::pi;
    if (snapStep > 0)
        degrees = std::round(degrees / snapStep) * snapStep;
    if (degrees <= -180.0)
        degrees += 360.0;
    return degrees == 0 ? 0.0 : degrees;  // no "-0"
}

QString hitTest(const QList<LayerBox> &bottomToTop, QPointF point)
{
    for (auto it = bottomToTop.crbegin(); it != bottomToTop.crend(); ++it) {
        const QRectF whole = it->rect.normalized();
        const QPointF p = toLocal(point, whole, it->rotation);
        const QRectF r = whole - it->trim;
        if (it->visible && !it->locked && p.x() >= r.left() && p.x() <= r.right() && p.y() >= r.top()
            && p.y() <= r.bottom())
            return it->id;
    }
    return {};
}

Handle handleAt(QRectF rect, QPointF p, double tolerance)
{
    const QRectF r = rect.normalized();
    const bool nearLeft = std::abs(p.x() - r.left()) <= tolerance;
    const bool nearRight = std::abs(p.x() - r.right()) <= tolerance;
    const bool nearTop = std::abs(p.y() - r.top()) <= tolerance;
    const bool nearBottom = std::abs(p.y() - r.bottom()) <= tolerance;
    const bool withinX = p.x() >= r.left() - tolerance && p.x() <= r.right() + tolerance;
    const bool withinY = p.y() >= r.top() - tolerance && p.y() <= r.bottom() + tolerance;
    if (!withinX || !withinY)
        return Handle::None;
    if (nearTop && nearLeft)
        return Handle::TopLeft;
    if (nearTop && nearRight)
        return Handle::TopRight;
    if (nearBottom && nearRight)
        return Handle::BottomRight;
    if (nearBottom && nearLeft)
        return Handle::BottomLeft;
    // Edge handles sit in the middle of each side, like the corners a square of 2 × tolerance.
    const QPointF c = r.center();
    const bool midX = std::abs(p.x() - c.x()) <= tolerance;
    const bool midY = std::abs(p.y() - c.y()) <= tolerance;
    if (nearTop && midX)
        return Handle::Top;
    if (nearBottom && midX)
        return Handle::Bottom;
    if (nearLeft && midY)
        return Handle::Left;
    if (nearRight && midY)
        return Handle::Right;
    return r.contains(p) ? Handle::Move : Handle::None;
}

QRectF resized(QRectF rect, Handle handle, QPointF delta, bool keepAspect, double minSize)
{
    const QRectF r = rect.normalized();
    double left = r.left(), top = r.top(), right = r.right(), bottom = r.bottom();
    const auto [movesLeft, movesTop, movesRight, movesBottom] = sidesOf(handle);
    if (movesLeft)
        left = std::min(left + delta.x(), right - minSize);
    if (movesRight)
        right = std::max(right + delta.x(), left + minSize);
    if (movesTop)
        top = std::min(top + delta.y(), bottom - minSize);
    if (movesBottom)
        bottom = std::max(bottom + delta.y(), top + minSize);
    if (keepAspect && r.width() > 0 && r.height() > 0) {
        const double aspect = r.width() / r.height();
        double w = right - left;
        double h = bottom - top;
        const bool corner = (movesLeft || movesRight) && (movesTop || movesBottom);
        if (corner) {
            // The larger relative change wins; the corner opposite the handle stays put.
            if (std::abs(w / r.width() - 1) >= std::abs(h / r.height() - 1))
                h = w / aspect;
            else
                w = h * aspect;
            if (movesLeft)
                left = right - w;
            else
                right = left + w;
            if (movesTop)
                top = bottom - h;
            else
                bottom = top + h;
        } else if (movesLeft || movesRight) {
            h = w / aspect;
            top = r.center().y() - h / 2;
            bottom = top + h;
        } else if (movesTop || movesBottom) {
            w = h * aspect;
            left = r.center().x() - w / 2;
            right = left + w;
        }
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

namespace {
// The nearest candidate within distance of any of values: (offset, candidate).
std::optional<std::pair<double, double>> nearest(const QList<double> &values, const QList<double> &candidates, double distance)
{
    std::optional<std::pair<double, double>> best;
    for (const double v : values) {
        for (const double c : candidates) {
            const double d = c - v;
            if (std::abs(d) <= distance && (!best || std::abs(d) < std::abs(best->first)))
                best = std::make_pair(d, c);
        }
    }
    return best;
}

void candidates(const QList<QRectF> &others, QSizeF canvas, QList<double> *xs, QList<double> *ys)
{
    *xs = {0, canvas.width() / 2, canvas.width()};
    *ys = {0, canvas.height() / 2, canvas.height()};
    for (const QRectF &o : others) {
        const QRectF r = o.normalized();
        xs->append({r.left(), r.center().x(), r.right()});
        ys->append({r.top(), r.center().y(), r.bottom()});
    }
}

Snap finish(std::optional<std::pair<double, double>> x, std::optional<std::pair<double, double>> y, QSizeF canvas)
{
    Snap snap;
    if (x) {
        snap.offset.setX(x->first);
        snap.guides.append(QLineF(x->second, 0, x->second, canvas.height()));
    }
    if (y) {
        snap.offset.setY(y->first);
        snap.guides.append(QLineF(0, y->second, canvas.width(), y->second));
    }
    return snap;
}
}  // namespace

Snap snapMove(QRectF moving, const QList<QRectF> &others, QSizeF canvas, double distance)
{
    QList<double> xs, ys;
    candidates(others, canvas, &xs, &ys);
    const QRectF r = moving.normalized();
    return finish(nearest({r.left(), r.center().x(), r.right()}, xs, distance),
                  nearest({r.top(), r.center().y(), r.bottom()}, ys, distance), canvas);
}

Snap snapResize(QRectF rect, Handle handle, const QList<QRectF> &others, QSizeF canvas, double distance)
{
    QList<double> xs, ys;
    candidates(others, canvas, &xs, &ys);
    const QRectF r = rect.normalized();
    QList<double> movingX, movingY;
    const Sides moves = sidesOf(handle);
    if (moves.left)
        movingX.append(r.left());
    if (moves.right)
        movingX.append(r.right());
    if (moves.top)
        movingY.append(r.top());
    if (moves.bottom)
        movingY.append(r.bottom());
    return finish(nearest(movingX, xs, distance), nearest(movingY, ys, distance), canvas);
}

EdgeDistances distancesToCanvas(QRectF rect, QSizeF canvas)
{
    const QRectF r = rect.normalized();
    return {r.left(), r.top(), canvas.width() - r.right(), canvas.height() - r.bottom()};
}

QRectF fitted(QRectF rect, QSizeF canvas)
{
    const QRectF r = rect.normalized();
    if (r.isEmpty())
        return QRectF(QPointF(0, 0), canvas);
    const QSizeF size = r.size().scaled(canvas, Qt::KeepAspectRatio);
    return centred(QRectF(QPointF(0, 0), size), canvas);
}

QRectF filled(QRectF rect, QSizeF canvas)
{
    const QRectF r = rect.normalized();
    if (r.isEmpty())
        return QRectF(QPointF(0, 0), canvas);
    const QSizeF size = r.size().scaled(canvas, Qt::KeepAspectRatioByExpanding);
    return centred(QRectF(QPointF(0, 0), size), canvas);
}

QRectF centred(QRectF rect, QSizeF canvas)
{
    QRectF r = rect.normalized();
    r.moveCenter(QPointF(canvas.width() / 2, canvas.height() / 2));
    return r;
}

QRectF actionSafe(QSizeF canvas)
{
    return QRectF(canvas.width() * 0.035, canvas.height() * 0.035, canvas.width() * 0.93, canvas.height() * 0.93);
}

QRectF titleSafe(QSizeF canvas)
{
    return QRectF(canvas.width() * 0.05, canvas.height() * 0.05, canvas.width() * 0.9, canvas.height() * 0.9);
}

QRectF vertical916(QSizeF canvas)
{
    const double width = std::min(canvas.width(), canvas.height() * 9.0 / 16.0);
    return QRectF((canvas.width() - width) / 2, 0, width, canvas.height());
}

}  // namespace vida3::studio::geometry
