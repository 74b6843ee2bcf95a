import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab.Core
import Confab.Gui

// One conversation in the sidebar: its title (renamed in place), a busy dot while an answer
// streams, and a menu to rename, pin, archive or delete it.
ItemDelegate {
    id: row

    required property string conversationId
    required property string title
    required property bool busy
    required property bool pinned
    required property bool archived

    property bool renaming: false

    signal exportRequested(string conversationId, string title)

    function startRenaming() {
        renaming = true;
        nameField.text = title;
        nameField.forceActiveFocus();
        nameField.selectAll();
    }

    function openMenu() {
        menu.popup(row, row.width - menu.width, row.height);
    }

    width: ListView.view ? ListView.view.width : implicitWidth
    highlighted: Workspace.current !== null && Workspace.current.id === conversationId
    text: title
    Accessible.name: (busy ? qsTr("Answering: ") : "") + title
    Accessible.role: Accessible.ListItem
    onClicked: Workspace.openConversation(conversationId)

    contentItem: RowLayout {
        spacing: 4

        Label {
            visible: row.busy
            text: "●"
            color: Theme.link
            Accessible.ignored: true
        }
        Label {
            visible: !row.renaming
            text: row.title
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        ToolButton {
            text: "⋯"
            visible: row.hovered || row.highlighted || menu.visible
            Accessible.name: qsTr("Actions for %1").arg(row.title)
            ToolTip.text: qsTr("Rename, pin, archive, delete")
            ToolTip.visible: hovered
            onClicked: row.openMenu()
        }
    }

    TextField {
        id: nameField

        objectName: "nameField"
        visible: row.renaming
        anchors.fill: parent
        anchors.rightMargin: 32
        Accessible.name: qsTr("New name")
        onAccepted: {
            Workspace.renameConversation(row.conversationId, text);
            row.renaming = false;
        }
        onActiveFocusChanged: if (!activeFocus)
            row.renaming = false
        Keys.onEscapePressed: row.renaming = false
    }
    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: row.openMenu()
    }

    Menu {
        id: menu

        MenuItem {
            text: qsTr("Rename")
            onTriggered: row.startRenaming()
        }
        MenuItem {
            text: row.pinned ? qsTr("Unpin") : qsTr("Pin to top")
            onTriggered: Workspace.setPinned(row.conversationId, !row.pinned)
        }
        MenuItem {
            text: row.archived ? qsTr("Move out of the archive") : qsTr("Archive")
            onTriggered: Workspace.setArchived(row.conversationId, !row.archived)
        }
        MenuItem {
            text: qsTr("Export…")
            onTriggered: row.exportRequested(row.conversationId, row.title)
        }
        MenuSeparator {}
        MenuItem {
            text: qsTr("Delete")
            onTriggered: Workspace.deleteConversation(row.conversationId)
        }
    }
}
