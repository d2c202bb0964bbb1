// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/scenes/inspectordock.h"

#include "app/scenes/dockparts.h"
#include "studio/scene/document/layeredits.h"
#include "studio/scene/document/scenedocument.h"
#include "studio/scene/models/layerlistmodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace vida3::app {

namespace {
const studio::LayerDescription *findLayer(const studio::SceneDocument &document, const QString &sceneId, const QString &id)
{
    const qsizetype scene = document.sceneIndex(sceneId);
    const qsizetype at = document.layerIndex(scene, id);
    return at < 0 ? nullptr : &document.scene(scene).scene.layers.at(at);
}

QString jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return {};
}
}  // namespace

InspectorDock::InspectorDock(studio::SceneDocument &document, studio::LayerListModel &layers, QItemSelectionModel &selection,
                             std::function<studio::LayerFactory()> kinds, QWidget *parent)
    : QDockWidget(tr("Inspector"), parent), m_document(document), m_layers(layers), m_selection(selection),
      m_kinds(std::move(kinds))
{
    setObjectName(QStringLiteral("inspectorDock"));
    auto *scroll = new QScrollArea;
    scroll->setAccessibleName(tr("Layer properties"));
    scroll->setWidgetResizable(true);
    auto *outer = new QWidget;
    auto *layout = new QVBoxLayout(outer);
    m_body = new QWidget;
    m_form = new QFormLayout(m_body);
    m_message = refusalLabel(QStringLiteral("inspectorMessage"));
    layout->addWidget(m_body);
    layout->addWidget(m_message);
    layout->addStretch(1);
    scroll->setWidget(outer);
    setWidget(scroll);
    connect(&selection, &QItemSelectionModel::selectionChanged, this, &InspectorDock::rebuild);
    connect(&layers, &QAbstractItemModel::modelReset, this, &InspectorDock::rebuild);
    connect(&document, &studio::SceneDocument::changed, this, [this] {
        const studio::LayerDescription *layer = findLayer(m_document, m_layers.sceneId(), m_layerId);
        if (!layer || layer->kind != m_kind)
            rebuild();
        else
            refreshValues();
    });
    rebuild();
}

QString InspectorDock::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void InspectorDock::report(const Status &result)
{
    m_message->setText(result ? QString() : result.error().detail);
    m_message->setVisible(!result);
}

QString InspectorDock::mergeKey(const QString &field) const
{
    return QStringLiteral("inspector-%1-%2-%3").arg(m_layerId, field).arg(m_focusSession);
}

void InspectorDock::edit(const QString &field, const QJsonValue &value)
{
    (void)setField(field, value);  // the result is shown under the form
}

Status InspectorDock::setField(const QString &field, const QJsonValue &value)
{
    const Status result = studio::layeredits::setProperty(m_document, m_layers.sceneId(), m_layerId, field, value,
                                                          m_kinds(), mergeKey(field));
    report(result);
    return result;
}

