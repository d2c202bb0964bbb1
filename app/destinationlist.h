// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "encoder/error.h"
#include "encoder/expected.h"
#include "encoder/output.h"
#include "studio/destination/destination.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace vida3::studio {
struct PlatformPreset;
class PresetTable;
struct SessionStats;
}  // namespace vida3::studio

namespace vida3::app {

class DestinationEditor;
class DestinationKeeper;
class DestinationRow;
class SessionController;

// The named destinations, one row each, restored at start-up (keys from the secret store once it
// answers). Adds, edits and removes them through the DestinationEditor and the keeper; starts,
// stops, retries and reconnects each on its own, or every included one at once (Go Live).
class DestinationList : public QWidget
{
    Q_OBJECT

public:
    DestinationList(SessionController &controller, DestinationKeeper &keeper, const studio::PresetTable &presets,
                    QString caFile, QWidget *parent = nullptr);
    ~DestinationList() override;

    // The platforms of the destinations Go Live includes, in list order.
    QList<const studio::PlatformPreset *> includedPlatforms() const;
    // Go Live can start something: an included destination with a key, and one shared encode fits.
    bool canGoLive() const;
    void setEncodeFits(bool fits);
    // Adds the destination (or replaces the one of that name), included, and keeps its key.
    void add(const studio::Destination &destination, const QString &streamKey);
    // What the go-live checklist asks of each included destination.
    struct Readiness
    {
        QString name;
        bool hasKey = false;
        QStringList problems;  // the platform's rules the server or key breaks (never the key itself)
    };
    QList<Readiness> includedReadiness() const;
    // Starts every included destination that is not running; the first error, if any.
    Status startIncluded();

    DestinationEditor *editor() const { return m_editor; }
    DestinationRow *row(const QString &name) const;
    QStringList names() const;

public Q_SLOTS:
    void openEditorForNew();

Q_SIGNALS:
    // The included set or a platform changed: the shared encode must be fitted again.
    void selectionChanged();
    // Go Live's readiness may have changed.
    void readinessChanged();
    void problem(const QString &text);

private:
    struct Entry
    {
        studio::Destination destination;
        QString streamKey;
        DestinationRow *row = nullptr;
    };

    void addEntry(const studio::Destination &destination, const QString &streamKey, bool included);
    void onSaved(const QString &previousName, const studio::Destination &destination, const QString &streamKey);
    void onKeyRestored(const QString &name, const QString &streamKey);
    void onStats(const studio::SessionStats &stats);
    Status start(const Entry &entry);
    void edit(const QString &name);
    // False when there is no such row or it is running.
    bool removeRow(const QString &name);
    void updateRow(const Entry &entry);
    Entry *find(const QString &name);
    const Entry *find(const QString &name) const;
    QStringList namesExcept(const QString &name) const;

    SessionController &m_controller;
    DestinationKeeper &m_keeper;
    const studio::PresetTable &m_presets;
    const QString m_caFile;
    QList<Entry> m_entries;
    DestinationEditor *m_editor = nullptr;
    QVBoxLayout *m_rows = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_add = nullptr;
    bool m_encodeFits = true;
};

}  // namespace vida3::app
