#pragma once

#include "conversationrecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class ConversationStore;

// Reads Confab's JSON history format (see ConversationExport) back into a store. The whole
// file is checked before anything is written, and nothing in the store is ever overwritten:
// a conversation whose id (or any of whose message ids) is taken comes in as a copy.
class ConversationImport
{
    Q_DECLARE_TR_FUNCTIONS(ConversationImport)

public:
    struct Result
    {
        QStringList ids; // the imported conversations as the store now knows them
        int copies = 0; // how many of them got fresh ids because theirs were taken
        QString error; // empty when the whole file was imported

        bool ok() const { return error.isEmpty(); }
    };

    // The conversations of a file, or nullopt and a message for people in `error`.
    // Branch choices that name no child of their parent are dropped.
    static std::optional<QList<ConversationRecord>> parse(const QByteArray &json, QString *error);

    // A file with any problem imports nothing. If writing fails part-way, the conversation
    // being written is removed again and the result lists those imported before it.
    static Result importInto(ConversationStore &store, const QByteArray &json);

    // The same conversation under fresh ids: messages, parents and branch choices follow.
    static ConversationRecord withFreshIds(const ConversationRecord &record);
};
