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

    // The person asked for the settings window.
    signal settingsRequested
    // …or to compare models side by side.
    signal compareRequested

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
            ToolButton {
                objectName: "refreshModelsButton"
                text: "↻"
                enabled: Workspace.ready
                Accessible.name: qsTr("Refresh the model list")
                ToolTip.visible: hovered
                ToolTip.text: Workspace.modelsError.length > 0
                              ? qsTr("Could not list models: %1").arg(Workspace.modelsError)
                              : qsTr("Refresh the model list")
                onClicked: Workspace.refreshModels()
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
            ComboBox {
                id: providerPicker
                objectName: "providerPicker"
                visible: Workspace.providers.count > 0
                model: Workspace.providers
                textRole: "name"
                valueRole: "id"
                displayText: currentIndex < 0 ? qsTr("Choose a provider") : currentText
                Accessible.name: qsTr("Provider")
                // Narrows first when the window does, so the buttons stay in view.
                Layout.fillWidth: true
                Layout.minimumWidth: 80
                Layout.maximumWidth: 200
                onActivated: Workspace.useProvider(currentValue)
                // The provider in use, also after the list changes or another is picked.
                function showCurrent() {
                    currentIndex = indexOfValue(Workspace.currentProviderId);
                }
                Component.onCompleted: showCurrent()
                // The ComboBox picks its own current entry after a model change; ours comes after.
                onCountChanged: afterModelChange.restart()
                Timer {
                    id: afterModelChange
                    interval: 0
                    onTriggered: providerPicker.showCurrent()
                }
                Connections {
                    target: Workspace
                    function onEndpointChanged() {
                        providerPicker.showCurrent();
                    }
                }
                // The style's text field inside the ComboBox is what a screen reader lands on.
                Binding {
                    target: providerPicker.contentItem
                    property: "Accessible.name"
                    value: qsTr("Provider")
                }
            }
            Label {
                visible: !Workspace.demo && Workspace.currentProviderId.length === 0
                text: Workspace.endpointName
                color: Theme.subtleText
                elide: Text.ElideMiddle
                Layout.maximumWidth: 220
            }
            ToolButton {
                objectName: "settingsButton"
                text: qsTr("Settings")
                Accessible.name: qsTr("Settings")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Providers, keys and network (Ctrl+,)")
                ToolTip.delay: 600
                onClicked: chat.settingsRequested()
            }
            ToolButton {
                objectName: "compareButton"
                text: qsTr("Compare")
                enabled: Workspace.ready
                Accessible.name: qsTr("Compare models side by side")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Several models on one prompt (Ctrl+Shift+N)")
                ToolTip.delay: 600
                onClicked: chat.compareRequested()
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
        // Why the provider in use may not answer, and where to fix it.
        Pane {
            visible: Workspace.providerProblem.length > 0 && !Workspace.demo
            Layout.fillWidth: true

            RowLayout {
                anchors.fill: parent

                Label {
                    objectName: "providerProblem"
                    text: Workspace.providerProblem
                    color: Theme.errorText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
                Button {
                    text: qsTr("Open settings")
                    Accessible.name: text
                    onClicked: chat.settingsRequested()
                }
            }
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
