#pragma once

#include "conversationrecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Writes conversations out of the history: Markdown for people (the branch on screen
// only) and Confab's JSON history format (every branch; ConversationImport reads it back).
// Neither holds an API key: the store never has one.
class ConversationExport
{
    Q_DECLARE_TR_FUNCTIONS(ConversationExport)

public:
    static QString formatName(); // "confab-history"
    static constexpr int formatVersion = 1;

    // From the store; nullopt (and the store's lastError()) when the id is unknown.
    static std::optional<ConversationRecord> read(const ConversationStore &store,
                                                  const QString &id);
    // Every conversation, archived ones too, in the store's order.
    static QList<ConversationRecord> readAll(const ConversationStore &store);

    // The branch on screen: from the selected root along the selected children; where a
    // parent has no (valid) recorded choice, its last child.
    static QList<Message> activeBranch(const ConversationRecord &record);

    static QString markdown(const ConversationRecord &record);
    static QString markdown(const QList<ConversationRecord> &records); // with a rule between

    static QJsonObject messageToJson(const Message &message);
    static QJsonObject conversationToJson(const ConversationRecord &record);
    // The whole file: {"format", "version", "exported_at", "conversations"}, indented UTF-8.
    static QByteArray json(const QList<ConversationRecord> &records,
                           const QDateTime &exportedAt = QDateTime::currentDateTimeUtc());

    // ISO 8601 in UTC with milliseconds, null for 0; and back (nullopt when malformed).
    static QJsonValue dateToJson(qint64 msecsSinceEpoch);
    static std::optional<qint64> dateFromJson(const QJsonValue &value);
};
