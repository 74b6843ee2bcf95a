#pragma once

#include "render/markdownblocks.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class ConversationModel;
struct Message;

// What the conversation view shows, one row per visual piece: a user message, an
// answer's reasoning panel, each Markdown block of an answer, each tool call, and the
// answer's footer (metadata, errors, actions). One flat list lets the view reuse
// delegates across a 2,000-message chat and a 200,000-token answer alike; while an answer
// streams only its last block row changes, and text arrives through MarkdownBlocks'
// append path, so no delta re-reads the whole message.
class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(ConversationModel *conversation READ conversation WRITE setConversation NOTIFY
                   conversationChanged)

public:
    enum Roles {
        KindRole = Qt::UserRole + 1, // QString, see kindName(): picks the delegate
        TextRole, // QString: the block's Markdown (no remote content), the user's text,
                  // the reasoning, a tool call's arguments, or (footer) the whole answer
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
    };
    Q_ENUM(Roles)

    enum class Kind {
        User,
        Reasoning,
        Paragraph,
        Heading,
        List,
        Quote,
        Code,
        Table,
        Rule,
        ToolCall,
        ToolResult,
        Footer,
    };

    explicit TranscriptModel(QObject *parent = nullptr);

    ConversationModel *conversation() const { return m_conversation; }
    void setConversation(ConversationModel *conversation);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Kind kindAt(int row) const;
    static QString kindName(Kind kind);

    // The text of the newest answer, for "copy last answer".
    Q_INVOKABLE QString lastAnswerText() const;
    // The row of the newest user message in the conversation, or -1.
    Q_INVOKABLE int lastUserMessageRow() const;
    // The text of the message at a ConversationModel row, e.g. to edit it.
    Q_INVOKABLE QString messageText(int messageRow) const;

Q_SIGNALS:
    void conversationChanged();

private:
    // The rows one message contributes.
    struct Entry
    {
        MarkdownBlocks blocks; // answers only
        bool hasReasoning = false;
        int toolRows = 0;
        int rows = 0;
        int offset = 0; // first row in this model
    };
    struct Position
    {
        int entry = -1;
        int local = -1;
    };

    Entry entryFor(const Message &message) const;
    static int rowsOf(const Message &message, const Entry &entry);
    Position locate(int row) const;
    Kind kindOf(const Message &message, const Entry &entry, int local) const;
    void shiftOffsets(int fromEntry, int delta);

    void rebuild();
    void onRowsInserted(int first, int last);
    void onRowsAboutToBeRemoved(int first, int last);
    void onDataChanged(int first, int last, const QList<int> &roles);
    void syncAnswer(int entryIndex, const QList<int> &roles);
    void syncReasoningRow(int entryIndex, const Message &message, bool rolesChanged);
    void syncBlocks(int entryIndex, const Message &message);
    void syncToolRows(int entryIndex, const Message &message, bool argumentsChanged);
    void insertLocalRows(int entryIndex, int local, int count);
    void removeLocalRows(int entryIndex, int local, int count);
    void changedLocalRows(int entryIndex, int local, int count, const QList<int> &roles = {});

    QPointer<ConversationModel> m_conversation;
    QList<Entry> m_entries;
    int m_rowCount = 0;
    QList<QMetaObject::Connection> m_connections;
};
