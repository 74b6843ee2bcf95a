#pragma once

#include "attachments/attachment.h"

#include <QList>
#include <QString>

// The bytes of attachments in the history file, once per content hash: the same picture
// attached to ten questions is stored once. Works on ConversationStore's connection.
class AttachmentStore
{
public:
    explicit AttachmentStore(QString connectionName);

    // Stores the bytes that are not stored yet. An empty string, or what went wrong.
    QString save(const QList<Attachment> &attachments) const;
    // Fills data and thumbnail of each attachment whose bytes are stored; others stay empty.
    void load(QList<Attachment> &attachments) const;
    // Removes the bytes no message refers to any more (after conversations are deleted).
    QString removeUnused() const;

private:
    QString m_connectionName;
};
