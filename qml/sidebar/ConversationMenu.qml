import QtQuick
import QtQuick.Controls
import Confab.Core

// The actions on one conversation, shared by every row of the sidebar.
Menu {
    id: menu

    property ConversationRow row: null

    signal exportRequested(string conversationId, string title)

    function openFor(target: ConversationRow) {
        row = target;
        popup(target, target.width - width, target.height);
    }

    MenuItem {
        text: qsTr("Rename")
        onTriggered: menu.row.startRenaming()
    }
    MenuItem {
        text: menu.row && menu.row.pinned ? qsTr("Unpin") : qsTr("Pin to top")
        onTriggered: Workspace.setPinned(menu.row.conversationId, !menu.row.pinned)
    }
    MenuItem {
        text: menu.row && menu.row.archived ? qsTr("Move out of the archive") : qsTr("Archive")
        onTriggered: Workspace.setArchived(menu.row.conversationId, !menu.row.archived)
    }
    MenuItem {
        text: qsTr("Export…")
        onTriggered: menu.exportRequested(menu.row.conversationId, menu.row.title)
    }
    MenuSeparator {}
    MenuItem {
        text: qsTr("Delete")
        onTriggered: Workspace.deleteConversation(menu.row.conversationId)
    }
}
