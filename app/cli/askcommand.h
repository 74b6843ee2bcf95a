#pragma once

#include "chat/message.h"
#include "chat/streamaccumulator.h"
#include "clioptions.h"
#include "terminaloutput.h"
#include "tools/toolrunner.h"

#include <QJsonArray>
#include <QMap>
#include <QObject>
#include <QSet>

class ChatClient;
class ChatStream;
class CliTools;

// `confab-cli ask`: one streamed (or whole) answer, printed as it arrives or as JSON. With
// tools, the calls the model makes run as --approve allows, their results go back as tool
// messages and the answer goes on, for at most --max-tool-rounds rounds of calls. With
// n > 1 choice 0 streams as it arrives and drives the tools; the other choices of the last
// request follow it, each after a line "--- choice 2 of 3 ---".
class AskCommand : public QObject
{
    Q_OBJECT

public:
    static constexpr int toolRoundLimitExitCode = 7;

    // `tools` (not owned) is nullptr without --tools; it must be ready before start().
    explicit AskCommand(const CliOptions &options, CliTools *tools = nullptr,
                        QObject *parent = nullptr);

    void start(); // reads the prompt, sends the request
    int exitCode() const { return m_exitCode; }

Q_SIGNALS:
    void done(int exitCode);

private:
    void sendRequest();
    void onDelta(const ChatDelta &delta);
    void onStreamEnded(const ApiError &error);
    bool runTools();
    void onToolsFinished(const QList<ToolRunner::Outcome> &outcomes);
    void finish(const ApiError &error);
    void writeEndNotes(const Message &answer, bool callsRan);
    void printOtherChoices();
    void printJson(const QString &limitMessage);
    void scheduleFlush();

    CliOptions m_options;
    ChatClient *m_client;
    CliTools *m_tools;
    ToolRunner *m_runner = nullptr;
    ChatStream *m_stream = nullptr;
    QList<RequestMessage> m_history; // the request's messages so far
    Message m_message; // the answer of the latest request
    StreamAccumulator m_accumulator;
    struct OtherChoice
    {
        Message message;
        StreamAccumulator accumulator;
    };
    QMap<int, OtherChoice> m_otherChoices; // choices 1… of the latest request, by index
    TerminalOutput m_output;
    qsizetype m_printedContent = 0;
    qsizetype m_printedReasoning = 0;
    bool m_flushScheduled = false;
    int m_exitCode = 0;

    // Over all the requests of this question.
    int m_toolRounds = 0;
    bool m_roundLimitReached = false;
    QSet<QString> m_refusedCalls; // ids of this round's calls that --approve did not allow
    QJsonArray m_toolResults; // for --json
    TokenUsage m_usage;
    qint64 m_sentAt = 0;
    qint64 m_firstByteAt = 0;
    qint64 m_firstTokenAt = 0;
};
