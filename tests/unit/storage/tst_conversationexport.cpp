// ConversationExport: Markdown of the branch on screen, the JSON history format, and a
// store -> JSON -> fresh store -> JSON round trip that loses nothing.
#include "historyfixtures.h"
#include "storage/conversationexport.h"
#include "storage/conversationimport.h"
#include "storage/conversationstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace HistoryFixtures;

namespace {

QStringList ids(const QList<Message> &messages)
{
    QStringList result;
    for (const Message &m : messages)
        result << m.id;
    return result;
}

QJsonObject withoutExportDate(const QByteArray &json)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    root.remove(u"exported_at"_s);
    return root;
}

// The checked parts must appear, in this order.
bool inOrder(const QString &text, const QStringList &parts)
{
    qsizetype from = 0;
    for (const QString &part : parts) {
        from = text.indexOf(part, from);
        if (from < 0) {
            qWarning("missing or out of order: %s", qPrintable(part));
            return false;
        }
        from += part.size();
    }
    return true;
}

} // namespace

class TestConversationExport : public QObject
{
    Q_OBJECT

private slots:
    void activeBranchFollowsTheChoices()
    {
        ConversationRecord record = kyoto();
        QCOMPARE(ids(ConversationExport::activeBranch(record)),
                 QStringList({u"m1"_s, u"m3"_s, u"m4"_s, u"m5"_s, u"m7"_s, u"m8"_s}));
        record.conversation.selectedChild = {{u"m1"_s, u"m2"_s}};
        QCOMPARE(ids(ConversationExport::activeBranch(record)), QStringList({u"m1"_s, u"m2"_s}));
        // No recorded choice, or one that names no child of that parent: the last child.
        record.conversation.selectedChild = {{u"m5"_s, u"m6"_s}, {u"m1"_s, u"m9"_s}};
        QCOMPARE(ids(ConversationExport::activeBranch(record)),
                 QStringList({u"m1"_s, u"m3"_s, u"m4"_s, u"m5"_s, u"m6"_s, u"m9"_s}));
        QVERIFY(ConversationExport::activeBranch(ConversationRecord()).isEmpty());
    }

    void markdownShowsTheBranchOnScreen()
    {
        const QString md = ConversationExport::markdown(kyoto());
        QVERIFY2(md.startsWith(u"# 京都の旅 🗾 trip\n\n*deepseek-reasoner · deepseek · 2023-11-"_s),
                 qPrintable(md));
        QVERIFY2(inOrder(md,
                         {u"## System\n\nAnswer briefly.\n\n"_s,
                          u"## You\n\nWhich temple should I see in 京都? 🙏\n\n"_s,
                          u"## Assistant · deepseek-reasoner-0528\n\n"_s,
                          u"<details><summary>Reasoning</summary>\n\nThe user asks about "
                          "temples; 清水寺 is famous. Check the weather.\n\n</details>\n\n"_s,
                          u"**Tool call:** `get_weather`\n\n```json\n{\n    \"city\": "
                          "\"Kyoto\"\n}\n```\n\n"_s,
                          u"## Tool result · get_weather\n\n```json\n{\n    \"forecast\": "
                          "\"sunny ☀️\"\n}\n```\n\n"_s,
                          u"## Assistant · deepseek-reasoner-0528\n\n"_s,
                          u"<details><summary>Reasoning</summary>\n\nSunny, so an outdoor "
                          "temple works.\n\n</details>\n\n"_s,
                          u"Visit 清水寺 (Kiyomizu-dera) — it will be sunny ☀️.\n\n"_s,
                          u"## You\n\nWhat about 奈良 instead? 🦌\n\n"_s,
                          u"## Assistant · deepseek-reasoner\n\n奈良 has friendly deer\n\n"_s,
                          u"*Stopped before the answer was complete.*\n"_s}),
                 qPrintable(md));
        QVERIFY(md.endsWith(u"*Stopped before the answer was complete.*\n"_s));
        // Nothing from the branches not on screen.
        for (const QString &hidden :
             {u"FIRST-ATTEMPT"_s, u"OLD-QUESTION"_s, u"OLD-ANSWER"_s, u"Rate limited"_s})
            QVERIFY2(!md.contains(hidden), qPrintable(hidden));
    }

    void markdownNotesFailedAndInterruptedAnswers()
    {
        ConversationRecord record = kyoto();
        record.conversation.selectedChild = {{u"m1"_s, u"m2"_s}};
        QString md = ConversationExport::markdown(record);
        QVERIFY2(md.contains(u"FIRST-ATTEMPT partial\n\n*Failed: Rate limited, retry in 20 s*\n"_s),
                 qPrintable(md));
        QVERIFY(!md.contains(u"清水寺"_s));

        record.conversation.selectedChild = {{u"m5"_s, u"m6"_s}};
        md = ConversationExport::markdown(record);
        QVERIFY2(inOrder(md,
                         {u"## You\n\nOLD-QUESTION about Nara"_s, u"OLD-ANSWER about deer\n\n"_s,
                          u"*Interrupted: Confab closed while this answer was arriving.*\n"_s}),
                 qPrintable(md));
        QVERIFY(!md.contains(u"奈良"_s));
    }

