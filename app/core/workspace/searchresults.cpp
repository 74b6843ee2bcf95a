#include "searchresults.h"

#include "conversationlist.h"
#include "storage/conversationstore.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

SearchResults::SearchResults(ConversationStore *store, ConversationList *conversations,
                             QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_conversations(conversations)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(delayMs);
    connect(&m_delay, &QTimer::timeout, this, &SearchResults::refresh);
}

int SearchResults::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QHash<int, QByteArray> SearchResults::roleNames() const
{
    return {{ConversationIdRole, "conversationId"},
            {MessageIdRole, "messageId"},
            {TitleRole, "title"},
            {SnippetRole, "snippet"}};
}

QVariant SearchResults::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Hit &hit = m_hits.at(index.row());
    switch (role) {
    case ConversationIdRole:
        return hit.conversationId;
    case MessageIdRole:
        return hit.messageId;
    case Qt::DisplayRole:
    case TitleRole: {
        const StoredConversation *conversation = m_conversations->find(hit.conversationId);
        return conversation ? ConversationList::titleOf(*conversation) : QString();
    }
    case SnippetRole:
        return hit.snippet;
    default:
        return {};
    }
}

void SearchResults::setQuery(const QString &query)
{
    if (m_query == query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    if (query.trimmed().isEmpty())
        refresh(); // clearing is immediate
    else
        m_delay.start();
}

QString SearchResults::snippetToRichText(const QString &snippet)
{
    QString html;
    bool open = false;
    QString plain;
    const auto flush = [&] {
        html += plain.toHtmlEscaped();
        plain.clear();
    };
    for (const QChar c : snippet) {
        if (c == u'[' && !open) {
            flush();
            html += u"<b>"_s;
            open = true;
        } else if (c == u']' && open) {
            flush();
            html += u"</b>"_s;
            open = false;
        } else {
            plain += c == u'\n' ? u' ' : c;
        }
    }
    flush();
    if (open)
        html += u"</b>"_s;
    return html;
}

void SearchResults::refresh()
{
    m_delay.stop();
    QList<Hit> hits;
    const QStringList words = m_query.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    if (!words.isEmpty()) {
        for (int row = 0; row < m_conversations->rowCount() && hits.size() < maxTitleHits; ++row) {
            const QString title
                = m_conversations->index(row).data(ConversationList::TitleRole).toString();
            if (std::all_of(words.cbegin(), words.cend(), [&title](const QString &word) {
                    return title.contains(word, Qt::CaseInsensitive);
                }))
                hits.append({m_conversations->idAt(row), {}, {}});
        }
        for (const ConversationStore::SearchHit &hit : m_store->search(m_query, maxMessageHits))
            if (m_conversations->find(hit.conversationId)) // not one being deleted
                hits.append({hit.conversationId, hit.messageId, snippetToRichText(hit.snippet)});
    }
    beginResetModel();
    m_hits = hits;
    endResetModel();
    Q_EMIT countChanged();
}
