import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Core
import Confab.Gui

// A tool call the model asked for: the tool, where it comes from, its arguments in full,
// what became of it and its result. While it waits for consent the card asks, with the
// arguments editable, exactly as they will run.
TranscriptRow {
    id: row

    objectName: "toolCallCard"
    required property string title
    required property string text
    required property var toolRun

    readonly property string status: toolRun.status ?? "none"
    readonly property bool waiting: status === "waiting"
    readonly property bool failed: status === "failed" || status === "denied"
    property bool resultOpen: false

    function statusText(): string {
        const took = row.toolRun.durationMs >= 0 ? " · " + row.formatDuration(row.toolRun.durationMs) : "";
        switch (row.status) {
        case "waiting":
            return qsTr("Waiting for your approval");
        case "running":
            return qsTr("Running…");
        case "done":
            return qsTr("Done") + took;
        case "failed":
            return qsTr("Failed") + took;
        case "denied":
            return qsTr("Denied");
        case "cancelled":
            return qsTr("Cancelled");
        }
        return qsTr("Not run");
    }
    function formatDuration(ms: real): string {
        return ms < 1000 ? qsTr("%1 ms").arg(ms) : qsTr("%1 s").arg((ms / 1000).toFixed(1));
    }
    function effectWarning(): string {
        switch (row.toolRun.effect) {
        case "writes":
            return qsTr("This tool can change files or data.");
        case "network":
            return qsTr("This tool talks to other computers over the network.");
        case "runs programs":
            return qsTr("This tool can start programs on this computer.");
        case "read-only":
            return qsTr("This tool only reads.");
        }
        return qsTr("Confab does not know what this tool may do.");
    }
    function answer(decision: int) {
        const session = row.session;
        invalidArguments.text = decision === ChatSession.Deny ? "" : session.argumentProblems(row.toolRun.callId, argumentsEditor.text);
        if (invalidArguments.text.length === 0)
            session.answerApproval(row.toolRun.callId, decision, argumentsEditor.text);
    }

    implicitHeight: frame.height + 10

    Rectangle {
        id: frame

        x: row.inset
        width: row.columnWidth
        height: column.implicitHeight + 16
        radius: 6
        color: Theme.codeBackground
        border.color: row.waiting ? Theme.highlight : Theme.mid
        border.width: row.waiting ? 2 : 1

        ColumnLayout {
            id: column

            x: 12
            y: 8
            width: parent.width - 24
            spacing: 6

            RowLayout {
                Layout.fillWidth: true
                spacing: 8

                Label {
                    text: row.toolRun.source ? qsTr("%1 · %2").arg(row.title).arg(row.toolRun.source) : row.title
                    font.bold: true
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Tool call %1").arg(text)
                }
                BusyIndicator {
                    visible: row.status === "running"
                    running: visible
                    Layout.preferredWidth: 18
                    Layout.preferredHeight: 18
                }
                Label {
                    objectName: "toolStatus"
                    text: row.statusText()
                    color: row.failed ? Theme.errorText : Theme.subtleText
                }
            }

            // The arguments as the model sent them; editable while the call waits.
            TextEdit {
                id: argumentsView

                visible: !row.waiting
                Layout.fillWidth: true
                text: row.toolRun.ranArguments ? row.toolRun.ranArguments : row.text
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.WrapAtWordBoundaryOrAnywhere
                font.family: Theme.monospaceFamily
                color: Theme.text
                Accessible.name: qsTr("Arguments of %1").arg(row.title)
            }
            Label {
                visible: !row.waiting && (row.toolRun.ranArguments ?? "").length > 0
                text: qsTr("Ran with your changes; the model asked for:\n%1").arg(row.text)
                font.family: Theme.monospaceFamily
                color: Theme.subtleText
                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                Layout.fillWidth: true
            }

            ColumnLayout {
                visible: row.waiting
                Layout.fillWidth: true
                spacing: 6

                Label {
                    text: qsTr("The model wants to run %1. %2 Check the arguments below; you can change them before it runs.").arg(row.title).arg(row.effectWarning())
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                FramedTextArea {
                    id: argumentsEditor

                    objectName: "approvalArguments"
                    Layout.fillWidth: true
                    text: row.text
                    font.family: Theme.monospaceFamily
                    Accessible.name: qsTr("Arguments %1 will run with").arg(row.title)
                    onTextChanged: invalidArguments.text = ""
                }
                Label {
                    id: invalidArguments

                    objectName: "argumentProblems"
                    visible: text.length > 0
                    color: Theme.errorText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: 6

                    Button {
                        objectName: "allowOnceButton"
                        text: qsTr("Run once")
                        highlighted: true
                        onClicked: row.answer(ChatSession.AllowOnce)
                    }
                    Button {
                        objectName: "allowForChatButton"
                        text: qsTr("Allow in this chat")
                        onClicked: row.answer(ChatSession.AllowForChat)
                    }
                    Button {
                        objectName: "alwaysAllowButton"
                        text: qsTr("Always allow %1").arg(row.title)
                        onClicked: row.answer(ChatSession.AlwaysAllow)
                    }
                    Button {
                        objectName: "denyButton"
                        text: qsTr("Deny")
                        onClicked: row.answer(ChatSession.Deny)
                    }
                }
            }

            Label {
                visible: (row.toolRun.approval ?? "").length > 0 && !row.waiting
                text: row.toolRun.approval ?? ""
                color: Theme.subtleText
            }

            // The result, folded: it can be long.
            AbstractButton {
                id: resultToggle

                objectName: "toolResultToggle"
                visible: (row.toolRun.result ?? "").length > 0
                Layout.fillWidth: true
                implicitHeight: resultHeader.implicitHeight
                checkable: true
                checked: row.resultOpen
                onToggled: row.resultOpen = checked
                Accessible.name: row.resultOpen ? qsTr("Hide result") : qsTr("Show result")

                Label {
                    id: resultHeader

                    width: parent.width
                    text: (row.resultOpen ? "▾ " : "▸ ") + (row.failed ? qsTr("Error") : qsTr("Result"))
                          + (row.resultOpen ? "" : " — " + (row.toolRun.result ?? "").split("\n")[0])
                    elide: Text.ElideRight
                    color: row.failed ? Theme.errorText : Theme.subtleText
                }
            }
            TextEdit {
                objectName: "toolResult"
                visible: row.resultOpen && resultToggle.visible
                Layout.fillWidth: true
                text: row.toolRun.result ?? ""
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.WrapAtWordBoundaryOrAnywhere
                font.family: Theme.monospaceFamily
                color: row.failed ? Theme.errorText : Theme.text
                Accessible.name: qsTr("Result of %1").arg(row.title)
            }
        }
    }
}
