// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/destinationlist.h"

#include "app/destinationeditor.h"
#include "app/destinationkeeper.h"
#include "app/destinationrow.h"
#include "app/errortext.h"
#include "app/sessioncontroller.h"
#include "studio/destination/destinationvalidator.h"
#include "studio/destination/presettable.h"
#include "studio/session/sessionstats.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace vida3::app {

using encoder::OutputState;

namespace {
bool isRunning(OutputState state)
{
    return state == OutputState::Connecting || state == OutputState::Live || state == OutputState::Reconnecting
        || state == OutputState::Stopping;
}
}  // namespace

DestinationList::DestinationList(SessionController &controller, DestinationKeeper &keeper,
                                 const studio::PresetTable &presets, QString caFile, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_keeper(keeper), m_presets(presets), m_caFile(std::move(caFile))
{
    m_editor = new DestinationEditor(presets, this);
    m_empty = new QLabel(tr("No destination yet: add X, YouTube, Twitch, Facebook or your own server."));
    m_empty->setObjectName(QStringLiteral("noDestinations"));
    m_empty->setProperty("role", QStringLiteral("hint"));
    m_empty->setWordWrap(true);
    m_add = new QPushButton(tr("Add destination…"));
    m_add->setObjectName(QStringLiteral("addDestinationButton"));

    m_rows = new QVBoxLayout;
    m_rows->setSpacing(6);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addLayout(m_rows);
    layout->addWidget(m_add, 0, Qt::AlignLeft);

    connect(m_add, &QPushButton::clicked, this, &DestinationList::openEditorForNew);
    connect(m_editor, &DestinationEditor::saved, this, &DestinationList::onSaved);
    connect(&m_keeper, &DestinationKeeper::keyRestored, this, &DestinationList::onKeyRestored);
    connect(&m_controller, &SessionController::statsUpdated, this, &DestinationList::onStats);
    connect(&m_controller, &SessionController::destinationStateChanged, this,
            [this](const QString &name, OutputState state, const Error &error) {
                if (Entry *entry = find(name))
                    entry->row->setState(state, error);
                Q_EMIT readinessChanged();
            });

    const QList<studio::Destination> saved = m_keeper.saved();
    for (const studio::Destination &destination : saved)
        addEntry(destination, {}, m_keeper.isEnabled(destination.name));
}

DestinationList::~DestinationList() = default;

void DestinationList::openEditorForNew()
{
    const QString presetId = m_entries.isEmpty() ? QStringLiteral("x") : QStringLiteral("custom");
    m_editor->editNew(presetId, names());
    m_editor->open();
}

void DestinationList::addEntry(const studio::Destination &destination, const QString &streamKey, bool included)
{
    auto *row = new DestinationRow;
    m_entries.append(Entry{destination, streamKey, row});
    row->setIncluded(included);
    updateRow(m_entries.last());
    m_rows->addWidget(row);
    m_empty->setVisible(false);
    const QString name = destination.name;
    connect(row, &DestinationRow::includedChanged, this, [this, name](bool nowIncluded) {
        m_keeper.setEnabled(name, nowIncluded);
        Q_EMIT selectionChanged();
        Q_EMIT readinessChanged();
    });
    connect(row, &DestinationRow::startRequested, this, [this, name] {
        if (const Entry *entry = find(name); entry) {
            if (Status started = start(*entry); !started)
                Q_EMIT problem(tr("%1: %2").arg(name, ErrorText::friendly(started.error())));
        }
    });
    connect(row, &DestinationRow::stopRequested, this, [this, name] { m_controller.stopDestination(name); });
    connect(row, &DestinationRow::reconnectRequested, this, [this, name] { m_controller.reconnectNow(name); });
    connect(row, &DestinationRow::editRequested, this, [this, name] { edit(name); });
    connect(row, &DestinationRow::removeRequested, this, [this, name] {
        if (removeRow(name))
            m_keeper.forget(name);
    });
}

void DestinationList::updateRow(const Entry &entry)
{
    const studio::PlatformPreset *preset = m_presets.find(entry.destination.presetId);
    entry.row->setDestination(entry.destination, preset ? preset->displayName : entry.destination.presetId,
                              !entry.streamKey.isEmpty());
    entry.row->setStartAllowed(m_encodeFits);
}

void DestinationList::onSaved(const QString &previousName, const studio::Destination &destination,
                              const QString &streamKey)
{
    Entry *entry = previousName.isEmpty() ? nullptr : find(previousName);
    if (entry && previousName != destination.name) {
        // A rename: the old name's settings and key go, the new name takes its place.
        m_keeper.forget(previousName);
        const bool included = entry->row->isIncluded();
        removeRow(previousName);
        addEntry(destination, streamKey, included);
    } else if (entry) {
        entry->destination = destination;
        entry->streamKey = streamKey;
        updateRow(*entry);
    } else {
        addEntry(destination, streamKey, true);
    }
    m_keeper.remember(destination, streamKey);
    m_keeper.setEnabled(destination.name, find(destination.name)->row->isIncluded());
    Q_EMIT selectionChanged();
    Q_EMIT readinessChanged();
}

void DestinationList::onKeyRestored(const QString &name, const QString &streamKey)
{
    Entry *entry = find(name);
    if (!entry || !entry->streamKey.isEmpty())
        return;  // whatever the user typed meanwhile wins
    entry->streamKey = streamKey;
    updateRow(*entry);
    Q_EMIT readinessChanged();
}

void DestinationList::onStats(const studio::SessionStats &stats)
{
    for (const studio::OutputSnapshot &snapshot : stats.outputs) {
        if (Entry *entry = find(snapshot.name); entry && isRunning(entry->row->state()))
            entry->row->showSnapshot(snapshot);
    }
}

Status DestinationList::start(const Entry &entry)
{
    if (entry.streamKey.isEmpty())
        return Error{ErrorCode::InvalidDestination, QStringLiteral("no stream key")};
    studio::StreamDestination destination;
    destination.name = entry.destination.name;
    destination.serverUrl = entry.destination.serverUrl;
    destination.streamKey = entry.streamKey;
    destination.backupUrl = entry.destination.backupUrl;
    destination.caFile = m_caFile;
    return m_controller.goLive(destination);
}

void DestinationList::add(const studio::Destination &destination, const QString &streamKey)
{
    onSaved(find(destination.name) ? destination.name : QString(), destination, streamKey);
}

QList<DestinationList::Readiness> DestinationList::includedReadiness() const
{
    QList<Readiness> ready;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!entry.row->isIncluded())
            continue;
        Readiness r{entry.destination.name, !entry.streamKey.isEmpty(), {}};
        if (const studio::PlatformPreset *preset = m_presets.find(entry.destination.presetId)) {
            QList<studio::ValidationIssue> issues = studio::DestinationValidator::validateServerUrl(*preset, entry.destination.serverUrl);
            if (r.hasKey)
                issues.append(studio::DestinationValidator::validateStreamKey(*preset, entry.streamKey));
            for (const studio::ValidationIssue &issue : std::as_const(issues))
                r.problems.append(issue.message);
        }
        ready.append(r);
    }
    return ready;
}

