import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab.Core
import Confab.Gui

// The first start: nothing to talk to yet. Pick a service to set it up, or try the
// offline demo.
Pane {
    id: firstRun

    objectName: "firstRun"

    required property ProviderSettings providers
    property bool demoFailed: false

    // A provider was added from a preset; it needs its settings and key next.
    signal providerAdded(string providerId)

    padding: 24

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth, 720)
            x: (scroll.availableWidth - width) / 2
            spacing: 12

            Label {
                text: qsTr("Welcome to Confab")
                font.bold: true
                font.pointSize: Application.font.pointSize + 6
                Layout.topMargin: 24
            }
            Label {
                text: qsTr("Confab talks to any service with an OpenAI-compatible API. Pick yours to set it up; you can add more later in Settings (Ctrl+,).")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            GridLayout {
                columns: Math.max(1, Math.floor(width / 170))
                columnSpacing: 8
                rowSpacing: 8
                Layout.fillWidth: true

                Repeater {
                    model: firstRun.providers.presets

                    delegate: Button {
                        required property var modelData

                        objectName: "firstRunPreset_" + modelData.id
                        text: modelData.name
                        Accessible.name: qsTr("Set up %1").arg(modelData.name)
                        ToolTip.visible: hovered && modelData.baseUrl.length > 0
                        ToolTip.text: modelData.baseUrl
                        ToolTip.delay: 600
                        Layout.fillWidth: true
                        Layout.preferredWidth: 160 // equal columns
                        Layout.preferredHeight: implicitHeight + 12
                        onClicked: {
                            const added = firstRun.providers.addFromPreset(modelData.id);
                            if (added.length > 0)
                                firstRun.providerAdded(added);
                        }
                    }
                }
            }
            Label {
                text: qsTr("Or look around first: the offline demo answers from this computer, with no network and no key.")
                color: Theme.subtleText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.topMargin: 12
            }
            Button {
                objectName: "demoButton"
                text: qsTr("Try the offline demo")
                Accessible.name: qsTr("Try the offline demo")
                leftPadding: 16
                rightPadding: 16
                Layout.preferredHeight: implicitHeight + 12
                onClicked: firstRun.demoFailed = !Workspace.startDemo()
            }
            Label {
                visible: firstRun.demoFailed
                text: qsTr("The demo could not start.")
                color: Theme.errorText
                Layout.fillWidth: true
            }
        }
    }
}
