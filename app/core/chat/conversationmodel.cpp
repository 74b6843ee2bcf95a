#include "conversationmodel.h"

#include <QVariantList>
#include <QVariantMap>

#include <algorithm>

ConversationModel::ConversationModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_coalesceTimer.setSingleShot(true);
    m_coalesceTimer.setInterval(coalesceIntervalMs);
    m_coalesceTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_coalesceTimer, &QTimer::timeout, this, &ConversationModel::flushChanges);
}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QHash<int, QByteArray> ConversationModel::roleNames() const
{
    return {
        {MessageIdRole, "messageId"},
        {RoleNameRole, "roleName"},
        {ContentRole, "content"},
        {ReasoningRole, "reasoning"},
        {RefusalRole, "refusal"},
        {ToolCallsRole, "toolCalls"},
        {ModelRole, "model"},
        {UsageRole, "usage"},
        {FinishReasonRole, "finishReason"},
        {StateRole, "state"},
        {ErrorTextRole, "errorText"},
        {ErrorKindRole, "errorKind"},
        {IsThinkingRole, "isThinking"},
        {ReasoningDurationRole, "reasoningDurationMs"},
        {TimeToFirstTokenRole, "timeToFirstTokenMs"},
        {TokensPerSecondRole, "tokensPerSecond"},
        {SiblingIndexRole, "siblingIndex"},
        {SiblingCountRole, "siblingCount"},
    };
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &message = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ContentRole:
        return message.content;
    case MessageIdRole:
        return message.id;
    case RoleNameRole:
        return Message::roleName(message.role);
    case ReasoningRole:
        return message.reasoning;
    case RefusalRole:
        return message.refusal;
    case ToolCallsRole: {
        QVariantList calls;
        for (const ToolCall &call : message.toolCalls)
            calls.append(call.toJson().toVariantMap());
        return calls;
    }
    case ModelRole:
        return message.model;
    case UsageRole:
        return message.usage.toJson().toVariantMap();
    case FinishReasonRole:
        return message.finishReason;
    case StateRole:
        return Message::stateName(message.state);
    case ErrorTextRole:
        return message.error.message;
    case ErrorKindRole:
        return message.error.isError() ? message.error.kindName() : QString();
    case IsThinkingRole:
        return message.isThinking();
    case ReasoningDurationRole:
        return message.reasoningDurationMs();
    case TimeToFirstTokenRole:
        return message.timeToFirstTokenMs();
    case TokensPerSecondRole:
        return message.tokensPerSecond();
    case SiblingIndexRole:
        return m_siblings.at(index.row()).index;
    case SiblingCountRole:
        return m_siblings.at(index.row()).count;
    default:
        return {};
    }
}

int ConversationModel::rowOf(const QString &messageId) const
{
    for (int row = 0; row < m_messages.size(); ++row) {
        if (m_messages.at(row).id == messageId)
            return row;
    }
    return -1;
}

int ConversationModel::append(const Message &message)
{
    const int row = int(m_messages.size());
    beginInsertRows({}, row, row);
    m_messages.append(message);
    m_siblings.append(Siblings());
    endInsertRows();
    Q_EMIT countChanged();
    return row;
}

void ConversationModel::replace(int row, const Message &message)
{
    if (row < 0 || row >= m_messages.size())
        return;
    m_pending.remove(row);
    m_messages[row] = message;
    Q_EMIT dataChanged(index(row), index(row));
}

void ConversationModel::removeFrom(int row)
{
    if (row < 0 || row >= m_messages.size())
        return;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it.key() >= row)
            it = m_pending.erase(it);
        else
            ++it;
    }
    beginRemoveRows({}, row, int(m_messages.size()) - 1);
    m_messages.resize(row);
    m_siblings.resize(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

void ConversationModel::reset(const QList<Message> &messages)
{
    m_pending.clear();
    m_coalesceTimer.stop();
    beginResetModel();
    m_messages = messages;
    m_siblings = QList<Siblings>(messages.size());
    endResetModel();
    Q_EMIT countChanged();
}

void ConversationModel::clear()
{
    if (m_messages.isEmpty())
        return;
    m_pending.clear();
    m_coalesceTimer.stop();
    beginResetModel();
    m_messages.clear();
    m_siblings.clear();
    endResetModel();
    Q_EMIT countChanged();
}

void ConversationModel::setSiblings(int row, int index, int count)
{
    if (row < 0 || row >= m_siblings.size())
        return;
    count = std::max(count, 1);
    index = std::clamp(index, 0, count - 1);
    Siblings &siblings = m_siblings[row];
    if (siblings.index == index && siblings.count == count)
        return;
    siblings = {index, count};
    const QModelIndex changed = this->index(row);
    Q_EMIT dataChanged(changed, changed, {SiblingIndexRole, SiblingCountRole});
}

void ConversationModel::noteChanged(int row, Message::Fields fields)
{
    if (!fields || row < 0 || row >= m_messages.size())
        return;
    m_pending[row] |= fields;
    if (m_coalesceTimer.isActive())
        return;
    // After a quiet frame the change goes out on the next turn of the event loop, so the
    // first token is not held back; later changes wait for the rest of the frame.
    const qint64 sinceFlush = m_sinceFlush.isValid() ? m_sinceFlush.elapsed() : coalesceIntervalMs;
    m_coalesceTimer.start(int(std::max<qint64>(0, coalesceIntervalMs - sinceFlush)));
}

void ConversationModel::flushChanges()
{
    m_coalesceTimer.stop();
    m_sinceFlush.start();
    const auto pending = std::exchange(m_pending, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        const QModelIndex changed = index(it.key());
        Q_EMIT dataChanged(changed, changed, rolesFor(it.value()));
    }
}

QList<int> ConversationModel::rolesFor(Message::Fields fields)
{
    QList<int> roles;
    if (fields & Message::ContentField)
        roles << ContentRole << Qt::DisplayRole;
    if (fields & Message::ReasoningField)
        roles << ReasoningRole;
    if (fields
        & (Message::ContentField | Message::ReasoningField | Message::StateField
           | Message::TimingsField))
        roles << IsThinkingRole;
    if (fields & Message::RefusalField)
        roles << RefusalRole;
    if (fields & Message::ToolCallsField)
        roles << ToolCallsRole;
    if (fields & Message::UsageField)
        roles << UsageRole;
    if (fields & Message::FinishReasonField)
        roles << FinishReasonRole;
    if (fields & Message::ModelField)
        roles << ModelRole;
    if (fields & Message::StateField)
        roles << StateRole << ErrorTextRole << ErrorKindRole;
    if (fields & (Message::TimingsField | Message::UsageField))
        roles << ReasoningDurationRole << TimeToFirstTokenRole << TokensPerSecondRole;
    return roles;
}
