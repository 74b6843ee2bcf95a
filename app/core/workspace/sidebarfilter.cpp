#include "sidebarfilter.h"

#include "conversationlist.h"

SidebarFilter::SidebarFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void SidebarFilter::setShowArchived(bool show)
{
    if (m_showArchived == show)
        return;
    m_showArchived = show;
    invalidateRowsFilter();
}

bool SidebarFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    return row.data(ConversationList::ArchivedRole).toBool() == m_showArchived
        && row.data(ConversationList::LeadRole).toBool();
}
