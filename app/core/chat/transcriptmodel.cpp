#include "transcriptmodel.h"

#include "attachments/attachmentpresentation.h"
#include "conversationmodel.h"
#include "messageformat.h"
#include "protocol/responseformat.h"
#include "transcriptentry.h"

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

QVariantMap toolRunData(const ToolCall &call)
{
    using namespace Qt::StringLiterals;
    const ToolRun &run = call.run;
    return {{u"callId"_s, call.id},
            {u"status"_s, ToolRun::statusName(run.status)},
            {u"source"_s, run.source},
            {u"effect"_s, run.effect},
            {u"approval"_s, run.approval},
            {u"result"_s, run.result},
            {u"durationMs"_s, run.durationMs()},
            {u"ranArguments"_s,
             run.arguments.isEmpty() ? QString() : readableArguments(run.arguments)}};
}

} // namespace

TranscriptModel::TranscriptModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

TranscriptModel::~TranscriptModel() = default;

// Turns one entry's row changes into this model's signals, keeping offsets in step.
class TranscriptModel::SlotListener : public TranscriptEntry::Listener
{
public:
    SlotListener(TranscriptModel &model, int slot)
        : m_model(model)
        , m_slot(slot)
    { }

    void rowsInserted(int first, int count) override
    {
        if (count <= 0)
            return;
        const int row = m_model.m_slots.at(m_slot).offset + first;
        m_model.beginInsertRows({}, row, row + count - 1);
        m_model.m_slots[m_slot].rows += count;
        m_model.shiftOffsets(m_slot + 1, count);
        m_model.endInsertRows();
    }

    void rowsRemoved(int first, int count) override
    {
        if (count <= 0)
            return;
        const int row = m_model.m_slots.at(m_slot).offset + first;
        m_model.beginRemoveRows({}, row, row + count - 1);
        m_model.m_slots[m_slot].rows -= count;
        m_model.shiftOffsets(m_slot + 1, -count);
        m_model.endRemoveRows();
    }

    void rowsChanged(int first, int count, TranscriptEntry::Change change) override
    {
        if (count <= 0)
            return;
        const int row = m_model.m_slots.at(m_slot).offset + first;
        QList<int> roles;
        if (change == TranscriptEntry::Change::Text)
            roles = {KindRole, TextRole, LanguageRole, LevelRole, CursorRole};
        else if (change == TranscriptEntry::Change::Cursor)
            roles = {CursorRole};
        Q_EMIT m_model.dataChanged(m_model.index(row), m_model.index(row + count - 1), roles);
    }

private:
    TranscriptModel &m_model;
    int m_slot;
};

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
                        m_slots.clear();
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
        {ExpandedRole, "expanded"},
        {ToolRunRole, "toolRun"},
        {SchemaRole, "schema"},
        {AttachmentsRole, "attachments"},
    };
}

QString TranscriptModel::kindName(Kind kind)
{
    switch (kind) {
    case Kind::User:
        return QStringLiteral("user");
    case Kind::Reasoning:
        return QStringLiteral("reasoning");
    case Kind::ReasoningBlock:
        return QStringLiteral("reasoningBlock");
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
    case Kind::Json:
        return QStringLiteral("json");
    case Kind::ToolCall:
        return QStringLiteral("toolCall");
    case Kind::Footer:
        return QStringLiteral("footer");
    }
    return {};
}

TranscriptModel::Position TranscriptModel::locate(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return {};
    // The last slot that starts at or before the row and has rows.
    auto it = std::upper_bound(m_slots.cbegin(), m_slots.cend(), row,
                               [](int r, const Slot &slot) { return r < slot.offset; });
    while (it != m_slots.cbegin()) {
        --it;
        if (it->rows > 0 && row < it->offset + it->rows)
            return {int(it - m_slots.cbegin()), row - it->offset};
    }
    return {};
}

