import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Core
import Confab.Gui

// The conversations, grouped by date with the pinned ones first; a search box (Ctrl+K)
// that looks through every message; the archive; and Undo after a deletion.
Pane {
    id: sidebar

    function focusSearch() {
        search.forceActiveFocus();
        search.selectAll();
    }

    readonly property bool searching: search.text.trim().length > 0

    padding: 8

    ConversationMenu {
        id: conversationMenu

        objectName: "conversationMenu"
        onExportRequested: (conversationId, title) => files.exportConversation(conversationId, title)
    }
    AboutDialog {
        id: about
    }
    HistoryFileDialog {
        id: files

        onDone: message => {
            notice.text = message;
            noticeTimer.restart();
        }
    }

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

            objectName: "searchField"
            placeholderText: qsTr("Search (Ctrl+K)")
            Accessible.name: qsTr("Search conversations")
            Layout.fillWidth: true
            onTextChanged: Workspace.search.query = text
            Keys.onEscapePressed: text = ""
            Keys.onDownPressed: hits.forceActiveFocus()
            onAccepted: {
                Workspace.search.refresh();
                if (hits.count > 0)
                    (hits.itemAtIndex(0) as SearchHitRow).clicked();
            }
        }
        ListView {
            id: conversations

            objectName: "conversationList"
            visible: !sidebar.searching
            clip: true
            model: Workspace.sidebarConversations
            keyNavigationEnabled: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            Accessible.name: Workspace.showArchived ? qsTr("Archived conversations") : qsTr("Conversations")
            ScrollBar.vertical: ScrollBar {}
            section.property: "group"
            section.delegate: Label {
                required property string section

                text: section
                color: Theme.subtleText
                font.bold: true
                topPadding: 8
                bottomPadding: 2
                leftPadding: 8
            }
            delegate: ConversationRow {
                onMenuRequested: row => conversationMenu.openFor(row)
            }
            Keys.onPressed: event => {
                const row = currentItem as ConversationRow;
                if (!row)
                    return;
                if (event.key === Qt.Key_F2) {
                    row.startRenaming();
                    event.accepted = true;
                } else if (event.key === Qt.Key_Delete) {
                    Workspace.deleteConversation(row.conversationId);
                    event.accepted = true;
                } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
                    row.clicked();
                    event.accepted = true;
                }
            }
        }
        ListView {
            id: hits

            objectName: "searchResults"
            visible: sidebar.searching
            clip: true
            model: Workspace.search
            keyNavigationEnabled: true
            Layout.fillWidth: true
            Layout.fillHeight: true
            Accessible.name: qsTr("Search results")
            ScrollBar.vertical: ScrollBar {}
            delegate: SearchHitRow {}
            Keys.onReturnPressed: if (currentItem)
                (currentItem as SearchHitRow).clicked()
        }
        Label {
            visible: sidebar.searching ? hits.count === 0 : conversations.count === 0
            text: sidebar.searching ? qsTr("Nothing found.") : Workspace.showArchived ? qsTr("Nothing archived.") : qsTr("No conversations yet.")
            color: Theme.subtleText
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true

            Button {
                objectName: "archiveToggle"
                flat: true
                text: Workspace.showArchived ? qsTr("Back to conversations") : qsTr("Archived")
                Accessible.name: text
                Layout.fillWidth: true
                onClicked: Workspace.showArchived = !Workspace.showArchived
            }
            ToolButton {
                text: "⋯"
                Accessible.name: qsTr("Import, export and about")
                ToolTip.text: Accessible.name
                ToolTip.visible: hovered
                onClicked: historyMenu.popup()

                Menu {
                    id: historyMenu

                    MenuItem {
                        text: qsTr("Export all…")
                        onTriggered: files.exportConversation("", "")
                    }
                    MenuItem {
                        text: qsTr("Import…")
                        onTriggered: files.importFile()
                    }
                    MenuSeparator {}
                    MenuItem {
                        objectName: "aboutMenuItem"
                        text: qsTr("About Confab")
                        onTriggered: about.open()
                    }
                }
            }
        }
        Label {
            id: notice

            visible: text.length > 0
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text

            Timer {
                id: noticeTimer

                interval: 8000
                onTriggered: notice.text = ""
            }
        }
        Pane {
            visible: Workspace.undoableDeletion.length > 0
            Layout.fillWidth: true
            padding: 4

            RowLayout {
                anchors.fill: parent

                Label {
                    text: qsTr("Deleted “%1”").arg(Workspace.undoableDeletion)
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                Button {
                    objectName: "undoButton"
                    text: qsTr("Undo")
                    Accessible.name: qsTr("Undo delete")
                    onClicked: Workspace.undoDelete()
                }
            }
        }
    }
}