    void markdownKeepsFencesAndHeadingsIntact()
    {
        ConversationRecord record = simple(u"c-code"_s, u"Two\nlines"_s, 1700000000000);
        record.messages[0].role = Message::Role::Tool;
        record.messages[0].content = u"a ``` fence and ```` a longer one"_s;
        record.messages[1].parentId = record.messages[0].id;
        record.conversation.title.clear();
        record.conversation.model.clear();
        record.conversation.providerId.clear();
        record.conversation.createdAt = record.conversation.updatedAt = 0;
        const QString md = ConversationExport::markdown(record);
        QVERIFY2(md.startsWith(u"# Untitled conversation\n\n## Tool result\n\n`````\na ``` "
                               "fence and ```` a longer one\n`````\n\n"_s),
                 qPrintable(md));
        QVERIFY(md.contains(u"## Assistant · gpt-4o-mini-2024-07-18\n\nHi!"_s));
    }

    void severalConversationsHaveARuleBetween()
    {
        const QString md
            = ConversationExport::markdown({simple(u"a"_s, u"First"_s, 1700000000000),
                                            simple(u"b"_s, u"Second"_s, 1700000000000)});
        QVERIFY2(inOrder(md, {u"# First\n"_s, u"Reply to First\n\n---\n\n# Second\n"_s}),
                 qPrintable(md));
        QCOMPARE(md.count(u"\n---\n"_s), 1);
    }

    void jsonHasTheDocumentedShape()
    {
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(1700000999000, Qt::UTC);
        const QJsonObject root
            = QJsonDocument::fromJson(ConversationExport::json({kyoto()}, when)).object();
        QCOMPARE(root[u"format"_s].toString(), u"confab-history"_s);
        QCOMPARE(root[u"version"_s].toInt(), 1);
        QCOMPARE(root[u"exported_at"_s].toString(), u"2023-11-14T22:29:59.000Z"_s);
        const QJsonObject c = root[u"conversations"_s].toArray().at(0).toObject();
        QCOMPARE(
            c.keys(),
            QStringList({u"archived"_s, u"comparison_group"_s, u"created_at"_s, u"custom_title"_s,
                         u"id"_s, u"messages"_s, u"model"_s, u"parameters"_s, u"pinned"_s,
                         u"provider_id"_s, u"selected_children"_s, u"system_prompt"_s, u"title"_s,
                         u"updated_at"_s}));
        QCOMPARE(c[u"title"_s].toString(), u"京都の旅 🗾 trip"_s);
        QCOMPARE(c[u"created_at"_s].toString(), u"2023-11-14T22:13:20.000Z"_s);
        QCOMPARE(c[u"updated_at"_s].toString(), u"2023-11-14T22:21:40.123Z"_s);
        QCOMPARE(c[u"parameters"_s][u"temperature"_s].toDouble(), 0.7);
        QCOMPARE(c[u"selected_children"_s].toObject(),
                 QJsonObject({{u""_s, u"m1"_s}, {u"m1"_s, u"m3"_s}, {u"m5"_s, u"m7"_s}}));
        const QJsonArray messages = c[u"messages"_s].toArray();
        QCOMPARE(messages.size(), 9); // every branch

        const QJsonObject question = messages.at(0).toObject();
        QCOMPARE(question.keys(), QStringList({u"confab"_s, u"content"_s, u"role"_s}));
        QCOMPARE(question[u"role"_s].toString(), u"user"_s);
        QVERIFY(question[u"confab"_s][u"parent_id"_s].isNull());
        QCOMPARE(question[u"confab"_s][u"state"_s].toString(), u"complete"_s);

        const QJsonObject failed = messages.at(1).toObject();
        QCOMPARE(failed[u"confab"_s][u"state"_s].toString(), u"failed"_s);
        QCOMPARE(failed[u"confab"_s][u"error"_s][u"kind"_s].toString(), u"rate_limited"_s);
        QCOMPARE(failed[u"confab"_s][u"error"_s][u"http_status"_s].toInt(), 429);

        const QJsonObject call = messages.at(2).toObject();
        QVERIFY(call[u"content"_s].isNull()); // tool calls only, as the API writes it
        QCOMPARE(call[u"reasoning_content"_s].toString().left(12), u"The user ask"_s);
        const QJsonObject toolCall = call[u"tool_calls"_s].toArray().at(0).toObject();
        QCOMPARE(toolCall,
                 QJsonObject({{u"id"_s, u"call_1"_s},
                              {u"type"_s, u"function"_s},
                              {u"function"_s,
                               QJsonObject {{u"name"_s, u"get_weather"_s},
                                            {u"arguments"_s, u"{\"city\":\"Kyoto\"}"_s}}}}));
        const QJsonObject meta = call[u"confab"_s].toObject();
        QCOMPARE(meta[u"id"_s].toString(), u"m3"_s);
        QCOMPARE(meta[u"parent_id"_s].toString(), u"m1"_s);
        QCOMPARE(meta[u"model"_s].toString(), u"deepseek-reasoner-0528"_s);
        QCOMPARE(meta[u"finish_reason"_s].toString(), u"tool_calls"_s);
        QCOMPARE(meta[u"usage"_s][u"total_tokens"_s].toInt(), 42);
        QCOMPARE(meta[u"timings"_s][u"first_token_at"_s].toInteger(), 1700000003900);
        QCOMPARE(meta[u"created_at"_s].toString(), u"2023-11-14T22:13:23.000Z"_s);
        QCOMPARE(
            meta[u"tool_call_extra_content"_s][0][u"google"_s][u"thought_signature"_s].toString(),
            u"sig=="_s);

        const QJsonObject result = messages.at(3).toObject();
        QCOMPARE(result[u"role"_s].toString(), u"tool"_s);
        QCOMPARE(result[u"tool_call_id"_s].toString(), u"call_1"_s);
    }

