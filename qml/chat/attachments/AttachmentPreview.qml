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
    // The whole picture (image://attachment/…), shown instead of the thumbnail when there.
    property string image

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width * 0.8 : 800, 900)
    height: Math.min(parent ? parent.height * 0.85 : 600, thumbnail.length > 0 && image.length === 0 ? 420 : 900)
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
            id: picture

            objectName: "attachmentImage"
            visible: preview.thumbnail.length > 0
            // Loaded when the preview opens, at the size it is shown.
            source: preview.opened ? (preview.image.length > 0 ? preview.image : preview.thumbnail) : ""
            // From the popup's size, known before the layout places the image.
            sourceSize.width: Math.round(preview.availableWidth * Screen.devicePixelRatio)
            sourceSize.height: Math.round(preview.availableHeight * Screen.devicePixelRatio)
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
