// One store checkpoints a streaming answer (a worker thread, or another process) while a
// second store on the same file lists, reads and searches: in WAL mode the reader never
// waits and never fails, sees only whole checkpoints, and sees the final text at the end.

#include "storage/conversationstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int checkpoints = 400;
constexpr int checkpointIntervalMs = 3; // far more often than the app (500 ms)
constexpr int otherConversations = 30;
const QString streamingId = u"c-streaming"_s;
const QString questionId = u"m-question"_s;
const QString answerId = u"m-answer"_s;
const QString writerArgument = u"--stream-answer"_s;

// The answer after `count` checkpoints: each adds a piece (non-ASCII included, ~150 bytes,
// so that the row soon spills over several pages); the last adds a word no other message
// has. Every earlier text is a prefix of the final one.
QString answerText(int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += u"Piece %1 of the answer: a naïve café, 数据库 and 🚀, with enough words "
                "that every checkpoint rewrites a longer row than the one before. "_s.arg(i);
    return count == checkpoints ? text + u"quokkafinale"_s : text;
}

Message message(const QString &id, const QString &parentId, Message::Role role,
                const QString &content)
{
    Message m;
    m.id = id;
    m.parentId = parentId;
    m.role = role;
    m.content = content;
    m.createdAt = 1'700'000'000'000;
    return m;
}

Message answer(int count)
{
    Message m = message(answerId, questionId, Message::Role::Assistant, answerText(count));
    m.state = count == 0      ? Message::State::Pending
        : count < checkpoints ? Message::State::Streaming
                              : Message::State::Complete;
    return m;
}

// What ConversationRecorder does while an answer arrives, much faster: saveMessage of the
// same message with more text, then once complete. Returns what went wrong, if anything.
QString streamAnswer(const QString &path, const QString &connectionName)
{
    ConversationStore store(connectionName);
    if (!store.open(path))
        return store.lastError();
    for (int count = 1; count <= checkpoints; ++count) {
        if (!store.saveMessage(streamingId, answer(count)))
            return u"checkpoint %1: %2"_s.arg(count).arg(store.lastError());
        QThread::msleep(checkpointIntervalMs);
    }
    return {};
}

// What the reader saw of the answer.
struct Progress
{
    int rounds = 0;
    int distinctLengths = 0;
    qsizetype length = -1;
    bool complete = false;
};

} // namespace

// streamAnswer() on a thread of its own, joined however the test ends.
class WriterThread
{
public:
    explicit WriterThread(const QString &path)
        : m_thread(QThread::create([this, path] {
            m_error = streamAnswer(path, u"writer-thread"_s);
            m_done = true;
        }))
    {
        m_thread->start();
    }
    ~WriterThread() { m_thread->wait(); }

    bool done() const { return m_done; }
    QString finish() // waits; the writer's error, empty when it wrote everything
    {
        m_thread->wait();
        return m_error;
    }

private:
    std::atomic<bool> m_done = false;
    QString m_error;
    std::unique_ptr<QThread> m_thread;
};

class TestStoreConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path
            = m_dir.filePath(u"%1.sqlite"_s.arg(QLatin1StringView(QTest::currentTestFunction())));
        ConversationStore store;
        QVERIFY2(store.open(m_path), qPrintable(store.lastError()));
        for (int i = 0; i <= otherConversations; ++i) {
            StoredConversation c;
            c.id = i < otherConversations ? u"c-%1"_s.arg(i) : streamingId;
            c.title = u"Conversation %1"_s.arg(i);
            c.updatedAt = 1'700'000'000'000 + i;
            QVERIFY2(store.saveConversation(c), qPrintable(store.lastError()));
        }
        for (int i = 0; i < otherConversations; ++i) {
            const QString q = u"q-%1"_s.arg(i);
            QVERIFY(store.saveMessage(
                u"c-%1"_s.arg(i),
                message(q, {}, Message::Role::User, u"Where is lighthouse number %1?"_s.arg(i))));
            QVERIFY(store.saveMessage(u"c-%1"_s.arg(i),
                                      message(u"a-%1"_s.arg(i), q, Message::Role::Assistant,
                                              u"In Qt terms, the lighthouse is a beacon."_s)));
        }
        QVERIFY(store.saveMessage(
            streamingId, message(questionId, {}, Message::Role::User, u"Tell me a story."_s)));
        QVERIFY2(store.saveMessage(streamingId, answer(0)), qPrintable(store.lastError()));
    }

    void readerWhileAThreadStreams()
    {
        ConversationStore reader(u"reader"_s);
        QVERIFY2(reader.open(m_path), qPrintable(reader.lastError()));
        qInfo("busy_timeout on a store's connection: %d ms", busyTimeout(reader));
        WriterThread writer(m_path);
        Progress progress;
        while (!writer.done()) {
            readRound(reader, progress);
            if (QTest::currentTestFailed())
                return;
        }
        const QString writerError = writer.finish();
        QVERIFY2(writerError.isEmpty(), qPrintable(writerError));
        checkEnd(reader, progress);
    }

    // Another Confab (or confab-cli) writes the same file: this test run again as the writer.
    void readerWhileAnotherProcessStreams()
    {
        ConversationStore reader(u"reader"_s);
        QVERIFY2(reader.open(m_path), qPrintable(reader.lastError()));
        QProcess writer;
        writer.start(QCoreApplication::applicationFilePath(), {writerArgument, m_path});
        QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
        auto stop = qScopeGuard([&] {
            writer.kill();
            writer.waitForFinished();
        });
        Progress progress;
        QElapsedTimer timer;
        timer.start();
        while (writer.state() != QProcess::NotRunning && timer.elapsed() < 30'000) {
            readRound(reader, progress);
            if (QTest::currentTestFailed())
                return;
            QCoreApplication::processEvents(); // notices the writer's end
        }
        QCOMPARE(writer.state(), QProcess::NotRunning);
        stop.dismiss();
        QCOMPARE(writer.exitStatus(), QProcess::NormalExit);
        QVERIFY2(writer.exitCode() == 0, writer.readAllStandardError().constData());
        checkEnd(reader, progress);
    }

    // The window saves the conversation's title, a branch choice and another conversation's
    // message while an answer streams from another connection: SQLite has one writer at a
    // time, and the second waits (the connection's busy timeout) instead of failing.
    void secondWriterWaitsForTheFirst()
    {
        ConversationStore window(u"window"_s);
        QVERIFY2(window.open(m_path), qPrintable(window.lastError()));
        WriterThread writer(m_path);
        QElapsedTimer timer;
        qint64 longestWriteNs = 0;
        int writes = 0;
        for (; !writer.done(); ++writes) {
            StoredConversation c = *window.conversation(u"c-1"_s);
            c.title = u"Renamed %1"_s.arg(writes);
            timer.start();
            const bool saved = window.saveConversation(c)
                && window.setSelectedChild(u"c-2"_s, {}, u"q-2"_s)
                && window.saveMessage(u"c-3"_s,
                                      message(u"extra-%1"_s.arg(writes), u"a-3"_s,
                                              Message::Role::User, u"More, please."_s));
            longestWriteNs = std::max(longestWriteNs, timer.nsecsElapsed());
            QVERIFY2(saved, qPrintable(window.lastError()));
            QThread::msleep(2);
        }
        const QString writerError = writer.finish();
        QVERIFY2(writerError.isEmpty(), qPrintable(writerError));
        QCOMPARE(window.conversation(u"c-1"_s)->title, u"Renamed %1"_s.arg(writes - 1));
        QCOMPARE(window.messages(u"c-3"_s).size(), 2 + writes);
        QCOMPARE(window.messages(streamingId).value(1).content, answerText(checkpoints));
        qInfo("%d saves of three writes each while the answer streamed; the slowest took "
              "%.1f ms",
              writes, double(longestWriteNs) / 1e6);
    }

