#include "chat/conversationmodel.h"
#include "chat/transcriptmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString answerText = QStringLiteral(
    "# Plan\n\nFirst we read the **file**.\n\n- one\n- two\n\n```cpp\nint main() {}\n```\n\n"
    "| a | b |\n|---|---|\n| 1 | 2 |\n\n> quoted\n\n---\n\nThe end with ![a "
    "cat](http://127.0.0.1:1/cat.png).");

// Every row as "kind:text", the way the view would see it.
QStringList rowsOf(const TranscriptModel &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        rows.append(model.data(index, TranscriptModel::KindRole).toString() + u':'
                    + model.data(index, TranscriptModel::TextRole).toString());
    }
    return rows;
}

QStringList kindsOf(const TranscriptModel &model)
{
    QStringList kinds;
    for (int row = 0; row < model.rowCount(); ++row)
        kinds.append(model.data(model.index(row), TranscriptModel::KindRole).toString());
    return kinds;
}

Message user(const QString &text)
{
    return Message::create(Message::Role::User, text);
}

} // namespace

class TestTranscriptModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneRowPerVisualPiece()
    {
        ConversationModel conversation;
        TranscriptModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversation(&conversation);

        conversation.append(Message::create(Message::Role::System, QStringLiteral("Be brief.")));
        conversation.append(user(QStringLiteral("Explain")));
        Message answer = Message::create(Message::Role::Assistant, answerText);
        answer.reasoning = QStringLiteral("Let me think.");
        answer.model = QStringLiteral("demo-model");
        answer.finishReason = QStringLiteral("length");
        conversation.append(answer);

        QCOMPARE(kindsOf(model),
                 QStringList({u"user"_s, u"reasoning"_s, u"heading"_s, u"paragraph"_s, u"list"_s,
                              u"code"_s, u"table"_s, u"quote"_s, u"rule"_s, u"paragraph"_s,
                              u"footer"_s}));
        QCOMPARE(model.data(model.index(5), TranscriptModel::LanguageRole).toString(), u"cpp"_s);
        QCOMPARE(model.data(model.index(5), TranscriptModel::TextRole).toString(),
                 u"int main() {}"_s);
        QCOMPARE(model.data(model.index(2), TranscriptModel::LevelRole).toInt(), 1);
        QCOMPARE(model.data(model.index(10), TranscriptModel::EndNoteRole).toString(),
                 u"Cut off: max tokens"_s);
        QCOMPARE(model.data(model.index(10), TranscriptModel::MessageRowRole).toInt(), 2);
        QCOMPARE(model.data(model.index(0), TranscriptModel::MessageRowRole).toInt(), 1);
        QCOMPARE(model.lastAnswerText(), answerText);
        QCOMPARE(model.lastUserMessageRow(), 1);
    }

    void remoteImagesBecomeLinks()
    {
        ConversationModel conversation;
        TranscriptModel model;
        model.setConversation(&conversation);
        conversation.append(Message::create(Message::Role::Assistant, answerText));
        const QString last
            = model.data(model.index(model.rowCount() - 2), TranscriptModel::TextRole).toString();
        QVERIFY2(!last.contains(u"!["), qPrintable(last));
        QVERIFY(last.contains(u"[Image: a cat](http://127.0.0.1:1/cat.png)"));
    }

    // The streaming path must end where a fresh model built from the same messages starts,
    // after every frame, whatever the piece size.
    void streamingMatchesRebuild_data()
    {
        QTest::addColumn<int>("pieceSize");
        for (int size : {1, 2, 3, 7, 16, 64})
            QTest::addRow("%d", size) << size;
    }

    void streamingMatchesRebuild()
    {
        QFETCH(int, pieceSize);
        ConversationModel conversation;
        TranscriptModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversation(&conversation);
        conversation.append(user(QStringLiteral("Explain")));
        Message answer = Message::create(Message::Role::Assistant);
        answer.state = Message::State::Pending;
        const int row = conversation.append(answer);

        const QString reasoning = QStringLiteral("Think first. Then answer.");
        for (qsizetype at = 0; at < reasoning.size(); at += pieceSize) {
            conversation.edit(row).state = Message::State::Streaming;
            conversation.edit(row).reasoning += reasoning.mid(at, pieceSize);
            conversation.noteChanged(row, Message::ReasoningField | Message::StateField);
            conversation.flushChanges();
        }
        for (qsizetype at = 0; at < answerText.size(); at += pieceSize) {
            conversation.edit(row).content += answerText.mid(at, pieceSize);
            conversation.noteChanged(row, Message::ContentField);
            conversation.flushChanges();
            TranscriptModel fresh;
            fresh.setConversation(&conversation);
            QCOMPARE(rowsOf(model), rowsOf(fresh));
        }
        conversation.edit(row).state = Message::State::Complete;
        conversation.noteChanged(row, Message::StateField);
        conversation.flushChanges();
        TranscriptModel fresh;
        fresh.setConversation(&conversation);
        QCOMPARE(rowsOf(model), rowsOf(fresh));
        QCOMPARE(model.rowCount(), 11); // user, reasoning, 8 blocks, footer
    }

    // A JSON answer streams as JSON code, then becomes one JSON row; a fresh model built from
    // the finished answer agrees.
    void aJsonAnswerBecomesOneJsonRow()
    {
        ConversationModel conversation;
        TranscriptModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversation(&conversation);
        conversation.append(user(u"JSON please"_s));
        Message answer = Message::create(Message::Role::Assistant);
        answer.state = Message::State::Pending;
        const int row = conversation.append(answer);
        const QString json = u"{\"city\": \"Oslo\",\n\n \"days\": [1, 2]}"_s;
        for (qsizetype at = 0; at < json.size(); at += 3) {
            conversation.edit(row).state = Message::State::Streaming;
            conversation.edit(row).content += json.mid(at, 3);
            conversation.noteChanged(row, Message::ContentField | Message::StateField);
            conversation.flushChanges();
            for (int block = 1; block < model.rowCount() - 1; ++block) {
                QCOMPARE(model.data(model.index(block), TranscriptModel::KindRole).toString(),
                         u"code"_s);
                QCOMPARE(model.data(model.index(block), TranscriptModel::LanguageRole).toString(),
                         u"json"_s);
            }
        }
        QCOMPARE(rowsOf(model),
                 QStringList({u"user:JSON please"_s, u"code:{\"city\": \"Oslo\","_s,
                              u"code: \"days\": [1, 2]}"_s, u"footer:"_s + json}));

        conversation.edit(row).state = Message::State::Complete;
        conversation.noteChanged(row, Message::StateField);
        conversation.flushChanges();
        QCOMPARE(rowsOf(model),
                 QStringList({u"user:JSON please"_s, u"json:"_s + json, u"footer:"_s + json}));
        QCOMPARE(model.data(model.index(1), TranscriptModel::SchemaRole).toMap(), QVariantMap());
        TranscriptModel fresh;
        fresh.setConversation(&conversation);
        QCOMPARE(rowsOf(fresh), rowsOf(model));
    }

    // Broken JSON is shown as JSON only when the conversation asks for JSON; a schema asked
    // for comes with the row.
    void theOutputFormatDecidesForBrokenJson()
    {
        ConversationModel conversation;
        TranscriptModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversation(&conversation);
        conversation.append(user(u"Weather?"_s));
        conversation.append(Message::create(Message::Role::Assistant, u"{\"city\": \"Oslo\","_s));
        conversation.append(
            Message::create(Message::Role::Assistant, u"```json\n{\"city\": \"Rome\"}\n```"_s));
        conversation.append(Message::create(Message::Role::Assistant, u"Sunny."_s));
        QCOMPARE(rowsOf(model),
                 QStringList({u"user:Weather?"_s, u"paragraph:{\"city\": \"Oslo\","_s,
                              u"footer:{\"city\": \"Oslo\","_s, u"json:{\"city\": \"Rome\"}"_s,
                              u"footer:```json\n{\"city\": \"Rome\"}\n```"_s, u"paragraph:Sunny."_s,
                              u"footer:Sunny."_s}));

        const QJsonObject schema {{u"type"_s, u"object"_s}};
        const QJsonObject format {
            {u"type"_s, u"json_schema"_s},
            {u"json_schema"_s, QJsonObject {{u"name"_s, u"w"_s}, {u"schema"_s, schema}}}};
        QSignalSpy changed(&model, &TranscriptModel::outputFormatChanged);
        model.setOutputFormat(format.toVariantMap());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(kindsOf(model),
                 QStringList({u"user"_s, u"json"_s, u"footer"_s, u"json"_s, u"footer"_s,
                              u"paragraph"_s, u"footer"_s}));
        QCOMPARE(model.data(model.index(1), TranscriptModel::TextRole).toString(),
                 u"{\"city\": \"Oslo\","_s);
        QCOMPARE(model.data(model.index(1), TranscriptModel::SchemaRole).toMap(),
                 schema.toVariantMap());
        QCOMPARE(model.data(model.index(3), TranscriptModel::SchemaRole).toMap(),
                 schema.toVariantMap());
        QCOMPARE(model.data(model.index(5), TranscriptModel::SchemaRole).toMap(), QVariantMap());
        TranscriptModel fresh;
        fresh.setOutputFormat(format.toVariantMap());
        fresh.setConversation(&conversation);
        QCOMPARE(rowsOf(fresh), rowsOf(model));

        model.setOutputFormat({});
        QCOMPARE(kindsOf(model),
                 QStringList({u"user"_s, u"paragraph"_s, u"footer"_s, u"json"_s, u"footer"_s,
                              u"paragraph"_s, u"footer"_s}));
    }

    void cursorFollowsTheLastBlock()
    {
        ConversationModel conversation;
        TranscriptModel model;
        model.setConversation(&conversation);
        Message answer = Message::create(Message::Role::Assistant);
        answer.state = Message::State::Pending;
        const int row = conversation.append(answer);
        QCOMPARE(kindsOf(model), QStringList({u"footer"_s}));
        QVERIFY(model.data(model.index(0), TranscriptModel::CursorRole).toBool());

        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        conversation.edit(row).state = Message::State::Streaming;
        conversation.edit(row).content = QStringLiteral("First.\n\nSec");
        conversation.noteChanged(row, Message::ContentField | Message::StateField);
        conversation.flushChanges();
        QCOMPARE(kindsOf(model), QStringList({u"paragraph"_s, u"paragraph"_s, u"footer"_s}));
        QVERIFY(!model.data(model.index(0), TranscriptModel::CursorRole).toBool());
        QVERIFY(model.data(model.index(1), TranscriptModel::CursorRole).toBool());
        QVERIFY(!model.data(model.index(2), TranscriptModel::CursorRole).toBool());

        // One more piece: only the last block and the footer are announced.
        changes.clear();
        conversation.edit(row).content += u"ond"_s;
        conversation.noteChanged(row, Message::ContentField);
        conversation.flushChanges();
        for (const auto &change : std::as_const(changes)) {
            const int first = change.at(0).toModelIndex().row();
            QVERIFY2(first >= 1, "a settled block was announced as changed");
        }

        conversation.edit(row).state = Message::State::Cancelled;
        conversation.noteChanged(row, Message::StateField);
        conversation.flushChanges();
        QVERIFY(!model.data(model.index(1), TranscriptModel::CursorRole).toBool());
        QVERIFY(model.data(model.index(2), TranscriptModel::CanRetryRole).toBool());
        QCOMPARE(model.data(model.index(2), TranscriptModel::EndNoteRole).toString(),
                 u"Stopped. What arrived is kept."_s);
    }

    void toolCallsAndRemoval()
    {
        ConversationModel conversation;
        TranscriptModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversation(&conversation);
        conversation.append(user(QStringLiteral("What time is it?")));
        Message answer = Message::create(Message::Role::Assistant);
        answer.state = Message::State::Streaming;
        const int row = conversation.append(answer);
        conversation.edit(row).toolCalls.append(
            ToolCall {u"call_1"_s, u"function"_s, u"get_time"_s, u"{\"tz\":"_s, {}, {}});
        conversation.noteChanged(row, Message::ToolCallsField);
        conversation.flushChanges();
        conversation.edit(row).toolCalls[0].arguments += u"\"UTC\"}"_s;
        conversation.noteChanged(row, Message::ToolCallsField);
        conversation.flushChanges();
        QCOMPARE(kindsOf(model), QStringList({u"user"_s, u"toolCall"_s, u"footer"_s}));
        QCOMPARE(model.data(model.index(1), TranscriptModel::TitleRole).toString(), u"get_time"_s);
        QCOMPARE(model.data(model.index(1), TranscriptModel::TextRole).toString(),
                 u"{\n    \"tz\": \"UTC\"\n}"_s);

        // The run shows on the card; the tool message itself shows no row.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        ToolRun &run = conversation.edit(row).toolCalls[0].run;
        run.status = ToolRun::Status::Done;
        run.source = u"builtin"_s;
        run.result = u"12:00"_s;
        run.startedAt = 1000;
        run.finishedAt = 1042;
        conversation.noteChanged(row, Message::ToolCallsField);
        conversation.flushChanges();
        QVERIFY(!changed.isEmpty());
        const QVariantMap shown = model.data(model.index(1), TranscriptModel::ToolRunRole).toMap();
        QCOMPARE(shown.value(u"callId"_s).toString(), u"call_1"_s);
        QCOMPARE(shown.value(u"status"_s).toString(), u"done"_s);
        QCOMPARE(shown.value(u"result"_s).toString(), u"12:00"_s);
        QCOMPARE(shown.value(u"durationMs"_s).toLongLong(), 42);
        Message result = Message::create(Message::Role::Tool, u"12:00"_s);
        result.toolCallId = u"call_1"_s;
        conversation.append(result);
        QCOMPARE(kindsOf(model), QStringList({u"user"_s, u"toolCall"_s, u"footer"_s}));

        conversation.removeFrom(1);
        QCOMPARE(kindsOf(model), QStringList({u"user"_s}));
        conversation.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    // A block that turns out to be another kind while it streams ("``" is a paragraph until
    // "`cpp" makes it code) is replaced, so that the view makes the right delegate for it.
    void aBlockThatChangesKindIsReplaced()
    {
        ConversationModel conversation;
        TranscriptModel model;
        model.setConversation(&conversation);
        conversation.append(user(QStringLiteral("Code?")));
        Message answer = Message::create(Message::Role::Assistant);
        answer.state = Message::State::Streaming;
        const int row = conversation.append(answer);
        conversation.edit(row).content = u"Here:\n\n``"_s;
        conversation.noteChanged(row, Message::ContentField);
        conversation.flushChanges();
        QCOMPARE(kindsOf(model),
                 QStringList({u"user"_s, u"paragraph"_s, u"paragraph"_s, u"footer"_s}));

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        conversation.edit(row).content += u"`cpp\nint x;\n"_s;
        conversation.noteChanged(row, Message::ContentField);
        conversation.flushChanges();
        QCOMPARE(kindsOf(model), QStringList({u"user"_s, u"paragraph"_s, u"code"_s, u"footer"_s}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 2); // the row that was a paragraph…
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 2); // …comes back as code

        // Growing without a change of kind stays a change.
        removed.clear();
        inserted.clear();
        conversation.edit(row).content += u"int y;\n"_s;
        conversation.noteChanged(row, Message::ContentField);
        conversation.flushChanges();
        QCOMPARE(removed.size(), 0);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(model.data(model.index(2), TranscriptModel::TextRole).toString(),
                 u"int x;\nint y;"_s);
    }

    // The reasoning shows as blocks while the model thinks, folds when the answer starts,
    // and opens again (and stays open) when the person asks.
    void reasoningOpensFoldsAndReopens()
    {
        ConversationModel conversation;
        TranscriptModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversation(&conversation);
        conversation.append(user(u"Why?"_s));
        Message answer = Message::create(Message::Role::Assistant);
        answer.state = Message::State::Streaming;
        answer.timings.reasoningStartedAt = 1;
        const int row = conversation.append(answer);
        conversation.edit(row).reasoning = u"First thought.\n\nSecond tho"_s;
        conversation.noteChanged(row, Message::ReasoningField);
        conversation.flushChanges();
        QCOMPARE(kindsOf(model),
                 QStringList({u"user"_s, u"reasoning"_s, u"reasoningBlock"_s, u"reasoningBlock"_s,
                              u"footer"_s}));
        QVERIFY(model.data(model.index(1), TranscriptModel::ExpandedRole).toBool());
        QVERIFY(model.data(model.index(3), TranscriptModel::CursorRole).toBool());
        QVERIFY(!model.data(model.index(2), TranscriptModel::CursorRole).toBool());

        conversation.edit(row).reasoning += u"ught."_s;
        conversation.noteChanged(row, Message::ReasoningField);
        conversation.flushChanges();
        QCOMPARE(model.data(model.index(3), TranscriptModel::TextRole).toString(),
                 u"Second thought."_s);

        // The answer starts: the panel folds by itself.
        conversation.edit(row).content = u"Because."_s;
        conversation.edit(row).timings.reasoningEndedAt = 2;
        conversation.noteChanged(row, Message::ContentField | Message::TimingsField);
        conversation.flushChanges();
        QCOMPARE(kindsOf(model),
                 QStringList({u"user"_s, u"reasoning"_s, u"paragraph"_s, u"footer"_s}));
        QVERIFY(!model.data(model.index(1), TranscriptModel::ExpandedRole).toBool());

        // Opened by hand (as the delegate does, through setData), it stays open.
        QVERIFY(model.flags(model.index(1)) & Qt::ItemIsEditable);
        QVERIFY(model.setData(model.index(1), true, TranscriptModel::ExpandedRole));
        QCOMPARE(kindsOf(model),
                 QStringList({u"user"_s, u"reasoning"_s, u"reasoningBlock"_s, u"reasoningBlock"_s,
                              u"paragraph"_s, u"footer"_s}));
        conversation.edit(row).content += u" Really."_s;
        conversation.edit(row).state = Message::State::Complete;
        conversation.noteChanged(row, Message::ContentField | Message::StateField);
        conversation.flushChanges();
        QCOMPARE(kindsOf(model).size(), 6);
        QVERIFY(!model.setData(model.index(4), true, TranscriptModel::ExpandedRole));
        model.setReasoningOpen(row, false);
        QCOMPARE(kindsOf(model).size(), 4);
    }

    // A long conversation opens on its last page; earlier pages come on request and equal
    // what a model showing everything would show.
    void longConversationsOpenOnTheirLastPage()
    {
        constexpr int count = 2 * TranscriptModel::pageSize + 50;
        ConversationModel conversation;
        for (int i = 0; i < count; ++i)
            conversation.append(i % 2 == 0 ? user(u"Question %1"_s.arg(i))
                                           : Message::create(Message::Role::Assistant,
                                                             u"Answer %1\n\n- a\n- b"_s.arg(i)));
        TranscriptModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy earlier(&model, &TranscriptModel::earlierCountChanged);
        model.setConversation(&conversation);
        QCOMPARE(model.earlierCount(), count - TranscriptModel::pageSize);
        QCOMPARE(model.nextPageCount(), TranscriptModel::pageSize);
        QCOMPARE(earlier.size(), 1);
        QCOMPARE(model.index(0).data(TranscriptModel::MessageRowRole).toInt(),
                 count - TranscriptModel::pageSize);
        QCOMPARE(model.index(0).data(TranscriptModel::TextRole).toString(),
                 u"Question %1"_s.arg(count - TranscriptModel::pageSize));
        QCOMPARE(model.firstRowOfMessage(0), -1);

        model.showEarlier();
        QCOMPARE(model.earlierCount(), count - 2 * TranscriptModel::pageSize);
        QCOMPARE(model.nextPageCount(), 50);
        const int row = model.revealMessage(3); // down to that message, no further
        QCOMPARE(model.earlierCount(), 3);
        QCOMPARE(model.index(row).data(TranscriptModel::MessageRowRole).toInt(), 3);
        QCOMPARE(model.index(row).data(TranscriptModel::TextRole).toString(), u"Answer 3"_s);
        model.showEarlier();
        QCOMPARE(model.earlierCount(), 0);

        // Page by page, the rows are the ones of a model that showed everything.
        const QStringList all = rowsOf(model);
        TranscriptModel paged;
        paged.setConversation(&conversation);
        while (paged.earlierCount() > 0)
            paged.showEarlier();
        QCOMPARE(rowsOf(paged), all);
        for (int r = 0; r < paged.rowCount(); ++r)
            QCOMPARE(paged.index(r).data(TranscriptModel::MessageRowRole),
                     model.index(r).data(TranscriptModel::MessageRowRole));
    }

    void changesAboveAndBelowTheFirstPage()
    {
        constexpr int count = TranscriptModel::pageSize + 20;
        ConversationModel conversation;
        for (int i = 0; i < count; ++i)
            conversation.append(user(u"Message %1"_s.arg(i)));
        TranscriptModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConversation(&conversation);
        QCOMPARE(model.earlierCount(), 20);

        // A new message arrives at the end.
        conversation.append(user(u"Newest"_s));
        QCOMPARE(model.earlierCount(), 20);
        QCOMPARE(rowsOf(model).constLast(), u"user:Newest"_s);
        // The answer streams in the last row shown.
        conversation.edit(count).content = u"Newest, edited"_s;
        conversation.noteChanged(count, Message::ContentField);
        conversation.flushChanges();
        QCOMPARE(rowsOf(model).constLast(), u"user:Newest, edited"_s);

        // Another branch from a message above the page: those below go, the rest follow.
        conversation.removeFrom(10);
        QCOMPARE(model.earlierCount(), 10);
        QCOMPARE(model.rowCount(), 0);
        conversation.append(user(u"Other branch"_s));
        QCOMPARE(rowsOf(model), QStringList {u"user:Other branch"_s});
        model.showEarlier();
        QCOMPARE(model.earlierCount(), 0);
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(rowsOf(model).constFirst(), u"user:Message 0"_s);
    }

    void thinkingTitle()
    {
        ConversationModel conversation;
        TranscriptModel model;
        model.setConversation(&conversation);
        Message answer = Message::create(Message::Role::Assistant);
        answer.state = Message::State::Streaming;
        answer.reasoning = u"Hmm"_s;
        answer.timings.reasoningStartedAt = 1'000;
        const int row = conversation.append(answer);
        QCOMPARE(model.data(model.index(0), TranscriptModel::TitleRole).toString(), u"Thinking…"_s);
        QVERIFY(model.data(model.index(0), TranscriptModel::ThinkingRole).toBool());
        conversation.edit(row).content = u"Answer"_s;
        conversation.edit(row).timings.reasoningEndedAt = 13'000;
        conversation.noteChanged(row, Message::ContentField | Message::TimingsField);
        conversation.flushChanges();
        QCOMPARE(model.data(model.index(0), TranscriptModel::TitleRole).toString(),
                 u"Thought for 12 s"_s);
        QVERIFY(!model.data(model.index(0), TranscriptModel::ThinkingRole).toBool());
    }
};

QTEST_GUILESS_MAIN(TestTranscriptModel)
#include "tst_transcriptmodel.moc"
