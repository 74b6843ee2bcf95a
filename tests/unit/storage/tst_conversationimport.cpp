// ConversationImport: a file is checked whole before anything is written, a broken file
// imports nothing, and taken ids make a copy instead of overwriting anything.
#include "historyfixtures.h"
#include "storage/conversationexport.h"
#include "storage/conversationimport.h"
#include "storage/conversationstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace HistoryFixtures;

namespace {

QByteArray toBytes(const QJsonObject &root)
{
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QJsonObject exportOf(const QList<ConversationRecord> &records)
{
    return QJsonDocument::fromJson(ConversationExport::json(records)).object();
}

// Changes one value inside the export of kyoto(): conversations[0] then `path` below it.
QByteArray edited(const QStringList &path, const QJsonValue &value)
{
    QJsonObject root = exportOf({kyoto()});
    QJsonArray conversations = root[u"conversations"_s].toArray();
    std::function<QJsonValue(QJsonValue, qsizetype)> set
        = [&](QJsonValue node, qsizetype depth) -> QJsonValue {
        if (depth == path.size())
            return value;
        const QString &step = path.at(depth);
        bool isIndex = false;
        const int index = step.toInt(&isIndex);
        if (isIndex) {
            QJsonArray array = node.toArray();
            array[index] = set(array.at(index), depth + 1);
            return array;
        }
        QJsonObject object = node.toObject();
        object[step] = set(object.value(step), depth + 1);
        return object;
    };
    conversations[0] = set(conversations.at(0), 0);
    root[u"conversations"_s] = conversations;
    return toBytes(root);
}

} // namespace

class TestConversationImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<ConversationStore> freshStore()
    {
        auto store = std::make_unique<ConversationStore>();
        const QString path = m_dir.filePath(
            u"%1-%2.sqlite"_s.arg(QLatin1StringView(QTest::currentTestFunction())).arg(++m_stores));
        if (!store->open(path))
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(store->lastError()));
        return store;
    }

    int m_stores = 0;

