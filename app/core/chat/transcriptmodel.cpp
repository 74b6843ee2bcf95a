#include "transcriptmodel.h"

#include "conversationmodel.h"
#include "messageformat.h"

#include <QJsonDocument>

#include <algorithm>

namespace {

bool isLive(const Message &message)
{
    return message.state == Message::State::Pending || message.state == Message::State::Streaming;
}

TranscriptModel::Kind kindOfBlock(MarkdownBlock::Type type)
{
    using Kind = TranscriptModel::Kind;
    switch (type) {
    case MarkdownBlock::Type::Paragraph:
        return Kind::Paragraph;
    case MarkdownBlock::Type::Heading:
        return Kind::Heading;
    case MarkdownBlock::Type::List:
        return Kind::List;
    case MarkdownBlock::Type::Quote:
        return Kind::Quote;
    case MarkdownBlock::Type::Code:
        return Kind::Code;
    case MarkdownBlock::Type::Table:
        return Kind::Table;
    case MarkdownBlock::Type::Rule:
        return Kind::Rule;
    }
    return Kind::Paragraph;
}

// Arguments as a person reads them: indented JSON when they parse, as sent otherwise.
QString readableArguments(const QString &arguments)
{
    const QJsonDocument json = QJsonDocument::fromJson(arguments.toUtf8());
    if (json.isObject() || json.isArray())
        return QString::fromUtf8(json.toJson(QJsonDocument::Indented)).trimmed();
    return arguments;
}

} // namespace

TranscriptModel::TranscriptModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void TranscriptModel::setConversation(ConversationModel *conversation)
{
    if (m_conversation == conversation)
        return;
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_conversation = conversation;
    if (conversation) {
        m_connections = {
            connect(
                conversation, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); }),
            connect(conversation, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                    [this](const QModelIndex &, int first, int last) {
                        onRowsAboutToBeRemoved(first, last);
                    }),
            connect(conversation, &QAbstractItemModel::dataChanged, this,
                    [this](const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles) {
                        onDataChanged(topLeft.row(), bottomRight.row(), roles);
                    }),
            connect(conversation, &QAbstractItemModel::modelReset, this, &TranscriptModel::rebuild),
            connect(conversation, &QObject::destroyed, this,
                    [this] {
                        beginResetModel();
                        m_entries.clear();
                        m_rowCount = 0;
                        endResetModel();
                    }),
        };
    }
    rebuild();
    Q_EMIT conversationChanged();
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

QHash<int, QByteArray> TranscriptModel::roleNames() const
{
    return {
        {KindRole, "kind"},
        {TextRole, "text"},
        {LanguageRole, "language"},
        {LevelRole, "level"},
        {MessageRowRole, "messageRow"},
        {MessageIdRole, "messageId"},
        {LiveRole, "live"},
        {CursorRole, "cursor"},
        {TitleRole, "title"},
        {ThinkingRole, "thinking"},
        {MetadataRole, "metadata"},
        {EndNoteRole, "endNote"},
        {StateRole, "state"},
        {CanRetryRole, "canRetry"},
        {SiblingIndexRole, "siblingIndex"},
        {SiblingCountRole, "siblingCount"},
    };
}

QString TranscriptModel::kindName(Kind kind)
{
    switch (kind) {
    case Kind::User:
        return QStringLiteral("user");
    case Kind::Reasoning:
        return QStringLiteral("reasoning");
    case Kind::Paragraph:
        return QStringLiteral("paragraph");
    case Kind::Heading:
        return QStringLiteral("heading");
    case Kind::List:
        return QStringLiteral("list");
    case Kind::Quote:
        return QStringLiteral("quote");
    case Kind::Code:
        return QStringLiteral("code");
    case Kind::Table:
        return QStringLiteral("table");
    case Kind::Rule:
        return QStringLiteral("rule");
    case Kind::ToolCall:
        return QStringLiteral("toolCall");
    case Kind::ToolResult:
        return QStringLiteral("toolResult");
    case Kind::Footer:
        return QStringLiteral("footer");
    }
    return {};
}

TranscriptModel::Position TranscriptModel::locate(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return {};
    // The last entry whose offset is <= row and that has rows.
    auto it = std::upper_bound(m_entries.cbegin(), m_entries.cend(), row,
                               [](int r, const Entry &entry) { return r < entry.offset; });
    while (it != m_entries.cbegin()) {
        --it;
        if (it->rows > 0 && row < it->offset + it->rows)
            return {int(it - m_entries.cbegin()), row - it->offset};
    }
    return {};
}

