import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Core
import Confab.Gui

// One conversation: the model picker and parameters on top, the transcript, the composer.
Page {
    id: chat

    required property ChatSession session
    readonly property TranscriptModel transcript: transcriptView.model as TranscriptModel

    function focusComposer() {
        composer.focusInput();
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8

            ModelPicker {
                session: chat.session
                enabled: Workspace.ready
            }
            Label {
                visible: Workspace.demo
                text: qsTr("Offline demo")
                padding: 4
                color: palette.highlightedText
                background: Rectangle {
                    color: palette.highlight
                    radius: 4
                }
            }
            Item {
                Layout.fillWidth: true
            }
            Label {
                visible: !Workspace.demo
                text: Workspace.endpointName
                color: Theme.subtleText
                elide: Text.ElideMiddle
                Layout.maximumWidth: 220
            }
            ToolButton {
                text: qsTr("Parameters")
                Accessible.name: qsTr("Request parameters")
                onClicked: parametersPanel.open()
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TranscriptView {
            id: transcriptView
            session: chat.session
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
        Composer {
            id: composer
            session: chat.session
            transcript: chat.transcript
            Layout.fillWidth: true
            onSent: transcriptView.jumpToLatest()
        }
    }

    ParametersPanel {
        id: parametersPanel

        session: chat.session
        parent: Overlay.overlay
    }
}
