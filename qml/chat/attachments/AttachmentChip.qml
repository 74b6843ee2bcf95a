import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One attachment: an image's thumbnail or a file's type, its name and size. Clicking shows
// it larger (a text file's content, an image's preview); in the composer ✕ removes it.
AbstractButton {
    id: chip

    objectName: "attachmentChip"
    required property var modelData
    required property int index
    property bool removable: false

    signal removeRequested(int index)

    readonly property bool isImage: modelData.kind === "image"
    readonly property string extension: {
        const dot = modelData.name.lastIndexOf(".");
        return dot > 0 ? modelData.name.slice(dot + 1).toUpperCase().slice(0, 4) : qsTr("TXT");
    }

    implicitWidth: Math.min(contentItem.implicitWidth + 16, 320)
    implicitHeight: 52
    hoverEnabled: true
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Attachment %1, %2").arg(modelData.name).arg(modelData.detail)
    ToolTip.visible: hovered
    ToolTip.delay: 600
    ToolTip.text: modelData.missing ? qsTr("%1 — not kept in this history").arg(modelData.name)
                                    : modelData.name

    background: Rectangle {
        radius: 8
        color: chip.hovered ? palette.midlight : palette.base
        border.color: palette.mid
    }

    contentItem: RowLayout {
        spacing: 8

        Item {
            Layout.leftMargin: 6
            Layout.preferredWidth: 40
            Layout.preferredHeight: 40

            Image {
                anchors.fill: parent
                visible: chip.isImage
                source: chip.isImage ? chip.modelData.thumbnail : ""
                fillMode: Image.PreserveAspectCrop
                asynchronous: true
            }
            Rectangle {
                anchors.fill: parent
                visible: !chip.isImage
                radius: 4
                color: palette.alternateBase
                border.color: palette.mid
                Label {
                    anchors.centerIn: parent
                    text: chip.extension
                    font.pointSize: Application.font.pointSize - 2
                    font.bold: true
                }
            }
        }
        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            Layout.maximumWidth: 220

            Label {
                text: chip.modelData.name
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
            Label {
                text: chip.modelData.missing ? qsTr("not kept in this history") : chip.modelData.detail
                color: palette.placeholderText
                font.pointSize: Application.font.pointSize - 1
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        ToolButton {
            objectName: "removeAttachment"
            visible: chip.removable
            text: "✕"
            Accessible.name: qsTr("Remove %1").arg(chip.modelData.name)
            onClicked: chip.removeRequested(chip.index)
        }
    }

    onClicked: if (!modelData.missing) preview.open()

    AttachmentPreview {
        id: preview

        name: chip.modelData.name
        detail: chip.modelData.detail
        text: chip.modelData.text
        thumbnail: chip.isImage ? chip.modelData.thumbnail : ""
        image: chip.isImage ? chip.modelData.image ?? "" : ""
    }
}
