#include "chat/chatsession.h"
#include "client/chatclient.h"
#include "loopbackserver.h"
#include "storage/conversationrecorder.h"
#include "storage/conversationstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// One chunk that says `text` for each choice given as {index, text, finish reason}.
struct Part
{
    int index;
    QString content;
    QString finishReason;
};

QByteArray chunk(const QList<Part> &parts)
{
    QJsonArray choices;
    for (const Part &part : parts)
        choices.append(QJsonObject {
            {u"index"_s, part.index},
            {u"delta"_s, QJsonObject {{u"content"_s, part.content}}},
            {u"finish_reason"_s,
             part.finishReason.isEmpty() ? QJsonValue(QJsonValue::Null) : part.finishReason}});
    return QJsonDocument(QJsonObject {{u"model"_s, u"m-served"_s}, {u"choices"_s, choices}})
        .toJson(QJsonDocument::Compact);
}

QStringList contentsOf(const QList<Message> &messages)
{
    QStringList texts;
    for (const Message &message : messages)
        texts.append(message.content);
    return texts;
}

} // namespace

// The answers of a request with n > 1 in a real history file: saved as siblings while
// they arrive (shown or not), and shown as versions of the answer after reopening.
class TestChoiceHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    LoopbackServer *m_server = nullptr;
    ChatClient *m_client = nullptr;

    QString historyPath() const
    {
        return m_dir.filePath(QLatin1StringView(QTest::currentTestFunction()) + u".sqlite"_s);
    }

    void attach(ChatSession &session) const
    {
        session.setClient(m_client);
        session.setModel(u"m"_s);
        ModelParameters parameters;
        parameters.n = 3;
        session.setParameters(parameters);
    }

    static std::pair<int, int> shownSiblings(ChatSession &session, int row)
    {
        const QModelIndex index = session.conversation()->index(row);
        return {index.data(ConversationModel::SiblingIndexRole).toInt(),
                index.data(ConversationModel::SiblingCountRole).toInt()};
    }

    // The stored answers to the conversation's first question, in their stored order.
    static QList<Message> storedAnswers(const QString &path, const QString &conversationId)
    {
        ConversationStore store;
        if (!store.open(path))
            return {};
        QList<Message> answers;
        for (const Message &message : store.messages(conversationId)) {
            if (message.role == Message::Role::Assistant)
                answers.append(message);
        }
        return answers;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_server = new LoopbackServer(this);
        QVERIFY(m_server->listen());
        Endpoint endpoint;
        endpoint.baseUrl = m_server->baseUrl();
        ClientOptions options;
        options.maxRetries = 0;
        m_client = new ChatClient(endpoint, options, this);
    }

    void cleanup()
    {
        delete m_client;
        delete m_server;
    }

    void reopenedTheChoicesAreVersions()
    {
        m_server->enqueue(ScriptedResponse::sse(
            {chunk({{0, u"Tea"_s, {}}, {1, u"Coffee"_s, {}}}), chunk({{0, u" 🍵"_s, u"stop"_s}}),
             chunk({{1, u" ☕"_s, u"length"_s}}), chunk({{2, u"Water"_s, u"stop"_s}})},
            6));
        QString id;
        QString question;
        {
            ConversationStore store;
            QVERIFY(store.open(historyPath()));
            ChatSession session;
            attach(session);
            ConversationRecorder recorder(&store, &session, StoredConversation());
            id = session.id();
            QVERIFY(session.send(u"Drink?"_s));
            QVERIFY(QTest::qWaitFor([&] { return !session.isBusy(); }, 10'000));
            question = session.conversation()->at(0).id;
            QVERIFY(session.showSibling(1, +1)); // the person settles on choice 1
            QVERIFY(recorder.flush());
            QVERIFY(!recorder.hasUnsavedChanges());
        }

        ConversationStore store;
        QVERIFY(store.open(historyPath()));
        const std::optional<StoredConversation> info = store.conversation(id);
        QVERIFY(info);
        const QList<Message> stored = store.messages(id);
        QCOMPARE(stored.size(), 4);
        ChatSession reopened(nullptr, id);
        QVERIFY(reopened.load(stored, info->selectedChild));
        ConversationModel *shown = reopened.conversation();
        QCOMPARE(shown->rowCount(), 2);
        QCOMPARE(shown->at(0).content, u"Drink?"_s);
        QCOMPARE(shown->at(1).content, u"Coffee ☕"_s);
        QCOMPARE(shown->at(1).finishReason, u"length"_s);
        QCOMPARE(shownSiblings(reopened, 1), std::pair(1, 3));
        QVERIFY(reopened.showSibling(1, -1));
        QCOMPARE(shown->at(1).content, u"Tea 🍵"_s);
        QCOMPARE(shownSiblings(reopened, 1), std::pair(0, 3));
        QVERIFY(reopened.showSibling(1, +2));
        QCOMPARE(shown->at(1).content, u"Water"_s);
        QCOMPARE(shownSiblings(reopened, 1), std::pair(2, 3));
        for (const QString &answer : reopened.tree().childrenOf(question)) {
            QCOMPARE(reopened.tree().find(answer)->state, Message::State::Complete);
            QCOMPARE(reopened.tree().find(answer)->model, u"m-served"_s);
        }
    }

    void answersOffScreenAreCheckpointedAndStopped()
    {
        ScriptedResponse response
            = ScriptedResponse::sse({chunk({{0, u"Zero"_s, {}}}), chunk({{2, u"Two"_s, {}}}),
                                     chunk({{2, u" so far"_s, {}}})},
                                    0, false);
        response.ending = ScriptedResponse::Ending::Stall;
        m_server->enqueue(response);
        ConversationStore store;
        QVERIFY(store.open(historyPath()));
        ChatSession session;
        attach(session);
        ConversationRecorder recorder(&store, &session, StoredConversation());
        QVERIFY(session.send(u"Count"_s));
        // Choice 2 is never on screen; it is saved when it starts, and the checkpoints save
        // what follows.
        QTRY_COMPARE_WITH_TIMEOUT(contentsOf(storedAnswers(historyPath(), session.id())),
                                  QStringList({u"Zero"_s, u"Two so far"_s}), 5'000);
        QCOMPARE(storedAnswers(historyPath(), session.id()).at(1).state, Message::State::Streaming);

        session.stop();
        QVERIFY(QTest::qWaitFor([&] { return !session.isBusy(); }, 10'000));
        QVERIFY(recorder.flush());
        const QList<Message> answers = storedAnswers(historyPath(), session.id());
        QCOMPARE(contentsOf(answers), QStringList({u"Zero"_s, u"Two so far"_s}));
        QCOMPARE(answers.at(0).state, Message::State::Cancelled);
        QCOMPARE(answers.at(1).state, Message::State::Cancelled);
        QCOMPARE(answers.at(1).parentId, answers.at(0).parentId);
    }
};

QTEST_GUILESS_MAIN(TestChoiceHistory)
#include "tst_choicehistory.moc"
