#pragma once

#include <QSortFilterProxyModel>

// The rows the sidebar shows: the conversations out of the archive, or only the archived
// ones; a side-by-side comparison once, by its lead conversation.
class SidebarFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SidebarFilter(QObject *parent = nullptr);

    bool showArchived() const { return m_showArchived; }
    void setShowArchived(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_showArchived = false;
};
