import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A closer look at an attachment: a text file's content, or an image's preview.
Popup {
    id: preview

    objectName: "attachmentPreview"
    property string name
    property string detail
    property string text
    property string thumbnail

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width * 0.8 : 800, 900)
    height: Math.min(parent ? parent.height * 0.8 : 600, thumbnail.length > 0 ? 420 : 700)
    modal: true
    focus: true
    padding: 12

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        RowLayout {
            Label {
                text: preview.name
                font.bold: true
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
            Label {
                text: preview.detail
                color: palette.placeholderText
            }
            ToolButton {
                text: qsTr("Close")
                onClicked: preview.close()
            }
        }
        Image {
            visible: preview.thumbnail.length > 0
            source: preview.thumbnail
            fillMode: Image.PreserveAspectFit
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
        ScrollView {
            visible: preview.thumbnail.length === 0
            Layout.fillWidth: true
            Layout.fillHeight: true

            TextArea {
                objectName: "attachmentText"
                text: preview.text
                readOnly: true
                selectByMouse: true
                textFormat: TextEdit.PlainText
                wrapMode: TextEdit.NoWrap
                font.family: "monospace"
                Accessible.name: qsTr("Content of %1").arg(preview.name)
            }
        }
    }
}
