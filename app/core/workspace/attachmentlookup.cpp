#include "attachmentlookup.h"

#include "attachments/attachmenttray.h"
#include "chat/chatsession.h"
#include "storage/attachmentstore.h"
#include "storage/conversationstore.h"

namespace AttachmentLookup {

QByteArray bytes(const QString &sha256, const ChatSession *onScreen, const ConversationStore &store)
{
    if (QByteArray held = AttachmentTray::heldBytes(sha256); !held.isEmpty())
        return held;
    if (onScreen)
        for (const Message &message : onScreen->tree().activePath())
            for (const Attachment &attachment : message.attachments)
                if (attachment.sha256 == sha256 && !attachment.data.isEmpty())
                    return attachment.data;
    QList<Attachment> stored(1);
    stored.first().sha256 = sha256;
    AttachmentStore(store.connectionName()).load(stored);
    return stored.constFirst().data;
}

} // namespace AttachmentLookup
