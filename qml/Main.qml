import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The main window. The chat view arrives with the chat-window issue; until then this is
// the empty state a new user sees.
ApplicationWindow {
    id: window

    width: 1100
    height: 720
    minimumWidth: 800
    minimumHeight: 600
    visible: true
    title: qsTr("Confab")

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 12

            Label {
                text: qsTr("Confab")
                font.bold: true
                font.pixelSize: 16
                Layout.fillWidth: true
            }
        }
    }

    ColumnLayout {
        anchors.centerIn: parent
        spacing: 8

        Label {
            text: qsTr("Welcome to Confab")
            font.pixelSize: 24
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: qsTr("A native chat client for OpenAI-compatible APIs.")
            color: palette.placeholderText
            Layout.alignment: Qt.AlignHCenter
        }
    }
}
