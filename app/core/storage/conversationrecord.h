#pragma once

#include "chat/message.h"
#include "conversationstore.h"

#include <QList>

// One conversation with every message of its tree (all branches, in insertion order): what
// export writes and import reads.
struct ConversationRecord
{
    StoredConversation conversation;
    QList<Message> messages;
};
