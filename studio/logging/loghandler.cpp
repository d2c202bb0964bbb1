// SPDX-License-Identifier: GPL-2.0-or-later
#include "studio/logging/loghandler.h"

#include "encoder/secretredactor.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>

namespace vida3::studio {

namespace {
std::atomic<LogHandler *> g_handler{nullptr};

int rank(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return 0;
    case QtInfoMsg: return 1;
    case QtWarningMsg: return 2;
    case QtCriticalMsg: return 3;
    case QtFatalMsg: return 4;
    }
    return 2;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "error";
    case QtFatalMsg: return "fatal";
    }
    return "info";
}

void dispatch(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (LogHandler *handler = g_handler.load())
        handler->write(type, context, message);
}
}  // namespace

LogHandler::LogHandler(const SecretRedactor &redactor, Format format, QtMsgType minimumLevel, FILE *stream)
    : m_redactor(redactor), m_format(format), m_minimumRank(rank(minimumLevel)), m_stream(stream)
{
    g_handler = this;
    m_previous = qInstallMessageHandler(dispatch);
}

LogHandler::~LogHandler()
{
    qInstallMessageHandler(m_previous);
    g_handler = nullptr;
}

bool LogHandler::parseLevel(const QString &name, QtMsgType *level)
{
    const QString n = name.toLower();
    if (n == u"debug")
        *level = QtDebugMsg;
    else if (n == u"info")
        *level = QtInfoMsg;
    else if (n == u"warning" || n == u"warn")
        *level = QtWarningMsg;
    else if (n == u"error")
        *level = QtCriticalMsg;
    else
        return false;
    return true;
}

bool LogHandler::parseFormat(const QString &name, Format *format)
{
    if (name == u"text")
        *format = Format::Text;
    else if (name == u"json")
        *format = Format::Json;
    else
        return false;
    return true;
}

void LogHandler::write(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (rank(type) < m_minimumRank)
        return;
    const QString text = m_redactor.redact(message);
    const QString category = QString::fromUtf8(context.category ? context.category : "default");
    QByteArray line;
    if (m_format == Format::Json) {
        const QJsonObject object{
            {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("level"), QString::fromLatin1(levelName(type))},
            {QStringLiteral("category"), category},
            {QStringLiteral("message"), text},
        };
        line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    } else {
        line = QStringLiteral("%1 %2 [%3] %4")
                   .arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz")),
                        QString::fromLatin1(levelName(type)), category, text)
                   .toUtf8();
    }
    line.append('\n');
    std::lock_guard lock(m_mutex);
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), m_stream);
    std::fflush(m_stream);
}

}  // namespace vida3::studio
