import QtQuick
import QtQuick.Controls
import Confab.Gui

// Copies `content` and says so for a moment.
ToolButton {
    id: button

    objectName: "copyButton"
    property string content
    property bool copied: false

    text: copied ? qsTr("Copied") : qsTr("Copy")
    Accessible.name: qsTr("Copy")
    onClicked: {
        Clipboard.copy(content);
        copied = true;
        resetTimer.restart();
    }

    Timer {
        id: resetTimer
        interval: 1500
        onTriggered: button.copied = false
    }
}
