// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/history/historydock.h"

#include "app/history/sessiongraph.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace vida3::app {

namespace {
constexpr char kDaysSetting[] = "history/days";

QString duration(double seconds)
{
    const auto s = static_cast<qint64>(seconds + 0.5);
    return QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}
}  // namespace

HistoryDock::HistoryDock(studio::history::HistoryStore store, QSettings &settings, QWidget *parent)
    : QDockWidget(tr("Session history"), parent), m_store(std::move(store)), m_settings(settings)
{
    setObjectName(QStringLiteral("sessionHistoryDock"));
    auto *body = new QWidget;
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("sessionList"));
    m_list->setAccessibleName(tr("Kept sessions"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Started"), tr("Duration"), tr("Destinations"), tr("Sent"), tr("Lost"), tr("Reconnects"),
                             tr("Failures")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_graph = new SessionGraph;
    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("sessionDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *exportButton = new QPushButton(tr("Export…"));
    exportButton->setObjectName(QStringLiteral("exportHistory"));
    exportButton->setToolTip(tr("Save every kept session as CSV or JSON lines."));
    auto *deleteButton = new QPushButton(tr("Delete history…"));
    deleteButton->setObjectName(QStringLiteral("deleteHistory"));
    m_days = new QSpinBox;
    m_days->setObjectName(QStringLiteral("historyDays"));
    m_days->setRange(1, 3650);
    m_days->setSuffix(tr(" days"));
    m_days->setValue(retentionDays());
    m_days->setAccessibleName(tr("Keep sessions for"));
    auto *keep = new QLabel(tr("Keep for"));
    keep->setBuddy(m_days);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(keep);
    buttons->addWidget(m_days);
    buttons->addStretch(1);
    buttons->addWidget(exportButton);
    buttons->addWidget(deleteButton);
    auto *note = new QLabel(tr("Kept on this computer only; nothing is ever sent anywhere."));
    note->setWordWrap(true);
    note->setProperty("role", QStringLiteral("hint"));

    auto *layout = new QVBoxLayout(body);
    layout->addWidget(m_list, 3);
    layout->addWidget(m_graph, 2);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    layout->addWidget(note);
    setWidget(body);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &HistoryDock::showChosen);
    connect(exportButton, &QPushButton::clicked, this, &HistoryDock::askExport);
    connect(deleteButton, &QPushButton::clicked, this, &HistoryDock::askDelete);
    connect(m_days, &QSpinBox::valueChanged, this, [this](int days) {
        m_settings.setValue(QLatin1String(kDaysSetting), days);
        Q_EMIT retentionChanged(days);
    });
    reload();
}

int HistoryDock::retentionDays() const
{
    return m_settings.value(QLatin1String(kDaysSetting), studio::history::HistoryStore::kDefaultRetentionDays).toInt();
}

void HistoryDock::reload()
{
    Expected<studio::history::HistoryStore::Loaded> loaded = m_store.load();
    m_records = loaded ? loaded->records : QList<studio::history::SessionRecord>{};
    std::reverse(m_records.begin(), m_records.end());
    m_list->clear();
    const QLocale locale;
    for (const studio::history::SessionRecord &r : std::as_const(m_records)) {
        QStringList names;
        int64_t bytes = 0;
        for (const studio::history::DestinationRecord &d : r.destinations) {
            names.append(d.name);
            bytes += d.bytes;
        }
        if (r.recording) {
            names.append(tr("recording"));
            bytes += r.recording->bytes;
        }
        const int64_t lost = r.missedRender + r.skippedEncode + r.droppedNetwork;
        auto *item = new QTreeWidgetItem(
            QStringList{locale.toString(r.start.toLocalTime(), QLocale::ShortFormat), duration(r.durationS()),
                        names.join(QStringLiteral(", ")), locale.formattedDataSize(bytes), QString::number(lost),
                        QString::number(r.reconnects()), QString::number(r.failures().size())});
        m_list->addTopLevelItem(item);
    }
    m_details->setText(loaded ? (m_records.isEmpty() ? tr("No session kept yet.") : QString())
                              : loaded.error().detail);
    if (!m_records.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    else
        m_graph->setSeries({});
}

void HistoryDock::showChosen()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_records.size())
        return;
    const studio::history::SessionRecord &r = m_records[row];
    m_graph->setSeries(r.series);
    QStringList lines{tr("Frames lost: %1 rendering, %2 encoding, %3 network.").arg(r.missedRender).arg(r.skippedEncode).arg(r.droppedNetwork)};
    for (const studio::history::DestinationRecord &d : r.destinations)
        lines.append(tr("%1 (%2): %3 kbps on average").arg(d.name, d.url).arg(qRound(d.averageKbps)));
    if (r.recording)
        lines.append(tr("Recording: %1").arg(r.recording->path));
    for (const QString &failure : r.failures())
        lines.append(tr("Failed: %1").arg(failure));
    m_details->setText(lines.join(u'\n'));
}

Status HistoryDock::exportTo(const QString &path)
{
    Expected<studio::history::HistoryStore::Loaded> loaded = m_store.load();
    if (!loaded)
        return loaded.error();
    QByteArray bytes;
    if (path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive)) {
        bytes = studio::history::historyToCsv(loaded->records);
    } else {
        for (const studio::history::SessionRecord &r : std::as_const(loaded->records))
            bytes += QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact) + '\n';
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{ErrorCode::FileIo, tr("Cannot write %1: %2").arg(path, file.errorString())};
    return Status::ok();
}

Status HistoryDock::deleteHistory()
{
    Status removed = m_store.removeAll();
    reload();
    return removed;
}

void HistoryDock::askExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the session history"), QStringLiteral("vida3-history.csv"),
                                                      tr("CSV (*.csv);;JSON lines (*.jsonl)"));
    if (path.isEmpty())
        return;
    if (Status saved = exportTo(path); !saved)
        QMessageBox::warning(this, tr("Export the session history"), saved.error().detail);
}

void HistoryDock::askDelete()
{
    const auto answer = QMessageBox::question(this, tr("Delete the session history?"),
                                              tr("Every kept session is removed from this computer. Recordings are not touched."),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (Status removed = deleteHistory(); !removed)
        QMessageBox::warning(this, tr("Delete the session history?"), removed.error().detail);
}

}  // namespace vida3::app