private:
    static int busyTimeout(const ConversationStore &store)
    {
        QSqlQuery query(QSqlDatabase::database(store.connectionName(), false));
        return query.exec(u"PRAGMA busy_timeout"_s) && query.next() ? query.value(0).toInt() : -1;
    }

    // One round of what a window does with the history while an answer streams.
    void readRound(ConversationStore &store, Progress &progress)
    {
        const QString full = answerText(checkpoints);
        ++progress.rounds;
        const QList<StoredConversation> list = store.conversations(100, 0);
        QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
        QCOMPARE(list.size(), otherConversations + 1);
        QCOMPARE(list.first().id, streamingId);

        const QList<Message> messages = store.messages(streamingId);
        QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
        QCOMPARE(messages.size(), 2);
        const Message &answer = messages.at(1);
        QCOMPARE(answer.id, answerId);
        QVERIFY2(full.startsWith(answer.content),
                 qPrintable(
                     u"not a checkpoint: %1 characters, ending \"%2\""_s.arg(answer.content.size())
                         .arg(answer.content.right(30))));
        QVERIFY2(answer.content.size() >= progress.length,
                 qPrintable(u"the answer shrank from %1 to %2 characters"_s.arg(progress.length)
                                .arg(answer.content.size())));
        if (answer.content.size() > progress.length)
            ++progress.distinctLengths;
        progress.length = answer.content.size();
        progress.complete = answer.state == Message::State::Complete;
        QCOMPARE(answer.state,
                 answer.content.isEmpty()                  ? Message::State::Pending
                     : answer.content.size() < full.size() ? Message::State::Streaming
                                                           : Message::State::Complete);

        QCOMPARE(store.messages(u"c-7"_s).size(), 2);
        QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
        QCOMPARE(store.search(u"lighthouse"_s).size(), 20); // the trigram index
        QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
        QVERIFY(!store.search(u"Qt"_s).isEmpty()); // a LIKE scan of every message
        QVERIFY2(store.lastError().isEmpty(), qPrintable(store.lastError()));
    }

    void checkEnd(ConversationStore &reader, Progress &progress)
    {
        readRound(reader, progress);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(progress.complete);
        QCOMPARE(reader.messages(streamingId).value(1).content, answerText(checkpoints));
        const QList<ConversationStore::SearchHit> hits = reader.search(u"quokkafinale"_s);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().messageId, answerId);
        // Reads overlapped the writes: the reader saw the answer grow many times.
        QVERIFY2(progress.distinctLengths > 10,
                 qPrintable(u"only %1 lengths seen"_s.arg(progress.distinctLengths)));
        qInfo("%d read rounds saw %d different lengths of the answer; WAL file %lld bytes",
              progress.rounds, progress.distinctLengths,
              qlonglong(QFileInfo(m_path + u"-wal"_s).size()));
    }

    QTemporaryDir m_dir;
    QString m_path;
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 3 && arguments.at(1) == writerArgument) {
        const QString error = streamAnswer(arguments.at(2), u"writer-process"_s);
        if (!error.isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(error));
        return error.isEmpty() ? 0 : 1;
    }
    TestStoreConcurrency test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_storeconcurrency.moc"