    void roundTripLosesNothing()
    {
        QTemporaryDir dir;
        ConversationStore first;
        QVERIFY2(first.open(dir.filePath(u"first.sqlite"_s)), qPrintable(first.lastError()));
        ConversationRecord pinned = simple(u"c-pinned"_s, u"Pinned 📌"_s, 1690000000000);
        pinned.conversation.pinned = true;
        ConversationRecord archived = simple(u"c-archived"_s, u"Archived"_s, 1710000000000);
        archived.conversation.archived = true;
        for (const ConversationRecord &record : {kyoto(), pinned, archived})
            QVERIFY2(save(first, record), qPrintable(first.lastError()));

        const QByteArray exported = ConversationExport::json(ConversationExport::readAll(first));
        const QJsonObject root = QJsonDocument::fromJson(exported).object();
        QCOMPARE(root[u"conversations"_s].toArray().size(), 3);
        QCOMPARE(root[u"conversations"_s][0][u"id"_s].toString(), u"c-pinned"_s);

        ConversationStore second;
        QVERIFY2(second.open(dir.filePath(u"second.sqlite"_s)), qPrintable(second.lastError()));
        const ConversationImport::Result result = ConversationImport::importInto(second, exported);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.ids, QStringList({u"c-pinned"_s, u"c-archived"_s, u"c-kyoto"_s}));
        QCOMPARE(result.copies, 0);

        const QByteArray again = ConversationExport::json(ConversationExport::readAll(second));
        QCOMPARE(withoutExportDate(again), withoutExportDate(exported));
        QCOMPARE(ConversationExport::markdown(*ConversationExport::read(second, u"c-kyoto"_s)),
                 ConversationExport::markdown(kyoto()));

        // The messages themselves, field by field where the JSON could hide a difference.
        const QList<Message> messages = second.messages(u"c-kyoto"_s);
        QCOMPARE(ids(messages), ids(kyoto().messages));
        const Message &call = messages.at(2);
        QCOMPARE(call.toolCalls.at(0).extraContent,
                 kyoto().messages.at(2).toolCalls.at(0).extraContent);
        QCOMPARE(call.usage.cost, 0.0021);
        QCOMPARE(call.timings.reasoningEndedAt, 1700000003800);
        QCOMPARE(messages.at(1).error.retryAfterSeconds, 20);
        QCOMPARE(messages.at(1).error.kind, ApiError::Kind::RateLimited);
        QCOMPARE(messages.at(6).state, Message::State::Interrupted);
        QCOMPARE(second.search(u"清水寺"_s).size(), first.search(u"清水寺"_s).size());
    }

    // The store never holds a key; nothing that looks like one reaches an export either.
    void noCredentialsInTheExport()
    {
        QTemporaryDir dir;
        ConversationStore store;
        QVERIFY(store.open(dir.filePath(u"history.sqlite"_s)));
        QVERIFY(save(store, kyoto()));
        const QList<ConversationRecord> records = ConversationExport::readAll(store);
        const QByteArray bytes
            = ConversationExport::json(records) + ConversationExport::markdown(records).toUtf8();
        QVERIFY(bytes.size() > 1000);
        for (const char *secret : {"api_key", "apikey", "authorization", "bearer"})
            QVERIFY2(!bytes.toLower().contains(secret), secret);
    }
};

QTEST_GUILESS_MAIN(TestConversationExport)
#include "tst_conversationexport.moc"
