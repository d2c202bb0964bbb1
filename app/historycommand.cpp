// SPDX-License-Identifier: GPL-2.0-or-later
#include "app/historycommand.h"

#include "app/applicationidentity.h"
#include "studio/history/historystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

#include <cstdio>

namespace vida3::app {

namespace {
constexpr int kExitUnreadable = 3;

int fail(const QString &reason)
{
    std::fprintf(stderr, "vida3-studio: %s\n", qUtf8Printable(reason));
    return kExitUnreadable;
}
}  // namespace

void addHistoryOptions(QCommandLineParser &p)
{
    p.addOptions({
        QCommandLineOption(QStringLiteral("history"),
                           QStringLiteral("Print the kept live and recording sessions and exit (JSON lines with --log-format json).")),
        QCommandLineOption(QStringLiteral("history-csv"), QStringLiteral("Export the kept sessions to FILE as CSV and exit."),
                           QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("history-days"),
                           QStringLiteral("Keep sessions for N days (default 90); older ones are removed when a session ends."),
                           QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("no-history"), QStringLiteral("Do not keep this run in the session history.")),
    });
}

Status readHistoryOptions(const QCommandLineParser &p, StudioOptions *o)
{
    o->printHistory = p.isSet(QStringLiteral("history"));
    o->historyCsvPath = p.value(QStringLiteral("history-csv"));
    o->keepHistory = !p.isSet(QStringLiteral("no-history"));
    if (p.isSet(QStringLiteral("history-days"))) {
        bool ok = false;
        const int days = p.value(QStringLiteral("history-days")).toInt(&ok);
        if (!ok || days < 1 || days > 36500)
            return Error{ErrorCode::InvalidArgument, QStringLiteral("--history-days: expected a number of days from 1 to 36500, got \"%1\"")
                                                         .arg(p.value(QStringLiteral("history-days")))};
        o->historyDays = days;
    }
    return Status::ok();
}

bool isHistoryCommand(const StudioOptions &options)
{
    return options.printHistory || !options.historyCsvPath.isEmpty();
}

int runHistoryCommand(int argc, char *argv[], const StudioOptions &options)
{
    QCoreApplication application(argc, argv);
    applyApplicationIdentity();
    const studio::history::HistoryStore store(studio::history::HistoryStore::defaultPath());
    Expected<studio::history::HistoryStore::Loaded> loaded = store.load();
    if (!loaded)
        return fail(loaded.error().detail);
    if (loaded->unreadable > 0)
        std::fprintf(stderr, "vida3-studio: %d unreadable line(s) in %s were skipped\n", loaded->unreadable,
                     qUtf8Printable(store.path()));
    if (!options.historyCsvPath.isEmpty()) {
        QSaveFile file(options.historyCsvPath);
        if (!file.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write %1: %2").arg(options.historyCsvPath, file.errorString()));
        file.write(studio::history::historyToCsv(loaded->records));
        if (!file.commit())
            return fail(QStringLiteral("cannot write %1: %2").arg(options.historyCsvPath, file.errorString()));
        std::fprintf(stderr, "vida3-studio: %lld session(s) exported to %s\n",
                     static_cast<long long>(loaded->records.size()), qUtf8Printable(options.historyCsvPath));
    }
    if (!options.printHistory)
        return 0;
    const bool json = options.logFormat == studio::LogHandler::Format::Json;
    if (loaded->records.isEmpty() && !json)
        std::printf("No sessions kept yet (%s).\n", qUtf8Printable(store.path()));
    for (const studio::history::SessionRecord &record : std::as_const(loaded->records)) {
        if (json)
            std::printf("%s\n", QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact).constData());
        else
            std::printf("%s\n", qUtf8Printable(record.toText()));
    }
    return 0;
}

}  // namespace vida3::app