TranscriptModel::Kind TranscriptModel::kindOf(const Slot &slot, int local) const
{
    const TranscriptEntry::Row row = slot.entry.rowAt(local);
    switch (row.part) {
    case TranscriptEntry::Part::Question:
        return Kind::User;
    case TranscriptEntry::Part::ReasoningHeader:
        return Kind::Reasoning;
    case TranscriptEntry::Part::ReasoningBlock:
        return Kind::ReasoningBlock;
    case TranscriptEntry::Part::AnswerBlock:
        if (slot.entry.streamsJson())
            return Kind::Code;
        return kindOfBlock(slot.entry.answer().blocks().at(row.index).type);
    case TranscriptEntry::Part::JsonAnswer:
        return Kind::Json;
    case TranscriptEntry::Part::ToolCall:
        return Kind::ToolCall;
    case TranscriptEntry::Part::Footer:
        break;
    }
    return Kind::Footer;
}

TranscriptModel::Kind TranscriptModel::kindAt(int row) const
{
    const Position at = locate(row);
    if (at.slot < 0)
        return Kind::Footer;
    return kindOf(m_slots.at(at.slot), at.local);
}

QVariant TranscriptModel::blockData(const MarkdownBlock &block, bool isReasoning, int role) const
{
    switch (role) {
    case TextRole:
        if (block.type == MarkdownBlock::Type::Quote && !isReasoning) // the view draws the bar
            return MessageFormat::withoutRemoteContent(
                MessageFormat::withoutQuoteMarkers(block.text));
        return MessageFormat::withoutRemoteContent(block.text);
    case LanguageRole:
        return block.language;
    case LevelRole:
        return block.level;
    default:
        return {};
    }
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_conversation)
        return {};
    const Position at = locate(index.row());
    if (at.slot < 0)
        return {};
    const int messageRow = m_first + at.slot;
    const Message &message = m_conversation->at(messageRow);
    const Slot &slot = m_slots.at(at.slot);
    const TranscriptEntry::Row row = slot.entry.rowAt(at.local);
    using Part = TranscriptEntry::Part;
    const bool isReasoningBlock = row.part == Part::ReasoningBlock;
    const MarkdownBlocks *blocks = row.part == Part::AnswerBlock ? &slot.entry.answer()
        : isReasoningBlock                                       ? &slot.entry.reasoning()
                                                                 : nullptr;
    const bool isLastBlock = blocks && row.index + 1 == blocks->blocks().size();

    switch (role) {
    case KindRole:
        return kindName(kindOf(slot, at.local));
    case TextRole:
    case LanguageRole:
    case LevelRole:
        if (const std::optional<QString> json = slot.entry.jsonTextAt(row)) // as it came
            return role == TextRole ? QVariant(*json)
                : role == LevelRole ? QVariant(0)
                                    : QVariant(QStringLiteral("json"));
        if (blocks)
            return blockData(blocks->blocks().at(row.index), isReasoningBlock, role);
        if (role != TextRole)
            return role == LevelRole ? QVariant(0) : QVariant(QString());
        if (row.part == Part::ToolCall)
            return readableArguments(message.toolCalls.at(row.index).arguments);
        if (row.part == Part::ReasoningHeader)
            return message.reasoning;
        return message.content;
    case MessageRowRole:
        return messageRow;
    case MessageIdRole:
        return message.id;
    case LiveRole:
        return isLive(message);
    case CursorRole:
        if (!isLive(message) || !message.toolCalls.isEmpty())
            return false;
        if (isReasoningBlock)
            return message.isThinking() && isLastBlock;
        if (row.part == Part::AnswerBlock)
            return !message.isThinking() && isLastBlock;
        return row.part == Part::Footer && slot.entry.answer().blocks().isEmpty()
            && !message.isThinking();
    case TitleRole:
        if (row.part == Part::ReasoningHeader)
            return MessageFormat::reasoningTitle(message);
        if (row.part == Part::ToolCall)
            return message.toolCalls.at(row.index).name;
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
                || message.state == Message::State::Cancelled
                || message.state == Message::State::Interrupted);
    case SiblingIndexRole:
        return m_conversation->data(m_conversation->index(messageRow),
                                    ConversationModel::SiblingIndexRole);
    case SiblingCountRole:
        return m_conversation->data(m_conversation->index(messageRow),
                                    ConversationModel::SiblingCountRole);
    case ExpandedRole:
        return slot.entry.isReasoningOpen(message);
    case ToolRunRole:
        if (row.part == Part::ToolCall)
            return toolRunData(message.toolCalls.at(row.index));
        return QVariantMap();
    case AttachmentsRole:
        return row.part == Part::Question
            ? AttachmentPresentation::toVariantList(message.attachments)
            : QVariantList();
    case SchemaRole:
        return row.part == Part::JsonAnswer ? m_schema : QVariantMap();
    default:
        return {};
    }
}