void InspectorDock::rebuild()
{
    const QModelIndexList rows = m_selection.selectedRows();
    const QString id = rows.size() == 1 ? m_layers.layerId(rows.first().row()) : QString();
    const studio::LayerDescription *layer = findLayer(m_document, m_layers.sceneId(), id);
    while (QLayoutItem *item = m_form->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_editors.clear();
    m_layerId = layer ? id : QString();
    m_kind = layer ? layer->kind : QString();
    report({});
    if (!layer) {
        m_form->addRow(new QLabel(rows.size() > 1 ? tr("%n layers selected.", nullptr, int(rows.size()))
                                                  : tr("Select a layer to see its settings.")));
        return;
    }
    m_form->addRow(new QLabel(tr("<b>%1</b> \u00B7 %2 layer").arg(layer->id.toHtmlEscaped(), layer->kind)));
    addTransform();
    const studio::LayerFactory kinds = m_kinds();
    if (const studio::LayerKind *kind = kinds.find(layer->kind)) {
        for (const studio::FieldSpec &spec : kind->schema)
            addField(spec);
    }
    refreshValues();
}

void InspectorDock::addTransform()
{
    for (const auto &[key, label] : {std::pair{"x", tr("X")}, std::pair{"y", tr("Y")}, std::pair{"width", tr("Width")},
                                     std::pair{"height", tr("Height")}}) {
        auto *spin = new QDoubleSpinBox;
        const QString field = QString::fromLatin1(key);
        spin->setObjectName(QStringLiteral("inspector_") + field);
        spin->setAccessibleName(label);
        spin->setRange(field == u"x" || field == u"y" ? -100000 : 0, 100000);
        spin->setDecimals(1);
        spin->setSuffix(tr(" px"));
        connect(spin, &QDoubleSpinBox::valueChanged, this, &InspectorDock::applyGeometry);
        startStepsOnFocus(spin);
        m_editors.insert(field, spin);
        m_form->addRow(label, spin);
    }
    auto *rotation = new QDoubleSpinBox;
    rotation->setObjectName(QStringLiteral("inspector_rotation"));
    rotation->setAccessibleName(tr("Rotation"));
    rotation->setRange(-360, 360);
    rotation->setDecimals(1);
    rotation->setSuffix(QStringLiteral("\u00B0"));
    connect(rotation, &QDoubleSpinBox::valueChanged, this, [this](double degrees) {
        if (!m_refreshing)
            report(studio::layeredits::setRotation(m_document, m_layers.sceneId(), {m_layerId}, degrees, mergeKey(QStringLiteral("rotation"))));
    });
    startStepsOnFocus(rotation);
    m_editors.insert(QStringLiteral("rotation"), rotation);
    m_form->addRow(tr("Rotation"), rotation);
    for (const auto &[key, label] : {std::pair{"cropLeft", tr("Crop left")}, std::pair{"cropTop", tr("Crop top")},
                                     std::pair{"cropRight", tr("Crop right")}, std::pair{"cropBottom", tr("Crop bottom")}}) {
        auto *spin = new QDoubleSpinBox;
        const QString field = QString::fromLatin1(key);
        spin->setObjectName(QStringLiteral("inspector_") + field);
        spin->setAccessibleName(label);
        spin->setRange(0, 100000);
        spin->setDecimals(1);
        spin->setSuffix(tr(" px"));
        connect(spin, &QDoubleSpinBox::valueChanged, this, &InspectorDock::applyTrim);
        startStepsOnFocus(spin);
        m_editors.insert(field, spin);
        m_form->addRow(label, spin);
    }
    auto *opacity = new QDoubleSpinBox;
    opacity->setObjectName(QStringLiteral("inspector_opacity"));
    opacity->setAccessibleName(tr("Opacity"));
    opacity->setRange(0, 100);
    opacity->setDecimals(0);
    opacity->setSuffix(QStringLiteral(" %"));
    connect(opacity, &QDoubleSpinBox::valueChanged, this, [this](double percent) {
        if (!m_refreshing)
            report(studio::layeredits::setOpacity(m_document, m_layers.sceneId(), m_layerId, percent / 100.0, mergeKey(QStringLiteral("opacity"))));
    });
    startStepsOnFocus(opacity);
    m_editors.insert(QStringLiteral("opacity"), opacity);
    m_form->addRow(tr("Opacity"), opacity);
}

void InspectorDock::applyGeometry()
{
    if (m_refreshing)
        return;
    auto value = [this](const char *field) { return static_cast<QDoubleSpinBox *>(m_editors.value(QString::fromLatin1(field)))->value(); };
    report(studio::layeredits::setGeometry(m_document, m_layers.sceneId(), {m_layerId},
                                           {QRectF(value("x"), value("y"), value("width"), value("height"))},
                                           tr("Transform %1").arg(m_layerId), mergeKey(QStringLiteral("geometry"))));
}

void InspectorDock::applyTrim()
{
    if (m_refreshing)
        return;
    auto value = [this](const char *field) { return static_cast<QDoubleSpinBox *>(m_editors.value(QString::fromLatin1(field)))->value(); };
    report(studio::layeredits::setTrim(m_document, m_layers.sceneId(), m_layerId,
                                       QMarginsF(value("cropLeft"), value("cropTop"), value("cropRight"), value("cropBottom")),
                                       mergeKey(QStringLiteral("trim"))));
}

void InspectorDock::addField(const studio::FieldSpec &spec)
{
    using Type = studio::FieldSpec::Type;
    QWidget *editor = nullptr;
    const QString field = spec.name;
    switch (spec.type) {
    case Type::Boolean: {
        auto *box = new QCheckBox;
        connect(box, &QCheckBox::toggled, this, [this, field](bool on) { if (!m_refreshing) edit(field, on); });
        editor = box;
        break;
    }
    case Type::Integer: {
        auto *spin = new QSpinBox;
        spin->setRange(int(spec.minimum), int(std::min(spec.maximum, 2e9)));
        connect(spin, &QSpinBox::valueChanged, this, [this, field](int v) { if (!m_refreshing) edit(field, v); });
        editor = spin;
        break;
    }
    case Type::Number: {
        auto *spin = new QDoubleSpinBox;
        spin->setRange(spec.minimum, spec.maximum);
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, field](double v) { if (!m_refreshing) edit(field, v); });
        editor = spin;
        break;
    }
    case Type::Choice: {
        auto *combo = new QComboBox;
        combo->addItems(spec.choices);
        connect(combo, &QComboBox::textActivated, this, [this, field](const QString &v) { edit(field, v); });
        editor = combo;
        break;
    }
    case Type::Json: {
        auto *line = new QLineEdit;
        line->setPlaceholderText(tr("JSON, e.g. {\"left\": 0}"));
        connect(line, &QLineEdit::editingFinished, this, [this, field, line] {
            const QByteArray text = line->text().trimmed().toUtf8();
            const QJsonDocument doc = QJsonDocument::fromJson(text);
            if (text.isEmpty())
                edit(field, QJsonValue(QJsonValue::Undefined));
            else if (doc.isObject())
                edit(field, doc.object());
            else if (doc.isArray())
                edit(field, doc.array());
            else
                report(Error{ErrorCode::InvalidArgument, tr("%1: not valid JSON").arg(field)});
        });
        editor = line;
        break;
    }
    case Type::Text:
    case Type::Color:
    case Type::File: {
        auto *line = new QLineEdit;
        // Live as you type: every keystroke of one focus session is one undo step.
        connect(line, &QLineEdit::textEdited, this, [this, field](const QString &v) { edit(field, v); });
        editor = line;
        if (spec.type == Type::File) {
            auto *row = new QWidget;
            auto *h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            auto *browse = new QToolButton;
            browse->setText(QStringLiteral("\u2026"));
            browse->setAccessibleName(tr("Choose a file for %1").arg(field));
            connect(browse, &QToolButton::clicked, this, [this, field] {
                const QString path = QFileDialog::getOpenFileName(this, tr("Choose a file"));
                if (!path.isEmpty())
                    edit(field, path);
            });
            h->addWidget(line, 1);
            h->addWidget(browse);
            m_editors.insert(field, line);
            line->setObjectName(QStringLiteral("inspector_") + field);
            line->setAccessibleName(field);
            m_form->addRow(field, row);
            return;
        }
        break;
    }
    }
    editor->setObjectName(QStringLiteral("inspector_") + field);
    editor->setAccessibleName(field);
    m_editors.insert(field, editor);
    auto *row = new QWidget;
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto *reset = new QToolButton;
    reset->setObjectName(QStringLiteral("reset_") + field);
    reset->setText(QStringLiteral("\u21BA"));
    reset->setToolTip(tr("Back to the default"));
    reset->setAccessibleName(tr("Reset %1").arg(field));
    connect(reset, &QToolButton::clicked, this, [this, field] {  // a step of its own
        report(studio::layeredits::setProperty(m_document, m_layers.sceneId(), m_layerId, field,
                                               QJsonValue(QJsonValue::Undefined), m_kinds()));
    });
    h->addWidget(editor, 1);
    h->addWidget(reset);
    m_form->addRow(field, row);
    startStepsOnFocus(editor);
}

