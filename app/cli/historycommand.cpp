#include "historycommand.h"

#include "clioptions.h"
#include "storage/conversationexport.h"
#include "storage/conversationimport.h"
#include "storage/conversationstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace HistoryCommand {

namespace {

constexpr int searchLimit = 50;

QString tr(const char *text)
{
    return QCoreApplication::translate("HistoryCommand", text);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "confab-cli: %s\n", message.toUtf8().constData());
    return 1;
}

int write(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    if (std::fflush(stdout) != 0 || std::ferror(stdout))
        return fail(tr("Could not write to standard output."));
    return 0;
}

int write(const QString &text)
{
    return write(text.toUtf8());
}

QByteArray compactJson(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact) + '\n';
}

QString oneLine(QString text)
{
    return text.replace(u'\n', u' ').simplified();
}

QString displayTitle(const QString &title)
{
    return title.trimmed().isEmpty() ? tr("(untitled)") : oneLine(title);
}

// Read-only commands never create a history that is not there: they read an empty one.
bool open(ConversationStore &store, const CliOptions &options, bool mayCreate)
{
    const QString path
        = options.historyPath.isEmpty() ? ConversationStore::defaultPath() : options.historyPath;
    if (!mayCreate && !QFileInfo::exists(path)) {
        std::fprintf(stderr, "%s\n",
                     tr("There is no history at %1 yet.").arg(path).toUtf8().constData());
        return store.open(u":memory:"_s) || fail(store.lastError());
    }
    return store.open(path) || fail(store.lastError());
}

int list(const ConversationStore &store, bool includeArchived, bool json)
{
    const QList<StoredConversation> conversations = store.conversations(-1, 0, includeArchived);
    if (!store.lastError().isEmpty())
        return fail(store.lastError());
    QJsonArray rows;
    QString table;
    for (const StoredConversation &c : conversations) {
        rows.append(QJsonObject {{u"id"_s, c.id},
                                 {u"title"_s, c.title},
                                 {u"updated_at"_s, ConversationExport::dateToJson(c.updatedAt)},
                                 {u"created_at"_s, ConversationExport::dateToJson(c.createdAt)},
                                 {u"model"_s, c.model},
                                 {u"provider_id"_s, c.providerId},
                                 {u"pinned"_s, c.pinned},
                                 {u"archived"_s, c.archived}});
        QString flags;
        if (c.pinned)
            flags += tr("[pinned] ");
        if (c.archived)
            flags += tr("[archived] ");
        table += u"%1  %2  %3%4\n"_s.arg(
            c.id, QDateTime::fromMSecsSinceEpoch(c.updatedAt).toString(u"yyyy-MM-dd HH:mm"_s),
            flags, displayTitle(c.title));
    }
    if (json)
        return write(compactJson(rows));
    return write(conversations.isEmpty() ? tr("No conversations yet.\n") : table);
}

int search(const ConversationStore &store, const QString &query, bool json)
{
    const QList<ConversationStore::SearchHit> hits = store.search(query, searchLimit);
    if (!store.lastError().isEmpty())
        return fail(store.lastError());
    QHash<QString, QString> titles;
    QJsonArray rows;
    QString text;
    for (const ConversationStore::SearchHit &hit : hits) {
        if (!titles.contains(hit.conversationId)) {
            const std::optional<StoredConversation> c = store.conversation(hit.conversationId);
            titles.insert(hit.conversationId, c ? c->title : QString());
        }
        const QString title = titles.value(hit.conversationId);
        rows.append(QJsonObject {{u"conversation_id"_s, hit.conversationId},
                                 {u"title"_s, title},
                                 {u"message_id"_s, hit.messageId},
                                 {u"snippet"_s, hit.snippet}});
        text += tr("%1 (conversation %2, message %3)\n    %4\n")
                    .arg(displayTitle(title), hit.conversationId, hit.messageId,
                         oneLine(hit.snippet));
    }
    if (json)
        return write(compactJson(rows));
    return write(hits.isEmpty() ? tr("No message contains \"%1\".\n").arg(query) : text);
}

int exportConversations(const ConversationStore &store, const CliOptions &options)
{
    QList<ConversationRecord> records;
    if (options.all) {
        records = ConversationExport::readAll(store);
        if (!store.lastError().isEmpty())
            return fail(store.lastError());
    }
    for (const QString &id : options.conversationIds) {
        std::optional<ConversationRecord> record = ConversationExport::read(store, id);
        if (!record)
            return fail(store.lastError());
        records.append(*record);
    }
    const QByteArray bytes = options.exportFormat == QLatin1String("json")
        ? ConversationExport::json(records)
        : ConversationExport::markdown(records).toUtf8();
    if (options.outputPath.isEmpty())
        return write(bytes);
    // Written whole or not at all: an existing file is replaced only by a complete export.
    QSaveFile file(options.outputPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(tr("Could not write %1: %2").arg(options.outputPath, file.errorString()));
    return 0;
}

// The file is read before the history is opened, so that a wrong name creates nothing.
int importFile(const CliOptions &options)
{
    const QString &path = options.importPath;
    const bool json = options.json;
    QFile file(path);
    const bool opened
        = path == u"-"_s ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened)
        return fail(tr("Could not read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    ConversationStore store;
    if (!open(store, options, true))
        return 1;
    const ConversationImport::Result result = ConversationImport::importInto(store, bytes);
    if (json) {
        const QJsonObject summary {{u"imported"_s, int(result.ids.size())},
                                   {u"copies"_s, result.copies},
                                   {u"ids"_s, QJsonArray::fromStringList(result.ids)}};
        if (const int code = write(QJsonDocument(summary).toJson(QJsonDocument::Compact) + '\n'))
            return code;
    } else if (!result.ids.isEmpty()) {
        QString text = result.ids.size() == 1
            ? tr("Imported 1 conversation.\n")
            : tr("Imported %1 conversations.\n").arg(result.ids.size());
        if (result.copies > 0)
            text += tr("%1 of them came in as copies with new ids: theirs were already taken.\n")
                        .arg(result.copies);
        for (const QString &id : result.ids)
            text += id + u'\n';
        if (const int code = write(text))
            return code;
    }
    if (!result.ok())
        return fail(result.error);
    if (result.ids.isEmpty() && !json)
        return write(tr("The file holds no conversations; nothing was imported.\n"));
    return 0;
}

} // namespace

int run(const CliOptions &options)
{
    if (options.command == CliOptions::Command::HistoryImport)
        return importFile(options);
    ConversationStore store;
    if (!open(store, options, false))
        return 1;
    switch (options.command) {
    case CliOptions::Command::HistoryList:
        return list(store, options.all, options.json);
    case CliOptions::Command::HistorySearch:
        return search(store, options.query, options.json);
    case CliOptions::Command::HistoryExport:
        return exportConversations(store, options);
    default:
        return 2;
    }
}

} // namespace HistoryCommand