private slots:
    void brokenFilesImportNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not JSON") << QByteArray("{\"format\": \"confab-history\",")
                                  << u"not valid JSON"_s;
        QTest::newRow("a list") << QByteArray("[]") << u"not a Confab history export"_s;
        QTest::newRow("other format")
            << QByteArray(R"({"format": "chatgpt", "version": 1, "conversations": []})")
            << u"not a Confab history export"_s;
        QTest::newRow("newer version")
            << QByteArray(R"({"format": "confab-history", "version": 2, "conversations": []})")
            << u"newer version of Confab"_s;
        QTest::newRow("version as text")
            << QByteArray(R"({"format": "confab-history", "version": "1", "conversations": []})")
            << u"no valid history format"_s;
        QTest::newRow("no conversations")
            << QByteArray(R"({"format": "confab-history", "version": 1})")
            << u"no \"conversations\" list"_s;
        QTest::newRow("no id") << edited({u"id"_s}, QJsonValue::Null)
                               << u"Conversation 1: \"id\" must be a non-empty string"_s;
        QTest::newRow("pinned as text")
            << edited({u"pinned"_s}, u"yes"_s) << u"\"pinned\" must be true or false"_s;
        QTest::newRow("bad date") << edited({u"created_at"_s}, u"yesterday"_s)
                                  << u"\"created_at\" must be an ISO 8601 date"_s;
        QTest::newRow("unknown role")
            << edited({u"messages"_s, u"2"_s, u"role"_s}, u"robot"_s)
            << u"Conversation 1, message 3: \"robot\" is not a known role"_s;
        QTest::newRow("unknown state")
            << edited({u"messages"_s, u"0"_s, u"confab"_s, u"state"_s}, u"dreaming"_s)
            << u"\"dreaming\" is not a known state"_s;
        QTest::newRow("no message id")
            << edited({u"messages"_s, u"0"_s, u"confab"_s}, QJsonObject())
            << u"message 1: \"id\" must be a non-empty string"_s;
        QTest::newRow("content a number") << edited({u"messages"_s, u"0"_s, u"content"_s}, 42)
                                          << u"\"content\" must be a string"_s;
        QTest::newRow("tool call not an object")
            << edited({u"messages"_s, u"2"_s, u"tool_calls"_s}, QJsonArray {1})
            << u"tool call 1: it must be an object"_s;
        QTest::newRow("missing parent")
            << edited({u"messages"_s, u"3"_s, u"confab"_s, u"parent_id"_s}, u"nowhere"_s)
            << u"the parent nowhere of message m4 is not in the conversation"_s;
        QTest::newRow("parent loop")
            << edited({u"messages"_s, u"0"_s, u"confab"_s, u"parent_id"_s}, u"m8"_s)
            << u"form a loop"_s;
        QTest::newRow("same id twice")
            << edited({u"messages"_s, u"1"_s, u"confab"_s, u"id"_s}, u"m1"_s)
            << u"m1 appears twice"_s;
        QTest::newRow("choice not text")
            << edited({u"selected_children"_s, u"m1"_s}, 3) << u"must map ids to ids"_s;
    }

    void brokenFilesImportNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const std::unique_ptr<ConversationStore> store = freshStore();
        // The good conversation comes first: it must not be written either.
        QJsonObject root = QJsonDocument::fromJson(json).object();
        if (root[u"conversations"_s].isArray() && !root[u"conversations"_s].toArray().isEmpty()) {
            QJsonArray conversations = root[u"conversations"_s].toArray();
            conversations.prepend(
                exportOf({simple(u"c-good"_s, u"Good"_s, 1700000000000)})[u"conversations"_s][0]);
            root[u"conversations"_s] = conversations;
            json = toBytes(root);
            error.replace(u"Conversation 1"_s, u"Conversation 2"_s);
        }
        const ConversationImport::Result result = ConversationImport::importInto(*store, json);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
        QVERIFY(result.ids.isEmpty());
        QVERIFY(store->conversations(-1, 0, true).isEmpty());
    }

    // Every cut of a real export is refused cleanly (and never crashes).
    void truncatedFilesAreRefused()
    {
        const std::unique_ptr<ConversationStore> store = freshStore();
        const QByteArray json = ConversationExport::json({kyoto()});
        for (qsizetype length = 0; length < json.size() - 2; length += 7) {
            const ConversationImport::Result result
                = ConversationImport::importInto(*store, json.left(length));
            QVERIFY2(!result.ok(), qPrintable(QString::number(length)));
        }
        QVERIFY(store->conversations(-1, 0, true).isEmpty());
    }

    void anEmptyListImportsNothing()
    {
        const std::unique_ptr<ConversationStore> store = freshStore();
        const ConversationImport::Result result = ConversationImport::importInto(
            *store, R"({"format": "confab-history", "version": 1, "conversations": []})");
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.ids.isEmpty());
    }

    void choicesThatNameNoChildAreDropped()
    {
        const std::unique_ptr<ConversationStore> store = freshStore();
        const ConversationImport::Result result = ConversationImport::importInto(
            *store, edited({u"selected_children"_s, u"m5"_s}, u"m2"_s)); // m2 is not m5's
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(store->conversation(u"c-kyoto"_s)->selectedChild,
                 (QHash<QString, QString> {{QString(), u"m1"_s}, {u"m1"_s, u"m3"_s}}));
    }

    void takenIdsMakeACopy()
    {
        const std::unique_ptr<ConversationStore> store = freshStore();
        ConversationRecord other = kyoto(u"c-other"_s);
        other.conversation.comparisonGroup = u"g-compare"_s;
        const QByteArray json = ConversationExport::json({kyoto()});
        QVERIFY(ConversationImport::importInto(*store, json).ok());
        const QByteArray before = ConversationExport::json(ConversationExport::readAll(*store));

        const ConversationImport::Result result = ConversationImport::importInto(*store, json);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.copies, 1);
        QCOMPARE(result.ids.size(), 1);
        const QString copyId = result.ids.constFirst();
        QVERIFY(copyId != u"c-kyoto"_s);

        // The original is untouched.
        QCOMPARE(QJsonDocument::fromJson(ConversationExport::json(
                     {*ConversationExport::read(*store, u"c-kyoto"_s)}))[u"conversations"_s],
                 QJsonDocument::fromJson(before)[u"conversations"_s]);

        // The copy: fresh ids everywhere, the same tree and the same branch on screen.
        const ConversationRecord copy = *ConversationExport::read(*store, copyId);
        QCOMPARE(copy.conversation.title, kyoto().conversation.title);
        QVERIFY(copy.conversation.comparisonGroup != u"g-compare"_s);
        QVERIFY(!copy.conversation.comparisonGroup.isEmpty());
        QCOMPARE(copy.messages.size(), kyoto().messages.size());
        QHash<QString, QString> originalOf;
        for (qsizetype i = 0; i < copy.messages.size(); ++i)
            originalOf.insert(copy.messages.at(i).id, kyoto().messages.at(i).id);
        originalOf.insert(QString(), QString());
        for (qsizetype i = 0; i < copy.messages.size(); ++i) {
            const Message &m = copy.messages.at(i);
            QVERIFY(!kyoto().messages.at(i).id.isEmpty() && m.id != kyoto().messages.at(i).id);
            QCOMPARE(originalOf.value(m.parentId), kyoto().messages.at(i).parentId);
            QCOMPARE(m.content, kyoto().messages.at(i).content);
        }
        QCOMPARE(copy.conversation.selectedChild.size(), 3);
        for (auto it = copy.conversation.selectedChild.cbegin();
             it != copy.conversation.selectedChild.cend(); ++it)
            QCOMPARE(kyoto().conversation.selectedChild.value(originalOf.value(it.key())),
                     originalOf.value(it.value()));
        QCOMPARE(ConversationExport::markdown(copy), ConversationExport::markdown(kyoto()));

        // Two copies of one comparison stay in one (new) group.
        const ConversationImport::Result pair
            = ConversationImport::importInto(*store, ConversationExport::json({kyoto(), other}));
        QVERIFY2(pair.ok(), qPrintable(pair.error));
        QCOMPARE(pair.copies, 2); // c-other shares every message id with c-kyoto
        const QString groupA = store->conversation(pair.ids.at(0))->comparisonGroup;
        QCOMPARE(store->conversation(pair.ids.at(1))->comparisonGroup, groupA);
        QVERIFY(groupA != copy.conversation.comparisonGroup && groupA != u"g-compare"_s);
        QCOMPARE(store->conversations(-1, 0, true).size(), 4);
    }

    // Message ids are unique across the store: one taken id must not move a message over.
    void aTakenMessageIdMakesACopy()
    {
        const std::unique_ptr<ConversationStore> store = freshStore();
        QVERIFY(save(*store, kyoto()));
        const ConversationImport::Result result = ConversationImport::importInto(
            *store, ConversationExport::json({simple(u"c-new"_s, u"New"_s, 1700000000000)}));
        QVERIFY(result.ok());
        QCOMPARE(result.ids, QStringList {u"c-new"_s});
        QCOMPARE(result.copies, 0);

        ConversationRecord clash = simple(u"c-clash"_s, u"Clash"_s, 1700000000000);
        clash.messages[1].id = u"m5"_s;
        const ConversationImport::Result copied
            = ConversationImport::importInto(*store, ConversationExport::json({clash}));
        QVERIFY2(copied.ok(), qPrintable(copied.error));
        QCOMPARE(copied.copies, 1);
        QVERIFY(copied.ids.constFirst() != u"c-clash"_s);
        QCOMPARE(store->messages(u"c-kyoto"_s).size(), kyoto().messages.size());
        QCOMPARE(store->messages(u"c-kyoto"_s).at(4).content, kyoto().messages.at(4).content);
        QCOMPARE(store->messages(copied.ids.constFirst()).size(), 2);
    }

    void aClosedStoreGivesAnError()
    {
        ConversationStore closed;
        const ConversationImport::Result result
            = ConversationImport::importInto(closed, ConversationExport::json({kyoto()}));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"京都の旅"_s), qPrintable(result.error));
        QVERIFY(result.ids.isEmpty());
        QCOMPARE(result.copies, 0);
    }
};

QTEST_GUILESS_MAIN(TestConversationImport)
#include "tst_conversationimport.moc"
