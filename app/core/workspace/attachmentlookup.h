#pragma once

#include <QByteArray>
#include <QString>

class ChatSession;
class ConversationStore;

// Where the bytes of an attachment are, by its SHA-256 (hex): a composer's tray (not sent
// yet), the conversation on screen, else the history file. Empty when none has them.
namespace AttachmentLookup {

QByteArray bytes(const QString &sha256, const ChatSession *onScreen,
                 const ConversationStore &store);

} // namespace AttachmentLookup