TranscriptModel::Kind TranscriptModel::kindOf(const Message &message, const Entry &entry,
                                              int local) const
{
    switch (message.role) {
    case Message::Role::User:
    case Message::Role::System:
        return Kind::User;
    case Message::Role::Tool:
        return Kind::ToolResult;
    case Message::Role::Assistant:
        break;
    }
    if (entry.hasReasoning) {
        if (local == 0)
            return Kind::Reasoning;
        --local;
    }
    const auto &blocks = entry.blocks.blocks();
    if (local < blocks.size())
        return kindOfBlock(blocks.at(local).type);
    local -= int(blocks.size());
    return local < entry.toolRows ? Kind::ToolCall : Kind::Footer;
}

TranscriptModel::Kind TranscriptModel::kindAt(int row) const
{
    const Position at = locate(row);
    if (at.entry < 0)
        return Kind::Footer;
    return kindOf(m_conversation->at(at.entry), m_entries.at(at.entry), at.local);
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_conversation)
        return {};
    const Position at = locate(index.row());
    if (at.entry < 0)
        return {};
    const Message &message = m_conversation->at(at.entry);
    const Entry &entry = m_entries.at(at.entry);
    const Kind kind = kindOf(message, entry, at.local);
    const int blockIndex = at.local - (entry.hasReasoning ? 1 : 0);
    const int toolIndex = blockIndex - int(entry.blocks.blocks().size());
    const bool isBlock = kind != Kind::User && kind != Kind::Reasoning && kind != Kind::ToolCall
        && kind != Kind::ToolResult && kind != Kind::Footer;

    switch (role) {
    case KindRole:
        return kindName(kind);
    case TextRole:
        if (kind == Kind::Quote) // the view draws the quote's bar itself
            return MessageFormat::withoutRemoteContent(
                MessageFormat::withoutQuoteMarkers(entry.blocks.blocks().at(blockIndex).text));
        if (isBlock)
            return MessageFormat::withoutRemoteContent(entry.blocks.blocks().at(blockIndex).text);
        if (kind == Kind::Reasoning)
            return message.reasoning;
        if (kind == Kind::ToolCall)
            return readableArguments(message.toolCalls.at(toolIndex).arguments);
        return message.content;
    case LanguageRole:
        return isBlock ? entry.blocks.blocks().at(blockIndex).language : QString();
    case LevelRole:
        return isBlock ? entry.blocks.blocks().at(blockIndex).level : 0;
    case MessageRowRole:
        return at.entry;
    case MessageIdRole:
        return message.id;
    case LiveRole:
        return isLive(message);
    case CursorRole:
        if (!isLive(message) || message.isThinking() || entry.toolRows > 0)
            return false;
        return isBlock ? blockIndex + 1 == entry.blocks.blocks().size()
                       : kind == Kind::Footer && entry.blocks.blocks().isEmpty();
    case TitleRole:
        if (kind == Kind::Reasoning)
            return MessageFormat::reasoningTitle(message);
        if (kind == Kind::ToolCall)
            return message.toolCalls.at(toolIndex).name;
        return message.toolCallId;
    case ThinkingRole:
        return message.isThinking();
    case MetadataRole:
        return MessageFormat::metadataLine(message);
    case EndNoteRole:
        return MessageFormat::endNote(message);
    case StateRole:
        return Message::stateName(message.state);
    case CanRetryRole:
        return message.role == Message::Role::Assistant
            && (message.state == Message::State::Failed
                || message.state == Message::State::Cancelled);
    case SiblingIndexRole:
        return m_conversation->data(m_conversation->index(at.entry),
                                    ConversationModel::SiblingIndexRole);
    case SiblingCountRole:
        return m_conversation->data(m_conversation->index(at.entry),
                                    ConversationModel::SiblingCountRole);
    default:
        return {};
    }
}

TranscriptModel::Entry TranscriptModel::entryFor(const Message &message) const
{
    Entry entry;
    if (message.role == Message::Role::Assistant) {
        entry.blocks.setText(message.content);
        entry.hasReasoning = !message.reasoning.isEmpty();
        entry.toolRows = int(message.toolCalls.size());
    }
    entry.rows = rowsOf(message, entry);
    return entry;
}

