#pragma once

#include "capabilitymemory.h"
#include "choicebranches.h"
#include "client/chatclient.h"
#include "conversationmodel.h"
#include "messagetree.h"
#include "protocol/modelparameters.h"
#include "toolconsent.h"
#include "tools/toolrunner.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QtQml/qqmlregistration.h>

class AttachmentTray;
class ChatStream;
class ToolApprovals;
class ToolRegistry;
struct ApiError;
struct ChatDelta;

// The controller of one conversation: sends, stops, regenerates, edits and resends, and
// keeps the ConversationModel in step with the stream. A failed or stopped answer keeps
// what arrived, marked with its error. Regenerated answers and edited questions become
// siblings in the MessageTree; the model shows one branch of it. With the parameter n > 1
// every answer of the request is a sibling too (see ChoiceBranches).
class ChatSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString id READ id CONSTANT)
    Q_PROPERTY(ConversationModel *conversation READ conversation CONSTANT)
    Q_PROPERTY(QString model READ model WRITE setModel NOTIFY modelChanged)
    Q_PROPERTY(
        QString systemPrompt READ systemPrompt WRITE setSystemPrompt NOTIFY systemPromptChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    // The row of the answer arriving now, -1 when none: its versions can be switched while
    // they arrive.
    Q_PROPERTY(int streamingRow READ streamingRow NOTIFY streamingRowChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusTextChanged)
    // Tool calls waiting for the person: [{callId, tool, source, effect, arguments}]
    // (arguments as indented JSON text, whole).
    Q_PROPERTY(QVariantList pendingApprovals READ pendingApprovals NOTIFY approvalsChanged)
    // Tools (by the name the model sees) not offered in this conversation.
    Q_PROPERTY(QStringList disabledTools READ disabledTools WRITE setDisabledTools NOTIFY
                   disabledToolsChanged)

public:
    // A new conversation gets a fresh id; a stored one keeps its own (see load()).
    explicit ChatSession(QObject *parent = nullptr, const QString &id = {});

    QString id() const { return m_id; }

    ConversationModel *conversation() { return &m_conversation; }
    ChatClient *client() const { return m_client; }
    void setClient(ChatClient *client);

    QString model() const { return m_model; }
    void setModel(const QString &model);
    QString systemPrompt() const { return m_systemPrompt; }
    void setSystemPrompt(const QString &prompt);
    const ModelParameters &parameters() const { return m_parameters; }
    void setParameters(const ModelParameters &parameters);
    // An answer streams, or the tools it called run.
    bool isBusy() const;

    // Tools offered to the model; their calls run and the answer continues with their
    // results, for at most maxToolRounds rounds per question. Not owned; nullptr: none.
    void setTools(const ToolRegistry *tools);
    ToolRunner *toolRunner() const { return m_toolRunner; }
    void setMaxToolRounds(int rounds) { m_maxToolRounds = rounds; }
    int maxToolRounds() const { return m_maxToolRounds; }
    static constexpr int defaultMaxToolRounds = 8;
    // With approvals set, a call that needs consent waits in pendingApprovals for
    // answerApproval(); without, it is refused. Not owned.
    void setApprovals(ToolApprovals *approvals);
    const ToolRegistry *tools() const { return m_tools; }
    // What is known of a model (by id) when a request is made: tools are not offered to a
    // model marked without them, nor a reasoning effort to one marked without reasoning.
    // What the conversation learns itself is heeded too, kept or not.
    void setCapabilityLookup(CapabilityMemory::Lookup lookup)
    {
        m_capabilities.setLookup(std::move(lookup));
    }
    QStringList disabledTools() const;
    void setDisabledTools(const QStringList &names);

    enum Approval { AllowOnce, AllowForChat, AlwaysAllow, Deny }; // ApprovalDecision's order
    Q_ENUM(Approval)
    QVariantList pendingApprovals() const;
    // Answers a waiting call; `arguments` is the JSON text to run it with (edited or not).
    // False, changing nothing, when the call is not waiting or the text is not a JSON
    // object that fits the tool's schema.
    Q_INVOKABLE bool answerApproval(const QString &callId, int decision, const QString &arguments);
    // What is wrong with arguments for a waiting call (not JSON, not what the tool takes),
    // for people; empty when they would run.
    Q_INVOKABLE QString argumentProblems(const QString &callId, const QString &arguments) const;
    QString statusText() const { return m_statusText; }

    // Returns false (and says why in statusText) when nothing could be sent.
    Q_INVOKABLE bool send(const QString &text);
    // The question with what the tray holds; the tray is emptied when it is sent.
    Q_INVOKABLE bool send(const QString &text, AttachmentTray *attachments);
    bool send(const QString &text, const QList<Attachment> &attachments);
    Q_INVOKABLE void stop();
    // Regenerating, retrying and editing keep the earlier version in tree() as a sibling of
    // the new one. These and showSibling return false, changing nothing, while busy (except
    // showSibling on the streaming answer's row).

    // A new answer beside the assistant message at `row` (-1: the last answer, or asks
    // again when the last row is a question without one).
    Q_INVOKABLE bool regenerate(int row = -1);
    Q_INVOKABLE bool retry(int row); // regenerate(row) for a failed or cancelled answer
    Q_INVOKABLE bool editAndResend(int row, const QString &text); // a user row
    // Shows the previous (step -1) or next (+1) version of the message at `row`, and below
    // it the branch that version showed last. False at the ends. Works on the streaming
    // answer too: the versions still arriving go on arriving, shown or not.
    Q_INVOKABLE bool showSibling(int row, int step);

    const MessageTree &tree() const { return m_tree; }
    // The answer arriving now, with everything received so far (the version on screen when
    // that is one of the request's answers, else choice 0); nullptr when idle.
    const Message *streamingMessage() const;
    // Every answer of the request arriving now (more than one with n > 1); empty when idle.
    QList<const Message *> streamingMessages() const;
    int streamingRow() const { return m_streamingRow; }

    // Shows a stored conversation: every message of its tree (parents before children,
    // in the order they were made) and the child chosen under each parent ("" for the
    // roots). Replaces what was shown; false while busy.
    bool load(const QList<Message> &messages, const QHash<QString, QString> &selectedChildren);
    // Shows the branch that contains the message; returns its row, -1 when unknown.
    int reveal(const QString &messageId);

Q_SIGNALS:
    void modelChanged();
    void systemPromptChanged();
    void busyChanged();
    void streamingRowChanged();
    void statusTextChanged();
    void answerFinished(int row);
    void answerFailed(int row, const QString &message);
    void approvalsChanged();
    void disabledToolsChanged();
    // A call of `answer` ended: ran, failed, was denied or cancelled (see call.run).
    void toolRunFinished(const Message &answer, const ToolCall &call);
    void parametersChanged();
    // An answer showed something about `model`: it took (or refused) images, tools or a
    // reasoning effort, or sent its reasoning.
    void capabilityObserved(const QString &model, ModelCapability capability, bool supported);
    // For whoever keeps the conversation: a message was added to the tree, or reached its
    // final state (the ones streaming are read through streamingMessages() meanwhile)…
    void messageChanged(const Message &message);
    // …and the version shown under `parentId` ("" for the first message) is now `childId`.
    void branchSelected(const QString &parentId, const QString &childId);

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
    bool runTools(const Message &answer);
    void onToolsFinished(const QList<ToolRunner::Outcome> &outcomes);
    void onToolStarted(int index, const QJsonObject &arguments);
    void onToolSettled(int index, const ToolRunner::Outcome &outcome);
    void updateToolRun(const QString &callId, const std::function<void(ToolRun &)> &change);
    void setStatusText(const QString &text);

    QString m_id;
    ConversationModel m_conversation;
    MessageTree m_tree;
    QPointer<ChatClient> m_client;
    ChatStream *m_stream = nullptr;
    ChoiceBranches m_choices {m_tree, m_conversation};
    CapabilityMemory m_capabilities;
    int m_streamingRow = -1;
    QString m_model;
    QString m_systemPrompt;
    ModelParameters m_parameters;
    QString m_statusText;
    const ToolRegistry *m_tools = nullptr;
    ToolRunner *m_toolRunner = nullptr;
    int m_maxToolRounds = defaultMaxToolRounds;
    int m_toolRounds = 0; // since the question
    bool m_toolsCancelled = false;
    QSet<QString> m_disabledTools;
    QString m_toolAnswerId; // the answer whose tool calls run, or ran last
    ToolConsent m_consent {{
        [this](const QString &callId) {
            updateToolRun(callId,
                          [](ToolRun &run) { run.status = ToolRun::Status::WaitingForApproval; });
        },
        [this] { Q_EMIT approvalsChanged(); },
    }};
};