Qt::ItemFlags TranscriptModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractListModel::flags(index);
    if (index.isValid() && kindAt(index.row()) == Kind::Reasoning)
        flags |= Qt::ItemIsEditable; // the panel opens and folds
    return flags;
}

bool TranscriptModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != ExpandedRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || kindAt(index.row()) != Kind::Reasoning)
        return false;
    setReasoningOpen(m_first + locate(index.row()).slot, value.toBool());
    return true;
}

void TranscriptModel::setReasoningOpen(int messageRow, bool open)
{
    const int slot = messageRow - m_first;
    if (!m_conversation || slot < 0 || slot >= m_slots.size())
        return;
    SlotListener listener(*this, slot);
    m_slots[slot].entry.setReasoningOpen(m_conversation->at(messageRow), open, listener);
}

void TranscriptModel::setOutputFormat(const QVariantMap &map)
{
    const QJsonObject format = QJsonObject::fromVariantMap(map);
    if (format == m_outputFormat)
        return;
    m_outputFormat = format;
    m_schema = ResponseFormat::schemaOf(format).toVariantMap();
    m_jsonRequested = ResponseFormat::kindOf(format) != ResponseFormat::Kind::Text;
    for (int i = 0; i < m_slots.size() && m_conversation; ++i) {
        SlotListener listener(*this, i);
        m_slots[i].entry.setJsonRequested(m_conversation->at(m_first + i), m_jsonRequested,
                                          listener);
    }
    if (m_rowCount > 0)
        Q_EMIT dataChanged(index(0), index(m_rowCount - 1), {SchemaRole});
    Q_EMIT outputFormatChanged();
}

void TranscriptModel::shiftOffsets(int fromSlot, int delta)
{
    for (int i = fromSlot; i < m_slots.size(); ++i)
        m_slots[i].offset += delta;
    m_rowCount += delta;
}

void TranscriptModel::rebuild()
{
    const int earlierBefore = m_first;
    beginResetModel();
    m_slots.clear();
    m_rowCount = 0;
    m_first = 0;
    if (m_conversation) {
        const auto &messages = m_conversation->messages();
        // A long conversation opens on its last page; showEarlier() brings the rest.
        m_first = std::max(0, int(messages.size()) - pageSize);
        for (int row = m_first; row < messages.size(); ++row) {
            Slot slot {TranscriptEntry(messages.at(row), m_jsonRequested), m_rowCount, 0};
            slot.rows = slot.entry.rowCount();
            m_rowCount += slot.rows;
            m_slots.append(std::move(slot));
        }
    }
    endResetModel();
    if (m_first != earlierBefore)
        Q_EMIT earlierCountChanged();
}

void TranscriptModel::showEarlier(int count)
{
    const int shown = std::min(count, m_first);
    if (shown <= 0 || !m_conversation)
        return;
    QList<Slot> added;
    int rows = 0;
    for (int row = m_first - shown; row < m_first; ++row) {
        Slot slot {TranscriptEntry(m_conversation->at(row), m_jsonRequested), rows, 0};
        slot.rows = slot.entry.rowCount();
        rows += slot.rows;
        added.append(std::move(slot));
    }
    if (rows > 0)
        beginInsertRows({}, 0, rows - 1);
    shiftOffsets(0, rows);
    m_slots.insert(0, added.size(), Slot {TranscriptEntry(Message()), 0, 0});
    for (int i = 0; i < added.size(); ++i)
        m_slots[i] = std::move(added[i]);
    m_first -= shown;
    if (rows > 0)
        endInsertRows();
    Q_EMIT earlierCountChanged();
}

