// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/expected.h"
#include "studio/scene/layerfactory.h"

#include <QDockWidget>
#include <QHash>

#include <functional>

class QDoubleSpinBox;
class QFormLayout;
class QItemSelectionModel;
class QLabel;

namespace vida3::studio {
class LayerListModel;
class SceneDocument;
struct FieldSpec;
}  // namespace vida3::studio

namespace vida3::app {

// The Inspector: the selected layer's numeric transform (x, y, width, height, rotation, crop, opacity) and its
// kind's fields, built from the kind's field description (FieldSpec) so a new kind needs no UI
// code. Changes show on the canvas as they are typed; typing in one field is one undo step;
// each field has a reset (back to the kind's default); a value the kind refuses is said and
// changes nothing.
class InspectorDock : public QDockWidget
{
    Q_OBJECT

public:
    InspectorDock(studio::SceneDocument &document, studio::LayerListModel &layers, QItemSelectionModel &selection,
                  std::function<studio::LayerFactory()> kinds, QWidget *parent = nullptr);

    QString layerId() const { return m_layerId; }
    // The editor of a field ("x", "y", "width", "height", "rotation", "opacity" or a kind field);
    // null if none.
    QWidget *editor(const QString &field) const { return m_editors.value(field); }
    // What the inspector's edits do, for keyboard users and tests: set a kind field or reset it.
    Status setField(const QString &field, const QJsonValue &value);
    QString message() const;

private:
    void edit(const QString &field, const QJsonValue &value);
    void rebuild();
    void refreshValues();
    void addTransform();
    void addField(const studio::FieldSpec &spec);
    void applyGeometry();
    void applyTrim();
    void startStepsOnFocus(QWidget *editor);
    void report(const Status &result);
    QString mergeKey(const QString &field) const;

    studio::SceneDocument &m_document;
    studio::LayerListModel &m_layers;
    QItemSelectionModel &m_selection;
    std::function<studio::LayerFactory()> m_kinds;
    QString m_layerId;
    QString m_kind;
    QWidget *m_body = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_message = nullptr;
    QHash<QString, QWidget *> m_editors;
    int m_focusSession = 0;  // a new undo step each time a field gets the focus
    bool m_refreshing = false;
};

}  // namespace vida3::app
