#pragma once

#include "chat/message.h"
#include "chat/streamaccumulator.h"
#include "clioptions.h"
#include "terminaloutput.h"

#include <QObject>

class ChatClient;
class ChatStream;

// `confab-cli ask`: one streamed (or whole) answer, printed as it arrives or as JSON.
class AskCommand : public QObject
{
    Q_OBJECT

public:
    explicit AskCommand(const CliOptions &options, QObject *parent = nullptr);

    void start(); // reads the prompt, sends the request
    int exitCode() const { return m_exitCode; }

Q_SIGNALS:
    void done(int exitCode);

private:
    void onDelta(const ChatDelta &delta);
    void finish(const ApiError &error);
    void printJson();
    void scheduleFlush();

    CliOptions m_options;
    ChatClient *m_client;
    ChatStream *m_stream = nullptr;
    Message m_message;
    StreamAccumulator m_accumulator;
    TerminalOutput m_output;
    qsizetype m_printedContent = 0;
    qsizetype m_printedReasoning = 0;
    bool m_flushScheduled = false;
    int m_exitCode = 0;
};
