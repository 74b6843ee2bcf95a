import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Gui

// The person's message, on the right, with Edit (which keeps the old version as a
// sibling), Copy and the version switcher.
TranscriptRow {
    id: row

    objectName: "userMessage"
    required property string text
    required property int messageRow
    required property int siblingIndex
    required property int siblingCount
    required property var attachments // AttachmentPresentation's maps

    property bool editing: false

    implicitHeight: bubble.height + actions.height + 12

    Rectangle {
        id: bubble

        x: row.inset + row.columnWidth - width
        y: 8
        width: row.editing || row.attachments.length > 0
               ? (row.editing ? row.columnWidth : row.columnWidth * 0.85)
               : Math.min(row.columnWidth * 0.85, shown.implicitWidth + 28)
        height: (row.editing ? editor.implicitHeight + editButtons.height + 8
                             : shown.y - 10 + (row.text.length > 0 ? shown.implicitHeight : 0)) + 20
        radius: 10
        color: Theme.userBubble

        AttachmentStrip {
            id: strip

            visible: !row.editing && row.attachments.length > 0
            x: 14
            y: 10
            width: parent.width - 28
            items: row.attachments
        }

        TextEdit {
            id: shown

            visible: !row.editing
            x: row.attachments.length > 0 ? parent.width - 14 - width : 14
            y: strip.visible ? strip.y + strip.height + 8 : 10
            width: Math.min(implicitWidth, row.columnWidth * 0.85 - 28)
            text: row.text
            textFormat: TextEdit.PlainText
            wrapMode: TextEdit.Wrap
            readOnly: true
            selectByMouse: true
            color: palette.text
            font.pointSize: Application.font.pointSize + 1
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("You: %1").arg(row.text)
        }

        TextArea {
            id: editor

            objectName: "editor"
            visible: row.editing
            x: 8
            y: 8
            width: parent.width - 16
            wrapMode: TextEdit.Wrap
            Accessible.name: qsTr("Edit your message")
            Keys.onEscapePressed: row.editing = false
        }
        RowLayout {
            id: editButtons

            visible: row.editing
            anchors.right: parent.right
            anchors.rightMargin: 8
            y: editor.y + editor.height + 4

            Button {
                text: qsTr("Cancel")
                onClicked: row.editing = false
            }
            Button {
                text: qsTr("Send")
                highlighted: true
                enabled: editor.text.trim().length > 0 && !row.session.busy
                onClicked: {
                    if (row.session.editAndResend(row.messageRow, editor.text))
                        row.editing = false;
                }
            }
        }
    }

    RowLayout {
        id: actions

        anchors.right: parent.right
        anchors.rightMargin: row.inset
        y: bubble.y + bubble.height
        visible: !row.editing
        spacing: 0

        BranchSwitcher {
            messageRow: row.messageRow
            siblingIndex: row.siblingIndex
            siblingCount: row.siblingCount
            session: row.session
        }
        ToolButton {
            objectName: "editButton"
            text: qsTr("Edit")
            enabled: !row.session.busy
            Accessible.name: qsTr("Edit and resend")
            onClicked: {
                editor.text = row.text;
                row.editing = true;
                editor.forceActiveFocus();
            }
        }
        CopyButton {
            content: row.text
            Accessible.name: qsTr("Copy your message")
        }
    }
}
