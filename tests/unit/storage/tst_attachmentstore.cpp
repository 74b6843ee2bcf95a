#include "attachments/attachmentreader.h"
#include "storage/conversationstore.h"

#include <QBuffer>
#include <QImage>
#include <QImageWriter>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Attachments in a real history file: the bytes are kept once per content, come back with
// their messages, and go when no message refers to them any more.
class TestAttachmentStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static Attachment picture()
    {
        QImage image(640, 480, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        const auto result = AttachmentReader().readImage(image, u"Pasted image"_s);
        if (!result.ok())
            qFatal("%s", qPrintable(result.error));
        return result.attachment;
    }

    static Message question(const QString &id, const QList<Attachment> &attachments)
    {
        Message m = Message::create(Message::Role::User, u"Look at this"_s);
        m.id = id;
        m.attachments = attachments;
        return m;
    }

    static int storedBlobs(const ConversationStore &store)
    {
        QSqlQuery query(QSqlDatabase::database(store.connectionName()));
        if (!query.exec(u"SELECT count(*) FROM attachment_blobs"_s) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    static bool save(ConversationStore &store, const QString &conversation)
    {
        StoredConversation c;
        c.id = conversation;
        c.title = conversation;
        return store.saveConversation(c);
    }

private Q_SLOTS:
    void theBytesAreKeptOnceAndComeBack()
    {
        ConversationStore store;
        QVERIFY(store.open(m_dir.filePath(u"history.sqlite"_s)));
        const Attachment image = picture();
        const auto notes = AttachmentReader().readTextData("- milk\n- eggs\n", u"list.md"_s);
        QVERIFY(notes.ok());

        QVERIFY(save(store, u"a"_s) && save(store, u"b"_s));
        QVERIFY(store.saveMessage(u"a"_s, question(u"a1"_s, {image, notes.attachment})));
        QVERIFY(store.saveMessage(u"a"_s, question(u"a2"_s, {image}))); // the same picture
        QVERIFY(store.saveMessage(u"b"_s, question(u"b1"_s, {image})));
        QVERIFY(store.saveMessage(u"a"_s, question(u"a1"_s, {image, notes.attachment}))); // again
        QCOMPARE(storedBlobs(store), 2);

        // Reopened: the messages have their bytes and thumbnails, in order.
        ConversationStore reopened(u"reopened"_s);
        QVERIFY(reopened.open(m_dir.filePath(u"history.sqlite"_s)));
        const QList<Message> loaded = reopened.messages(u"a"_s);
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.at(0).attachments, (QList<Attachment> {image, notes.attachment}));
        QCOMPARE(loaded.at(1).attachments.first().data, image.data);
        QCOMPARE(loaded.at(1).attachments.first().thumbnail, image.thumbnail);

        // Deleting a conversation removes only what no other message uses.
        QVERIFY(store.removeConversation(u"a"_s));
        QCOMPARE(storedBlobs(store), 1);
        QCOMPARE(store.messages(u"b"_s).first().attachments.first().data, image.data);
        QVERIFY(store.removeConversation(u"b"_s));
        QCOMPARE(storedBlobs(store), 0);
    }

    void aDescribedAttachmentWithoutBytesStaysDescribed()
    {
        // As after importing an export: the description is there, the bytes are not.
        ConversationStore store;
        QVERIFY(store.open(m_dir.filePath(u"imported.sqlite"_s)));
        QVERIFY(save(store, u"c"_s));
        Attachment described = Attachment::fromJson(picture().toJson());
        QVERIFY(store.saveMessage(u"c"_s, question(u"c1"_s, {described})));
        QCOMPARE(storedBlobs(store), 0);
        const Attachment loaded = store.messages(u"c"_s).first().attachments.first();
        QCOMPARE(loaded.name, u"Pasted image"_s);
        QCOMPARE(loaded.width, 640);
        QVERIFY(loaded.data.isEmpty());
    }
};

QTEST_MAIN(TestAttachmentStore)
#include "tst_attachmentstore.moc"
