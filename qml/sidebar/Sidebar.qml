import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab.Core
import Confab.Gui

// This run's conversations, newest first, with search and New chat.
Pane {
    id: sidebar

    function focusSearch() {
        search.forceActiveFocus();
        search.selectAll();
    }

    padding: 8

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

        Button {
            text: qsTr("New chat")
            icon.name: "document-new"
            Layout.fillWidth: true
            Accessible.name: qsTr("New chat")
            onClicked: Workspace.newConversation()
        }
        TextField {
            id: search
            placeholderText: qsTr("Search (Ctrl+K)")
            Accessible.name: qsTr("Search conversations")
            Layout.fillWidth: true
            onTextChanged: Workspace.conversations.filterText = text
            Keys.onEscapePressed: text = ""
        }
        ListView {
            id: list

            clip: true
            model: Workspace.conversations
            Layout.fillWidth: true
            Layout.fillHeight: true
            Accessible.name: qsTr("Conversations")
            ScrollBar.vertical: ScrollBar {}

            delegate: ItemDelegate {
                required property ChatSession session
                required property string title
                required property bool busy

                width: ListView.view.width
                text: (busy ? "● " : "") + title
                highlighted: session === Workspace.current
                Accessible.name: title
                onClicked: Workspace.select(session)
            }
        }
        Label {
            visible: list.count === 0
            text: qsTr("No conversation matches.")
            color: Theme.subtleText
            Layout.fillWidth: true
        }
    }
}
