import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab.Core
import Confab.Gui

// A search result: the conversation's title and, for a message, the text around the match
// with the match in bold. Choosing it opens the conversation at that message.
ItemDelegate {
    id: hit

    required property string conversationId
    required property string messageId
    required property string title
    required property string snippet

    width: ListView.view ? ListView.view.width : implicitWidth
    text: title
    Accessible.name: snippet.length > 0 ? qsTr("%1: %2").arg(title).arg(snippet.replace(/<[^>]*>/g, "")) : title
    Accessible.role: Accessible.ListItem
    onClicked: {
        if (messageId.length > 0)
            Workspace.openMessage(conversationId, messageId);
        else
            Workspace.openConversation(conversationId);
    }

    contentItem: ColumnLayout {
        spacing: 2

        Label {
            text: hit.title
            font.bold: hit.messageId.length === 0
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            visible: hit.snippet.length > 0
            text: hit.snippet
            textFormat: Text.StyledText
            color: Theme.subtleText
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
    }
}