int TranscriptModel::revealMessage(int messageRow)
{
    if (messageRow >= 0 && messageRow < m_first)
        showEarlier(m_first - messageRow);
    return firstRowOfMessage(messageRow);
}

// Rows are added at the end (ConversationModel::append), so below the first one shown.
void TranscriptModel::onRowsInserted(int first, int last)
{
    first -= m_first;
    last -= m_first;
    QList<Slot> added;
    int rows = 0;
    const int offset = first < m_slots.size() ? m_slots.at(first).offset : m_rowCount;
    for (int i = first; i <= last; ++i) {
        Slot slot {TranscriptEntry(m_conversation->at(m_first + i), m_jsonRequested), offset + rows,
                   0};
        slot.rows = slot.entry.rowCount();
        rows += slot.rows;
        added.append(std::move(slot));
    }
    if (rows > 0)
        beginInsertRows({}, offset, offset + rows - 1);
    m_slots.insert(first, added.size(), Slot {TranscriptEntry(Message()), 0, 0});
    for (int i = 0; i < added.size(); ++i)
        m_slots[first + i] = std::move(added[i]);
    shiftOffsets(last + 1, rows);
    if (rows > 0)
        endInsertRows();
}

void TranscriptModel::onRowsAboutToBeRemoved(int first, int last)
{
    // Rows not shown yet simply go; the ones after them move up.
    if (first < m_first) {
        const int hidden = std::min(last + 1, m_first) - first;
        m_first -= hidden;
        last -= hidden;
        Q_EMIT earlierCountChanged();
        if (last < first)
            return;
    }
    first -= m_first;
    last -= m_first;
    const int offset = m_slots.at(first).offset;
    const int rows = m_slots.at(last).offset + m_slots.at(last).rows - offset;
    if (rows > 0)
        beginRemoveRows({}, offset, offset + rows - 1);
    m_slots.remove(first, last - first + 1);
    shiftOffsets(first, -rows);
    if (rows > 0)
        endRemoveRows();
}

void TranscriptModel::onDataChanged(int first, int last, const QList<int> &roles)
{
    const auto touched = [&roles](std::initializer_list<int> any) {
        if (roles.isEmpty())
            return true;
        for (int role : any) {
            if (roles.contains(role))
                return true;
        }
        return false;
    };
    using R = ConversationModel::Roles;
    TranscriptEntry::Changed changed;
    changed.content = touched({R::ContentRole});
    changed.reasoning = touched({R::ReasoningRole});
    changed.toolCalls = touched({R::ToolCallsRole});
    changed.thinking = touched({R::IsThinkingRole, R::ReasoningDurationRole});
    changed.state = touched({R::StateRole});
    changed.footer = touched({R::UsageRole, R::FinishReasonRole, R::ModelRole, R::ErrorTextRole,
                              R::TimeToFirstTokenRole, R::TokensPerSecondRole, R::RefusalRole,
                              R::SiblingIndexRole, R::SiblingCountRole});
    for (int i = std::max(first, m_first) - m_first; i <= last - m_first && i < m_slots.size();
         ++i) {
        SlotListener listener(*this, i);
        m_slots[i].entry.sync(m_conversation->at(m_first + i), changed, listener);
    }
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

int TranscriptModel::firstRowOfMessage(int messageRow) const
{
    const int slot = messageRow - m_first;
    return slot >= 0 && slot < m_slots.size() ? m_slots.at(slot).offset : -1;
}

QString TranscriptModel::messageText(int messageRow) const
{
    if (!m_conversation || messageRow < 0 || messageRow >= m_conversation->rowCount())
        return {};
    return m_conversation->at(messageRow).content;
}