int TranscriptModel::rowsOf(const Message &message, const Entry &entry)
{
    switch (message.role) {
    case Message::Role::System:
        return 0; // shown in the request-parameters panel, not in the transcript
    case Message::Role::User:
    case Message::Role::Tool:
        return 1;
    case Message::Role::Assistant:
        break;
    }
    return (entry.hasReasoning ? 1 : 0) + int(entry.blocks.blocks().size()) + entry.toolRows + 1;
}

void TranscriptModel::shiftOffsets(int fromEntry, int delta)
{
    for (int i = fromEntry; i < m_entries.size(); ++i)
        m_entries[i].offset += delta;
    m_rowCount += delta;
}

void TranscriptModel::rebuild()
{
    beginResetModel();
    m_entries.clear();
    m_rowCount = 0;
    if (m_conversation) {
        for (const Message &message : m_conversation->messages()) {
            Entry entry = entryFor(message);
            entry.offset = m_rowCount;
            m_rowCount += entry.rows;
            m_entries.append(std::move(entry));
        }
    }
    endResetModel();
}

void TranscriptModel::onRowsInserted(int first, int last)
{
    QList<Entry> added;
    int rows = 0;
    for (int i = first; i <= last; ++i) {
        added.append(entryFor(m_conversation->at(i)));
        rows += added.constLast().rows;
    }
    const int offset = first < m_entries.size() ? m_entries.at(first).offset : m_rowCount;
    if (rows > 0)
        beginInsertRows({}, offset, offset + rows - 1);
    int next = offset;
    for (Entry &entry : added) {
        entry.offset = next;
        next += entry.rows;
    }
    m_entries.insert(first, added.size(), Entry {});
    for (int i = 0; i < added.size(); ++i)
        m_entries[first + i] = std::move(added[i]);
    shiftOffsets(last + 1, rows);
    if (rows > 0)
        endInsertRows();
}

void TranscriptModel::onRowsAboutToBeRemoved(int first, int last)
{
    const int offset = m_entries.at(first).offset;
    const int rows = m_entries.at(last).offset + m_entries.at(last).rows - offset;
    if (rows > 0)
        beginRemoveRows({}, offset, offset + rows - 1);
    m_entries.remove(first, last - first + 1);
    shiftOffsets(first, -rows);
    if (rows > 0)
        endRemoveRows();
}

void TranscriptModel::onDataChanged(int first, int last, const QList<int> &roles)
{
    for (int i = first; i <= last && i < m_entries.size(); ++i) {
        if (m_conversation->at(i).role == Message::Role::Assistant)
            syncAnswer(i, roles);
        else
            changedLocalRows(i, 0, m_entries.at(i).rows);
    }
}

void TranscriptModel::syncAnswer(int entryIndex, const QList<int> &roles)
{
    const Message &message = m_conversation->at(entryIndex);
    const auto touched = [&roles](int role) { return roles.isEmpty() || roles.contains(role); };
    const bool stateChanged = touched(ConversationModel::StateRole);

    syncReasoningRow(entryIndex, message,
                     touched(ConversationModel::ReasoningRole)
                         || touched(ConversationModel::IsThinkingRole)
                         || touched(ConversationModel::ReasoningDurationRole));
    if (touched(ConversationModel::ContentRole))
        syncBlocks(entryIndex, message);
    syncToolRows(entryIndex, message, touched(ConversationModel::ToolCallsRole));

    const Entry &entry = m_entries.at(entryIndex);
    if (stateChanged) {
        // The cursor leaves, retry appears: every row of the answer may look different.
        changedLocalRows(entryIndex, 0, entry.rows);
    } else if (roles.isEmpty()
               || roles != QList<int> {ConversationModel::ContentRole, Qt::DisplayRole}) {
        changedLocalRows(entryIndex, entry.rows - 1, 1); // the footer
    }
}

void TranscriptModel::syncReasoningRow(int entryIndex, const Message &message, bool rolesChanged)
{
    Entry &entry = m_entries[entryIndex];
    const bool wanted = !message.reasoning.isEmpty();
    if (wanted && !entry.hasReasoning) {
        entry.hasReasoning = true;
        insertLocalRows(entryIndex, 0, 1);
    } else if (!wanted && entry.hasReasoning) {
        entry.hasReasoning = false;
        removeLocalRows(entryIndex, 0, 1);
    } else if (wanted && rolesChanged) {
        changedLocalRows(entryIndex, 0, 1);
    }
}