Status DestinationList::startIncluded()
{
    Status first = Status::ok();
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!entry.row->isIncluded() || entry.streamKey.isEmpty() || isRunning(entry.row->state()))
            continue;
        if (Status started = start(entry); !started && first)
            first = started;
    }
    return first;
}

void DestinationList::edit(const QString &name)
{
    const Entry *entry = find(name);
    if (!entry)
        return;
    m_editor->editExisting(entry->destination, entry->streamKey, namesExcept(name));
    m_editor->open();
}

bool DestinationList::removeRow(const QString &name)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        DestinationRow *row = m_entries.at(i).row;
        if (m_entries.at(i).destination.name != name || isRunning(row->state()))
            continue;
        m_entries.removeAt(i);
        // Its own button may be what asked: delete it once that signal has returned.
        m_rows->removeWidget(row);
        row->hide();
        row->deleteLater();
        m_empty->setVisible(m_entries.isEmpty());
        Q_EMIT selectionChanged();
        Q_EMIT readinessChanged();
        return true;
    }
    return false;
}

QList<const studio::PlatformPreset *> DestinationList::includedPlatforms() const
{
    QList<const studio::PlatformPreset *> platforms;
    for (const Entry &entry : m_entries) {
        const studio::PlatformPreset *preset = m_presets.find(entry.destination.presetId);
        if (preset && entry.row->isIncluded() && !platforms.contains(preset))
            platforms.append(preset);
    }
    return platforms;
}

bool DestinationList::canGoLive() const
{
    return m_encodeFits && std::any_of(m_entries.cbegin(), m_entries.cend(), [](const Entry &entry) {
        return entry.row->isIncluded() && !entry.streamKey.isEmpty();
    });
}

void DestinationList::setEncodeFits(bool fits)
{
    m_encodeFits = fits;
    for (const Entry &entry : std::as_const(m_entries))
        entry.row->setStartAllowed(fits);
    Q_EMIT readinessChanged();
}

DestinationRow *DestinationList::row(const QString &name) const
{
    const Entry *entry = find(name);
    return entry ? entry->row : nullptr;
}

QStringList DestinationList::names() const
{
    return namesExcept({});
}

QStringList DestinationList::namesExcept(const QString &name) const
{
    QStringList result;
    for (const Entry &entry : m_entries) {
        if (entry.destination.name != name)
            result.append(entry.destination.name);
    }
    return result;
}

DestinationList::Entry *DestinationList::find(const QString &name)
{
    for (Entry &entry : m_entries) {
        if (entry.destination.name == name)
            return &entry;
    }
    return nullptr;
}

const DestinationList::Entry *DestinationList::find(const QString &name) const
{
    return const_cast<DestinationList *>(this)->find(name);
}

}  // namespace vida3::app
