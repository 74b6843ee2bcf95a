// Full-text search in a real SQLite file: any script, newest first, short words, answers
// that are still streaming, and queries full of FTS5 syntax.
#include "historyfixtures.h"
#include "storage/conversationstore.h"
#include "storage/schema.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

StoredConversation conversation()
{
    StoredConversation c;
    c.id = u"c1"_s;
    c.title = u"Streaming in Qt"_s;
    c.createdAt = c.updatedAt = 1700000000000;
    return c;
}

// A question; the store ranks hits by the order they were saved in.
Message textMessage(const QString &id, const QString &parentId, const QString &content)
{
    return HistoryFixtures::message(id, parentId, Message::Role::User, content,
                                    QDateTime::currentMSecsSinceEpoch());
}

} // namespace

class TestConversationSearch : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path
            = m_dir.filePath(u"%1.sqlite"_s.arg(QLatin1StringView(QTest::currentTestFunction())));
    }

    void searchFindsTextInAnyScript_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("messageId");
        QTest::addColumn<QString>("marked");
        QTest::newRow("english") << u"stream"_s << u"en"_s << u"[stream]"_s;
        QTest::newRow("english case") << u"QT STREAMING"_s << u"en"_s << u"[Qt]"_s;
        QTest::newRow("cjk") << u"流式输出"_s << u"zh"_s << u"[流式输出]"_s;
        QTest::newRow("cjk short") << u"流式"_s << u"zh"_s << u"[流式]"_s;
        QTest::newRow("emoji") << u"🚀 launch"_s << u"emoji"_s << u"[🚀]"_s;
        QTest::newRow("emoji in a word") << u"y🚀"_s << u"emoji"_s << u"[y🚀]"_s;
        QTest::newRow("emoji trigram") << u"y🚀 l"_s.remove(u' ') << u"emoji"_s << u"[y🚀l]"_s;
        QTest::newRow("emoji alone") << u"🚀"_s << u"emoji"_s << u"[🚀]"_s;
        QTest::newRow("reasoning") << u"ponder"_s << u"en"_s << u"[ponder]"_s;
    }

    void searchFindsTextInAnyScript()
    {
        QFETCH(QString, query);
        QFETCH(QString, messageId);
        QFETCH(QString, marked);
        ConversationStore store;
        QVERIFY(store.open(m_path));
        QVERIFY(store.saveConversation(conversation()));
        Message en = textMessage(u"en"_s, {}, u"How does Qt streaming work?"_s);
        en.reasoning = u"Let me ponder the question."_s;
        QVERIFY(store.saveMessage(u"c1"_s, en));
        QVERIFY(store.saveMessage(u"c1"_s, textMessage(u"zh"_s, {}, u"我们支持流式输出了。"_s)));
        QVERIFY(store.saveMessage(u"c1"_s, textMessage(u"emoji"_s, {}, u"Ready🚀launch now"_s)));
        const auto hits = store.search(query);
        QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].conversationId, u"c1"_s);
        QCOMPARE(hits[0].messageId, messageId);
        QVERIFY2(hits[0].snippet.contains(marked, Qt::CaseInsensitive),
                 qPrintable(hits[0].snippet));
    }

    void searchListsNewestFirstAndTracksEdits()
    {
        ConversationStore store;
        QVERIFY(store.open(m_path));
        QVERIFY(store.saveConversation(conversation()));
        QVERIFY(store.saveMessage(u"c1"_s, textMessage(u"a"_s, {}, u"one kitten"_s)));
        QVERIFY(store.saveMessage(u"c1"_s, textMessage(u"b"_s, {}, u"kitten kitten kitten"_s)));
        QVERIFY(store.saveMessage(u"c1"_s, textMessage(u"c"_s, {}, u"a kit and a ten"_s)));
        auto hits = store.search(u"kitten"_s);
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits[0].messageId, u"b"_s);
        QCOMPARE(hits[1].messageId, u"a"_s);
        // Short words use a scan, newest first as well.
        hits = store.search(u"n"_s);
        QCOMPARE(hits.size(), 3);
        QCOMPARE(hits[0].messageId, u"c"_s);
        QVERIFY(store.saveMessage(u"c1"_s, textMessage(u"b"_s, {}, u"puppy"_s)));
        hits = store.search(u"kitten"_s);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].messageId, u"a"_s);
        QCOMPARE(store.search(u"puppy"_s).size(), 1);
        QCOMPARE(store.search(u"kitten"_s, 0).size(), 0);
    }

    // Short words are found by a scan of the newest messages; longer ones anywhere.
    void shortWordsSearchTheNewestMessages()
    {
        ConversationStore store;
        QVERIFY(store.open(m_path));
        QVERIFY(store.saveConversation(conversation()));
        QVERIFY(store.saveMessage(u"c1"_s, textMessage(u"old"_s, {}, u"xy marks an oldword"_s)));
        QCOMPARE(store.search(u"xy"_s).size(), 1);
        QSqlDatabase db = QSqlDatabase::database(store.connectionName());
        QVERIFY(db.transaction());
        for (int i = 0; i < Schema::substringSearchWindow; ++i)
            QVERIFY(store.saveMessage(u"c1"_s, textMessage(u"m%1"_s.arg(i), {}, u"filler"_s)));
        QVERIFY(db.commit());
        QVERIFY(store.search(u"xy"_s).isEmpty());
        QCOMPARE(store.search(u"oldword"_s).value(0).messageId, u"old"_s);
        QCOMPARE(store.search(u"oldword xy"_s).size(), 0); // a short word limits the search
    }

    // A streaming answer is checkpointed often; it enters the index once, when it ends.
    void streamingAnswersAreIndexedWhenTheyEnd()
    {
        ConversationStore store;
        QVERIFY(store.open(m_path));
        QVERIFY(store.saveConversation(conversation()));
        Message answer = textMessage(u"s"_s, {}, u"half a giraffe"_s);
        answer.state = Message::State::Streaming;
        QVERIFY(store.saveMessage(u"c1"_s, answer));
        answer.content += u" and a zebra"_s;
        QVERIFY(store.saveMessage(u"c1"_s, answer));
        QVERIFY(store.search(u"giraffe"_s).isEmpty());
        QCOMPARE(store.markInterrupted(u"c1"_s), 1);
        QCOMPARE(store.messages(u"c1"_s).constFirst().state, Message::State::Interrupted);
        QCOMPARE(store.search(u"zebra"_s).value(0).messageId, u"s"_s);
        QCOMPARE(store.markInterrupted(u"c1"_s), 0);
        // Retried and finished: the new text replaces the old in the index.
        answer.content = u"a whole okapi"_s;
        answer.state = Message::State::Complete;
        QVERIFY(store.saveMessage(u"c1"_s, answer));
        QVERIFY(store.search(u"zebra"_s).isEmpty());
        QCOMPARE(store.search(u"okapi"_s).size(), 1);
        // Removing it leaves an index that still checks out.
        QVERIFY(store.removeConversation(u"c1"_s));
        QVERIFY(store.search(u"okapi"_s).isEmpty());
        QSqlQuery query(QSqlDatabase::database(store.connectionName()));
        QVERIFY(query.exec(
            u"INSERT INTO message_search (message_search) VALUES ('integrity-check')"_s));
    }

    void searchSurvivesQuerySyntax_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("quote") << u"say \"hi"_s;
        QTest::newRow("quotes") << u"\"quoted\" (paren) star*"_s;
        QTest::newRow("operators") << u"a OR b NOT c NEAR(d e)"_s;
        QTest::newRow("column filter") << u"content: x^y {a b}"_s;
        QTest::newRow("like wildcards") << u"%_\\"_s;
        QTest::newRow("only star") << u"*"_s;
    }

    void searchSurvivesQuerySyntax()
    {
        QFETCH(QString, query);
        ConversationStore store;
        QVERIFY(store.open(m_path));
        QVERIFY(store.saveConversation(conversation()));
        QVERIFY(store.saveMessage(u"c1"_s, textMessage(u"m"_s, {}, u"plain text 100%"_s)));
        const auto hits = store.search(query);
        QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
        QVERIFY(hits.isEmpty());
        QCOMPARE(store.search(u"say \"hi"_s).size(), 0);
        QCOMPARE(store.search(u"100%"_s).size(), 1); // the % is a literal character
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_GUILESS_MAIN(TestConversationSearch)
#include "tst_conversationsearch.moc"
