import QtQuick
import QtQuick.Dialogs
import Confab.Core

// Where to export a conversation (or all of them) or what to import, then does it and
// reports what happened through done(message).
FileDialog {
    id: dialog

    property string conversationId: ""
    property bool importing: false

    signal done(string message)

    // An empty id exports every conversation.
    function exportConversation(id: string, title: string) {
        importing = false;
        conversationId = id;
        fileMode = FileDialog.SaveFile;
        dialog.title = id.length > 0 ? qsTr("Export “%1”").arg(title) : qsTr("Export all conversations");
        nameFilters = [qsTr("Markdown (*.md)"), qsTr("Confab history, JSON (*.json)")];
        open();
    }
    function importFile() {
        importing = true;
        fileMode = FileDialog.OpenFile;
        dialog.title = qsTr("Import conversations");
        nameFilters = [qsTr("Confab history, JSON (*.json)")];
        open();
    }

    onAccepted: {
        if (importing) {
            done(Workspace.importConversations(selectedFile));
            return;
        }
        let file = selectedFile.toString();
        // The filter chosen gives the suffix when the name has none.
        if (!/\.(md|markdown|json)$/i.test(file))
            file += selectedNameFilter.index === 1 ? ".json" : ".md";
        done(Workspace.exportConversations(conversationId, file));
    }
}
