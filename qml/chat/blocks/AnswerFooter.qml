import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Gui

// Under each answer: what is still coming, how it ended (errors in words, with Retry),
// model and speed, Copy, Regenerate and the version switcher.
TranscriptRow {
    id: row

    objectName: "answerFooter"
    required property string text
    required property string metadata
    required property string endNote
    required property string state
    required property bool live
    required property bool cursor
    required property bool canRetry
    required property int messageRow
    required property int siblingIndex
    required property int siblingCount

    implicitHeight: column.implicitHeight + 16

    ColumnLayout {
        id: column

        x: row.inset
        width: row.columnWidth
        spacing: 2

        Label {
            visible: row.live && row.cursor
            text: qsTr("Waiting for the answer… ▍")
            color: Theme.subtleText
        }
        RowLayout {
            visible: row.endNote.length > 0
            Layout.fillWidth: true

            Label {
                objectName: "endNote"
                text: row.endNote
                color: row.state === "failed" ? Theme.errorText : Theme.subtleText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: row.state === "failed" ? Accessible.AlertMessage : Accessible.StaticText
                Accessible.name: text
            }
            Button {
                objectName: "retryButton"
                visible: row.canRetry
                text: qsTr("Retry")
                enabled: !row.session.busy
                Accessible.name: qsTr("Retry this answer")
                onClicked: row.session.retry(row.messageRow)
            }
        }
        RowLayout {
            // While an answer arrives only its switcher shows (n > 1: the other answers).
            visible: !row.live || row.siblingCount > 1
            spacing: 0
            Layout.fillWidth: true

            BranchSwitcher {
                messageRow: row.messageRow
                siblingIndex: row.siblingIndex
                siblingCount: row.siblingCount
                session: row.session
            }
            Label {
                visible: !row.live
                text: row.metadata
                color: Theme.subtleText
                elide: Text.ElideRight
                Layout.fillWidth: true
                Layout.leftMargin: 4
            }
            CopyButton {
                visible: !row.live && row.text.length > 0
                content: row.text
                Accessible.name: qsTr("Copy answer")
            }
            ToolButton {
                objectName: "regenerateButton"
                visible: !row.live && !row.canRetry // Retry above does the same
                text: qsTr("Regenerate")
                enabled: !row.session.busy
                Accessible.name: qsTr("Regenerate answer")
                onClicked: row.session.regenerate(row.messageRow)
            }
        }
    }
}
