#pragma once

#include "client/chatclient.h"
#include "conversationmodel.h"
#include "messagetree.h"
#include "protocol/modelparameters.h"
#include "streamaccumulator.h"

#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class ChatStream;
struct ApiError;
struct ChatDelta;

// The controller of one conversation: sends, stops, regenerates, edits and resends, and
// keeps the ConversationModel in step with the stream. A failed or stopped answer keeps
// what arrived, marked with its error. Regenerated answers and edited questions become
// siblings in the MessageTree; the model shows one branch of it.
class ChatSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ConversationModel *conversation READ conversation CONSTANT)
    Q_PROPERTY(QString model READ model WRITE setModel NOTIFY modelChanged)
    Q_PROPERTY(
        QString systemPrompt READ systemPrompt WRITE setSystemPrompt NOTIFY systemPromptChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusTextChanged)

public:
    explicit ChatSession(QObject *parent = nullptr);

    ConversationModel *conversation() { return &m_conversation; }
    ChatClient *client() const { return m_client; }
    void setClient(ChatClient *client);

    QString model() const { return m_model; }
    void setModel(const QString &model);
    QString systemPrompt() const { return m_systemPrompt; }
    void setSystemPrompt(const QString &prompt);
    const ModelParameters &parameters() const { return m_parameters; }
    void setParameters(const ModelParameters &parameters) { m_parameters = parameters; }
    bool isBusy() const { return m_stream != nullptr; }
    QString statusText() const { return m_statusText; }

    // Returns false (and says why in statusText) when nothing could be sent.
    Q_INVOKABLE bool send(const QString &text);
    Q_INVOKABLE void stop();
    // Regenerating, retrying and editing keep the earlier version in tree() as a sibling of
    // the new one. These and showSibling return false, changing nothing, while busy.

    // A new answer beside the assistant message at `row` (-1: the last answer, or asks
    // again when the last row is a question without one).
    Q_INVOKABLE bool regenerate(int row = -1);
    Q_INVOKABLE bool retry(int row); // regenerate(row) for a failed or cancelled answer
    Q_INVOKABLE bool editAndResend(int row, const QString &text); // a user row
    // Shows the previous (step -1) or next (+1) version of the message at `row`, and below
    // it the branch that version showed last. False at the ends.
    Q_INVOKABLE bool showSibling(int row, int step);

    const MessageTree &tree() const { return m_tree; }

Q_SIGNALS:
    void modelChanged();
    void systemPromptChanged();
    void busyChanged();
    void statusTextChanged();
    void answerFinished(int row);
    void answerFailed(int row, const QString &message);

private:
    bool hasClient();
    int appendMessage(const Message &message);
    void showBranch(int row, const QString &messageId);
    void refreshSiblings();
    bool startAnswer();
    void onDelta(const ChatDelta &delta);
    void onFinished();
    void onFailed(const ApiError &error);
    void onCancelled();
    void endStream(Message::State state, const ApiError &error);
    void setStatusText(const QString &text);

    ConversationModel m_conversation;
    MessageTree m_tree;
    QPointer<ChatClient> m_client;
    ChatStream *m_stream = nullptr;
    StreamAccumulator m_accumulator;
    int m_streamingRow = -1;
    QString m_model;
    QString m_systemPrompt;
    ModelParameters m_parameters;
    QString m_statusText;
};
