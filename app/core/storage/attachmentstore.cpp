#include "attachmentstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

AttachmentStore::AttachmentStore(QString connectionName)
    : m_connectionName(std::move(connectionName))
{ }

QString AttachmentStore::save(const QList<Attachment> &attachments) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    for (const Attachment &attachment : attachments) {
        if (attachment.data.isEmpty() || attachment.sha256.isEmpty())
            continue; // described only (an imported conversation): nothing to keep
        query.prepare(uR"(INSERT INTO attachment_blobs (sha256, mime_type, data, thumbnail)
            VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING)"_s);
        query.addBindValue(attachment.sha256);
        query.addBindValue(attachment.mimeType);
        query.addBindValue(attachment.data);
        query.addBindValue(attachment.thumbnail.isEmpty()
                               ? QVariant(QMetaType(QMetaType::QByteArray))
                               : QVariant(attachment.thumbnail));
        if (!query.exec())
            return query.lastError().text();
    }
    return {};
}

void AttachmentStore::load(QList<Attachment> &attachments) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    for (Attachment &attachment : attachments) {
        query.prepare(u"SELECT data, thumbnail FROM attachment_blobs WHERE sha256 = ?"_s);
        query.addBindValue(attachment.sha256);
        if (query.exec() && query.next()) {
            attachment.data = query.value(0).toByteArray();
            attachment.thumbnail = query.value(1).toByteArray();
        }
        query.finish();
    }
}

QString AttachmentStore::removeUnused() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const bool removed = query.exec(uR"(DELETE FROM attachment_blobs WHERE sha256 NOT IN (
        SELECT json_extract(attached.value, '$.sha256')
        FROM messages, json_each(messages.attachments_json) AS attached
        WHERE messages.attachments_json IS NOT NULL))"_s);
    return removed ? QString() : query.lastError().text();
}
