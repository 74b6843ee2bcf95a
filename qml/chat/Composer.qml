import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Confab
import Confab.Core
import Confab.Gui

// Where the person writes. Enter sends, Shift+Enter starts a new line, Up in an empty
// composer edits the last question (sent again as a new version). Images and text files
// come with the question: Attach…, dropped on the composer, or pasted.
Pane {
    id: composer

    required property ChatSession session
    property int editingRow: -1
    property alias text: input.text
    property alias attachments: tray
    property TranscriptModel transcript // for the last question

    signal sent

    function canSend() {
        return session !== null && !session.busy
                && (input.text.trim().length > 0 || (tray.count > 0 && editingRow < 0));
    }
    function send() {
        if (!canSend() || (editingRow < 0 && capabilityNotes.holdsSend()))
            return;
        const ok = editingRow >= 0 ? session.editAndResend(editingRow, input.text)
                                   : session.send(input.text, tray);
        if (ok) {
            input.clear();
            editingRow = -1;
            sent();
        }
    }
    function editLast() {
        const row = transcript ? transcript.lastUserMessageRow() : -1;
        if (row < 0)
            return;
        editingRow = row;
        input.text = transcript.messageText(row);
        input.cursorPosition = input.length;
    }
    function focusInput() {
        input.forceActiveFocus();
    }

    padding: 12
    // Several children (the drop area and its frame too): the size comes from the column.
    contentHeight: column.implicitHeight

    AttachmentTray {
        id: tray
    }
    FileDialog {
        id: fileDialog

        title: qsTr("Attach images or text files")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Images and text files (*.png *.jpg *.jpeg *.webp *.gif *.txt *.md *.csv *.log *.json *.xml *.yaml *.yml *.py *.js *.ts *.c *.cpp *.h *.hpp *.rs *.go *.java *.kt *.swift *.sh *.sql *.html *.css *.qml)"),
            qsTr("All files (*)")]
        onAccepted: tray.addUrls(selectedFiles)
    }
    DropArea {
        id: dropArea

        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: drop => {
            if (drop.hasUrls && tray.addUrls(drop.urls))
                drop.accept(Qt.CopyAction);
        }
    }
    Rectangle {
        // Where a drop will land.
        anchors.fill: parent
        visible: dropArea.containsDrag
        color: "transparent"
        border.color: palette.highlight
        border.width: 2
        radius: 6
    }

    ColumnLayout {
        id: column

        anchors.fill: parent
        spacing: 6

        AttachmentStrip {
            items: tray.items
            removable: true
            Layout.fillWidth: true
            onRemoveRequested: index => tray.remove(index)
        }
        Label {
            objectName: "attachmentError"
            visible: text.length > 0
            text: tray.errorText
            color: Theme.errorText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        CapabilityNotes {
            id: capabilityNotes
            tray: tray
            Layout.fillWidth: true
        }

        RowLayout {
            visible: composer.editingRow >= 0
            Label {
                text: qsTr("Editing your message: sending keeps the earlier version.")
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            ToolButton {
                text: qsTr("Cancel")
                onClicked: {
                    composer.editingRow = -1;
                    input.clear();
                }
            }
        }

        RowLayout {
            spacing: 8

            ToolButton {
                objectName: "attachButton"
                text: qsTr("Attach…")
                enabled: composer.editingRow < 0
                Accessible.name: qsTr("Attach images or text files")
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: qsTr("Attach images or text files (or drop them here, or paste an image)")
                onClicked: fileDialog.open()
            }
            ScrollView {
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(Math.max(input.implicitHeight, 40), 200)

                TextArea {
                    id: input

                    objectName: "composerInput"

                    placeholderText: qsTr("Message (Enter to send, Shift+Enter for a new line)")
                    wrapMode: TextEdit.Wrap
                    Accessible.name: qsTr("Message")
                    Keys.onPressed: event => {
                        if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                                && !(event.modifiers & Qt.ShiftModifier)) {
                            composer.send();
                            event.accepted = true;
                        } else if (event.key === Qt.Key_Up && input.length === 0) {
                            composer.editLast();
                            event.accepted = true;
                        } else if (event.matches(StandardKey.Paste) && composer.editingRow < 0
                                   && tray.pasteFromClipboard()) {
                            // An image or files; text is pasted as text.
                            event.accepted = true;
                        }
                    }
                }
            }
            Button {
                objectName: "sendButton"
                text: composer.session && composer.session.busy ? qsTr("Stop") : qsTr("Send")
                highlighted: true
                enabled: composer.session !== null && (composer.session.busy || composer.canSend())
                Accessible.name: text
                onClicked: composer.session.busy ? composer.session.stop() : composer.send()
            }
        }
        Label {
            // Errors of an answer show in the answer; here only what concerns sending.
            visible: text.length > 0 && (composer.session.busy || !Workspace.ready)
            text: composer.session ? composer.session.statusText : ""
            color: palette.placeholderText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