void InspectorDock::startStepsOnFocus(QWidget *editor)
{
    // Typing in one field is one undo step; the next time a field gets the focus, a new one.
    connect(qApp, &QApplication::focusChanged, editor, [this, editor](QWidget *, QWidget *now) {
        if (now == editor || (now && editor->isAncestorOf(now)))
            ++m_focusSession;
    });
}

void InspectorDock::refreshValues()
{
    const studio::LayerDescription *layer = findLayer(m_document, m_layers.sceneId(), m_layerId);
    if (!layer)
        return;
    m_refreshing = true;
    const QRectF g = layer->geometryPx;
    const QHash<QString, double> numbers{{QStringLiteral("x"), g.x()}, {QStringLiteral("y"), g.y()},
                                         {QStringLiteral("width"), g.width()}, {QStringLiteral("height"), g.height()},
                                         {QStringLiteral("opacity"), layer->opacity * 100},
                                         {QStringLiteral("rotation"), layer->rotation},
                                         {QStringLiteral("cropLeft"), layer->trim.left()},
                                         {QStringLiteral("cropTop"), layer->trim.top()},
                                         {QStringLiteral("cropRight"), layer->trim.right()},
                                         {QStringLiteral("cropBottom"), layer->trim.bottom()}};
    for (auto it = numbers.begin(); it != numbers.end(); ++it) {
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(m_editors.value(it.key())); spin && !spin->hasFocus())
            spin->setValue(it.value());
    }
    const studio::LayerFactory kinds = m_kinds();
    const studio::LayerKind *kind = kinds.find(layer->kind);
    for (const studio::FieldSpec &spec : kind ? kind->schema : QList<studio::FieldSpec>{}) {
        QWidget *editor = m_editors.value(spec.name);
        if (!editor || editor->hasFocus())
            continue;  // never overwrite what is being typed
        const QJsonValue value = layer->properties.contains(spec.name) ? layer->properties.value(spec.name) : spec.defaultValue;
        if (auto *box = qobject_cast<QCheckBox *>(editor))
            box->setChecked(value.toBool());
        else if (auto *ispin = qobject_cast<QSpinBox *>(editor))
            ispin->setValue(value.toInt());
        else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(editor))
            dspin->setValue(value.toDouble());
        else if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentText(value.toString());
        else if (auto *line = qobject_cast<QLineEdit *>(editor))
            line->setText(spec.type == studio::FieldSpec::Type::Json ? jsonText(value) : value.toString());
    }
    m_refreshing = false;
}

}  // namespace vida3::app
