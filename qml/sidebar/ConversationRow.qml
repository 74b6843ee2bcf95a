import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab.Core
import Confab.Gui

// One conversation in the sidebar: its title (renamed in place), a busy dot while an answer
// streams, and a button for the sidebar's one ConversationMenu. Rows are made as the list
// scrolls, so each is kept light: the rename field exists only while renaming.
ItemDelegate {
    id: row

    required property string conversationId
    required property string title
    required property bool busy
    required property bool pinned
    required property bool archived
    // The comparison this row stands for (its columns' conversations), or empty.
    required property string comparison
    required property int comparisonSize

    property bool renaming: false

    signal menuRequested(ConversationRow row)

    function startRenaming() {
        renaming = true;
    }

    width: ListView.view ? ListView.view.width : implicitWidth
    highlighted: {
        const shown = Workspace.comparisons.current;
        if (comparison.length > 0)
            return shown !== null && shown.id === comparison;
        return shown === null && Workspace.current !== null && Workspace.current.id === conversationId;
    }
    text: title
    Accessible.name: (busy ? qsTr("Answering: ") : "") + (comparison.length > 0 ? qsTr("Comparison of %n model(s): ", "", comparisonSize) : "") + title
    Accessible.role: Accessible.ListItem
    onClicked: Workspace.openConversation(conversationId)
    ToolTip.visible: hovered && comparison.length > 0
    ToolTip.delay: 600
    ToolTip.text: qsTr("Comparison of %n model(s)", "", comparisonSize)

    contentItem: RowLayout {
        spacing: 4

        Label {
            visible: row.busy
            text: "●"
            color: Theme.link
            Accessible.ignored: true
        }
        Label {
            objectName: "comparisonMark"
            visible: row.comparison.length > 0
            text: "⇆"
            color: Theme.subtleText
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
            visible: row.hovered || row.highlighted
            Accessible.name: qsTr("Actions for %1").arg(row.title)
            ToolTip.text: qsTr("Rename, pin, archive, export, delete")
            ToolTip.visible: hovered
            onClicked: row.menuRequested(row)
        }
    }

    Loader {
        id: editor

        active: row.renaming
        anchors.fill: parent
        anchors.rightMargin: 32
        sourceComponent: TextField {
            objectName: "nameField"
            Accessible.name: qsTr("New name")
        }
        onLoaded: {
            const field = item as TextField;
            field.text = row.title;
            field.forceActiveFocus();
            field.selectAll();
        }
    }
    Connections {
        target: editor.item as TextField

        function onAccepted() {
            Workspace.renameConversation(row.conversationId, (editor.item as TextField).text);
            row.renaming = false;
        }
        function onActiveFocusChanged() {
            if (!(editor.item as TextField).activeFocus)
                row.renaming = false;
        }
    }
    Keys.onEscapePressed: row.renaming = false
    TapHandler {
        acceptedButtons: Qt.RightButton
        onTapped: row.menuRequested(row)
    }
}
