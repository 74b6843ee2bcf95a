import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab.Core

// Where the person writes. Enter sends, Shift+Enter starts a new line, Up in an empty
// composer edits the last question (sent again as a new version).
Pane {
    id: composer

    required property ChatSession session
    property int editingRow: -1
    property alias text: input.text
    property TranscriptModel transcript // for the last question

    signal sent

    function send() {
        if (!session || session.busy || input.text.trim().length === 0)
            return;
        const ok = editingRow >= 0 ? session.editAndResend(editingRow, input.text) : session.send(input.text);
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

    ColumnLayout {
        anchors.fill: parent
        spacing: 6

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
                        }
                    }
                }
            }
            Button {
                objectName: "sendButton"
                text: composer.session && composer.session.busy ? qsTr("Stop") : qsTr("Send")
                highlighted: true
                enabled: composer.session !== null
                         && (composer.session.busy || input.text.trim().length > 0)
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
