#pragma once

#include "transcriptentry.h"

#include <algorithm>

#include <QAbstractListModel>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class ConversationModel;
struct Message;

// What the conversation view shows, one row per visual piece: a question, an answer's
// reasoning header and reasoning blocks, each Markdown block of an answer, each tool call,
// and the answer's footer (metadata, errors, actions). One flat list lets the view reuse
// delegates across a 2,000-message chat and a 200,000-token answer alike; while an answer
// streams only its last block row changes (see TranscriptEntry).
class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ConversationModel *conversation READ conversation WRITE setConversation NOTIFY
                   conversationChanged)
    // How many messages at the top are not shown yet (a long conversation opens on its last
    // page of pageSize messages).
    Q_PROPERTY(int earlierCount READ earlierCount NOTIFY earlierCountChanged)
    // How many showEarlier() brings.
    Q_PROPERTY(int nextPageCount READ nextPageCount NOTIFY earlierCountChanged)
    // The conversation's response_format ({} for text): with JSON asked for, an answer that
    // starts like JSON shows as JSON even when it is broken, and is checked against the schema.
    Q_PROPERTY(
        QVariantMap outputFormat READ outputFormat WRITE setOutputFormat NOTIFY outputFormatChanged)

public:
    enum Roles {
        KindRole = Qt::UserRole + 1, // QString, see kindName(): picks the delegate
        TextRole, // QString: the block's Markdown (no remote content), the user's text,
                  // a tool call's arguments, or (footer) the whole answer
        LanguageRole, // QString: a code block's language
        LevelRole, // int: a heading's level
        MessageRowRole, // int: the message's row in the ConversationModel
        MessageIdRole, // QString
        LiveRole, // bool: the message is still arriving
        CursorRole, // bool: the streaming cursor belongs at the end of this row
        TitleRole, // QString: reasoning title ("Thought for 12 s"), a tool's name
        ThinkingRole, // bool: the model reasons and has not started its answer
        MetadataRole, // QString: model, tokens, first token, tokens/s
        EndNoteRole, // QString: why the answer ended when it was not a normal stop
        StateRole, // QString: Message::stateName()
        CanRetryRole, // bool: the answer failed or was stopped
        SiblingIndexRole, // int: 0-based position among the message's versions
        SiblingCountRole, // int: how many versions the message has
        ExpandedRole, // bool, writable: the reasoning panel is open
        // QVariantMap, a tool call's run: callId, status (ToolRun::statusName), source,
        // effect, approval, result, durationMs (-1 until it ran), ranArguments (indented
        // JSON when the person changed the model's arguments, else "")
        ToolRunRole,
        SchemaRole, // QVariantMap: a JSON answer's schema from outputFormat, else {}
        AttachmentsRole, // QVariantList: a question's attachments (AttachmentPresentation)
    };
    Q_ENUM(Roles)

    enum class Kind {
        User,
        Reasoning, // the reasoning panel's header
        ReasoningBlock,
        Paragraph,
        Heading,
        List,
        Quote,
        Code,
        Table,
        Rule,
        Json, // a whole answer that is a JSON document; TextRole is the JSON
        ToolCall,
        Footer,
    };

    static constexpr int pageSize = 100; // messages

    explicit TranscriptModel(QObject *parent = nullptr);
    ~TranscriptModel() override;

    ConversationModel *conversation() const { return m_conversation; }
    void setConversation(ConversationModel *conversation);
    QVariantMap outputFormat() const { return m_outputFormat.toVariantMap(); }
    void setOutputFormat(const QVariantMap &format);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    Kind kindAt(int row) const;
    static QString kindName(Kind kind);

    // Opens or folds the reasoning panel of the answer at a ConversationModel row.
    Q_INVOKABLE void setReasoningOpen(int messageRow, bool open);
    // The text of the newest answer, for "copy last answer".
    Q_INVOKABLE QString lastAnswerText() const;
    // The row of the newest user message in the conversation, or -1.
    Q_INVOKABLE int lastUserMessageRow() const;
    // This model's first row for the message at a ConversationModel row; -1 when it is not
    // shown (unknown, or above the messages shown).
    Q_INVOKABLE int firstRowOfMessage(int messageRow) const;
    int earlierCount() const { return m_first; }
    int nextPageCount() const { return std::min(m_first, pageSize); }
    // Shows up to `count` more messages above the first one shown.
    Q_INVOKABLE void showEarlier(int count = pageSize);
    // Shows earlier messages down to that one, then returns its first row.
    Q_INVOKABLE int revealMessage(int messageRow);
    // The text of the message at a ConversationModel row, e.g. to edit it.
    Q_INVOKABLE QString messageText(int messageRow) const;

Q_SIGNALS:
    void conversationChanged();
    void earlierCountChanged();
    void outputFormatChanged();

private:
    struct Slot
    {
        TranscriptEntry entry;
        int offset = 0; // the entry's first row here
        int rows = 0; // what this model has announced for it
    };
    class SlotListener;
    struct Position
    {
        int slot = -1;
        int local = -1;
    };

    Position locate(int row) const;
    Kind kindOf(const Slot &slot, int local) const;
    void shiftOffsets(int fromSlot, int delta);
    QVariant blockData(const MarkdownBlock &block, bool isReasoning, int role) const;

    void rebuild();
    void onRowsInserted(int first, int last);
    void onRowsAboutToBeRemoved(int first, int last);
    void onDataChanged(int first, int last, const QList<int> &roles);

    QPointer<ConversationModel> m_conversation;
    QList<Slot> m_slots; // for the ConversationModel rows from m_first on
    int m_first = 0;
    int m_rowCount = 0;
    QList<QMetaObject::Connection> m_connections;
    QJsonObject m_outputFormat;
    QVariantMap m_schema; // what json_schema asks the answers to follow
    bool m_jsonRequested = false;
};