void TranscriptModel::syncBlocks(int entryIndex, const Message &message)
{
    Entry &entry = m_entries[entryIndex];
    const QString &seen = entry.blocks.text();
    // While an answer streams its text only grows: hand MarkdownBlocks just the new part.
    const bool grew = isLive(message) && message.content.size() >= seen.size()
        && (seen.isEmpty() || message.content.at(seen.size() - 1) == seen.back());
    const MarkdownBlocks::Change change = grew
        ? entry.blocks.append(QStringView(message.content).sliced(seen.size()))
        : entry.blocks.setText(message.content);
    const int base = entry.hasReasoning ? 1 : 0;
    const int common = std::min(change.removed, change.inserted);
    // The blocks changed already; the row count follows inside begin/end below.
    if (change.removed > common)
        removeLocalRows(entryIndex, base + change.first + common, change.removed - common);
    if (change.inserted > common)
        insertLocalRows(entryIndex, base + change.first + common, change.inserted - common);
    if (common > 0)
        changedLocalRows(entryIndex, base + change.first, common,
                         {TextRole, LanguageRole, LevelRole, KindRole, CursorRole});
    // A new last block takes the cursor from the one before it.
    const int oldLast = change.first + change.removed - 1;
    const bool announced = oldLast >= change.first && oldLast < change.first + common;
    if (change.inserted > change.removed && oldLast >= 0 && !announced)
        changedLocalRows(entryIndex, base + oldLast, 1, {CursorRole});
}

void TranscriptModel::syncToolRows(int entryIndex, const Message &message, bool argumentsChanged)
{
    Entry &entry = m_entries[entryIndex];
    const int base = (entry.hasReasoning ? 1 : 0) + int(entry.blocks.blocks().size());
    const int wanted = int(message.toolCalls.size());
    const int had = entry.toolRows;
    if (wanted > had) {
        entry.toolRows = wanted;
        insertLocalRows(entryIndex, base + had, wanted - had);
    } else if (wanted < had) {
        entry.toolRows = wanted;
        removeLocalRows(entryIndex, base + wanted, had - wanted);
    }
    if (argumentsChanged && std::min(had, wanted) > 0)
        changedLocalRows(entryIndex, base, std::min(had, wanted));
}

// Callers have already changed the entry's content; rows and offsets follow here.
void TranscriptModel::insertLocalRows(int entryIndex, int local, int count)
{
    const int first = m_entries.at(entryIndex).offset + local;
    beginInsertRows({}, first, first + count - 1);
    m_entries[entryIndex].rows += count;
    shiftOffsets(entryIndex + 1, count);
    endInsertRows();
}

void TranscriptModel::removeLocalRows(int entryIndex, int local, int count)
{
    const int first = m_entries.at(entryIndex).offset + local;
    beginRemoveRows({}, first, first + count - 1);
    m_entries[entryIndex].rows -= count;
    shiftOffsets(entryIndex + 1, -count);
    endRemoveRows();
}

void TranscriptModel::changedLocalRows(int entryIndex, int local, int count,
                                       const QList<int> &roles)
{
    if (count <= 0)
        return;
    const int first = m_entries.at(entryIndex).offset + local;
    Q_EMIT dataChanged(index(first), index(first + count - 1), roles);
}

QString TranscriptModel::lastAnswerText() const
{
    if (!m_conversation)
        return {};
    const auto &messages = m_conversation->messages();
    for (auto it = messages.crbegin(); it != messages.crend(); ++it) {
        if (it->role == Message::Role::Assistant && !it->content.isEmpty())
            return it->content;
    }
    return {};
}

int TranscriptModel::lastUserMessageRow() const
{
    if (!m_conversation)
        return -1;
    const auto &messages = m_conversation->messages();
    for (int row = int(messages.size()) - 1; row >= 0; --row) {
        if (messages.at(row).role == Message::Role::User)
            return row;
    }
    return -1;
}

QString TranscriptModel::messageText(int messageRow) const
{
    if (!m_conversation || messageRow < 0 || messageRow >= m_conversation->rowCount())
        return {};
    return m_conversation->at(messageRow).content;
}
