import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab.Core
import Confab.Gui

// What the composer says about the model on screen before a question goes: images for a
// model marked as not seeing them (Send must then be pressed twice), and tools left out
// for a model that does not take them. Either can be changed on the spot.
ColumnLayout {
    id: notes

    required property AttachmentTray tray
    readonly property SessionCapabilities capabilities: Workspace.capabilities
    readonly property bool warnsAboutImages: tray.hasImages && capabilities.vision === "no"
    // Send was pressed once with the warning showing: the next press sends.
    property bool armed: false

    // True when this press of Send must only make sure the warning was seen.
    function holdsSend() {
        if (!warnsAboutImages || armed)
            return false;
        armed = true;
        return true;
    }

    spacing: 4
    onWarnsAboutImagesChanged: armed = false

    // Another attachment, model or conversation: the warning has to be seen again.
    Connections {
        target: notes.tray
        function onCountChanged() {
            notes.armed = false;
        }
    }
    Connections {
        target: notes.capabilities
        function onChanged() {
            notes.armed = false;
        }
    }
    Connections {
        target: Workspace
        function onCurrentChanged() {
            notes.armed = false;
        }
    }

    Rectangle {
        objectName: "imageWarning"
        visible: notes.warnsAboutImages
        color: "transparent"
        border.color: notes.armed ? Theme.errorText : Theme.mid
        radius: 4
        implicitHeight: imageRow.implicitHeight + 12
        Layout.fillWidth: true

        RowLayout {
            id: imageRow

            anchors.fill: parent
            anchors.margins: 6
            spacing: 8

            Label {
                objectName: "imageWarningText"
                text: notes.armed ? qsTr("Press Send again to send the images to %1 anyway.").arg(notes.capabilities.model)
                                  : qsTr("%1 is marked as not seeing images: it will probably refuse this question.").arg(notes.capabilities.model)
                color: Theme.errorText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            Button {
                objectName: "removeImagesButton"
                text: qsTr("Remove images")
                Accessible.name: qsTr("Remove the images from the question")
                onClicked: notes.tray.removeImages()
            }
            Button {
                objectName: "canSeeImagesButton"
                visible: notes.capabilities.editable
                text: qsTr("It can see images")
                Accessible.name: qsTr("Mark this model as able to see images")
                onClicked: notes.capabilities.set("vision", "yes")
            }
        }
    }
    RowLayout {
        objectName: "toolsNote"
        visible: notes.capabilities.tools === "no"
        spacing: 8
        Layout.fillWidth: true

        Label {
            text: qsTr("%1 does not take tools, so none are offered to it.").arg(notes.capabilities.model)
            color: Theme.subtleText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ToolButton {
            objectName: "offerToolsButton"
            visible: notes.capabilities.editable
            text: qsTr("Offer tools again")
            Accessible.name: qsTr("Offer tools to this model again")
            onClicked: notes.capabilities.set("tools", "yes") // "unknown" would let the model list say no again
        }
    }
}
