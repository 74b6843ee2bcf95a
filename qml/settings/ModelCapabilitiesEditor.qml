import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab.Core
import Confab.Gui

// What each model of a provider takes: images, tools, reasoning. Learned from answers and
// the provider's model list, or set here; a choice made here is never overruled.
ColumnLayout {
    id: capabilitiesEditor

    required property ProviderSettings providers
    required property string providerId
    property var rows: []

    function reload() {
        rows = providers.modelCapabilities(providerId);
    }
    function choose(model: string, capability: string, support: string) {
        providers.setModelCapability(providerId, model, capability, support);
    }

    spacing: 6
    onProviderIdChanged: reload()
    Component.onCompleted: reload()

    Connections {
        target: capabilitiesEditor.providers
        function onCapabilitiesChanged() {
            capabilitiesEditor.reload();
        }
    }

    // One capability of one model: Not known / Yes / No, with who said so.
    component CapabilityChoice: RowLayout {
        id: choice

        required property string label
        required property string support
        required property string origin
        signal chosen(string support)

        spacing: 4
        Label {
            text: choice.label
        }
        ComboBox {
            id: box
            textRole: "text"
            valueRole: "value"
            model: [
                {
                    "value": "unknown",
                    "text": qsTr("Not known")
                },
                {
                    "value": "yes",
                    "text": qsTr("Yes")
                },
                {
                    "value": "no",
                    "text": qsTr("No")
                }
            ]
            // Not indexOfValue(): it is evaluated before the model is there.
            currentIndex: choice.support === "yes" ? 1 : choice.support === "no" ? 2 : 0
            Accessible.name: choice.label
            ToolTip.visible: hovered
            ToolTip.delay: 600
            ToolTip.text: choice.origin
            onActivated: choice.chosen(currentValue)
        }
    }

    Label {
        text: qsTr("What the models take")
        font.bold: true
    }
    Label {
        text: qsTr("Confab learns this from answers and from the provider's model list. What you choose here stays.")
        color: Theme.subtleText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Label {
        objectName: "noModelsYet"
        visible: capabilitiesEditor.rows.length === 0
        text: qsTr("No models yet: use one, or add it below.")
        color: Theme.subtleText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Repeater {
        model: capabilitiesEditor.rows
        onItemAdded: (index, item) => item.chosen.connect(capabilitiesEditor.choose)

        delegate: ColumnLayout {
            id: modelRow

            required property var modelData
            signal chosen(string model, string capability, string support)

            objectName: "capabilities:" + modelData.model
            spacing: 2
            Layout.fillWidth: true

            Label {
                text: modelRow.modelData.model
                font.family: Theme.monospaceFamily
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
            Flow {
                spacing: 12
                Layout.fillWidth: true

                CapabilityChoice {
                    objectName: "vision"
                    label: qsTr("Images")
                    support: modelRow.modelData.vision
                    origin: modelRow.modelData.visionOrigin
                    onChosen: support => modelRow.chosen(modelRow.modelData.model, "vision", support)
                }
                CapabilityChoice {
                    objectName: "tools"
                    label: qsTr("Tools")
                    support: modelRow.modelData.tools
                    origin: modelRow.modelData.toolsOrigin
                    onChosen: support => modelRow.chosen(modelRow.modelData.model, "tools", support)
                }
                CapabilityChoice {
                    objectName: "reasoning"
                    label: qsTr("Reasoning")
                    support: modelRow.modelData.reasoning
                    origin: modelRow.modelData.reasoningOrigin
                    onChosen: support => modelRow.chosen(modelRow.modelData.model, "reasoning", support)
                }
            }
            Label {
                // Who said what, for the capabilities that are known.
                objectName: "origins"
                readonly property var known: [[qsTr("Images"), modelRow.modelData.vision, modelRow.modelData.visionOrigin], [qsTr("Tools"), modelRow.modelData.tools, modelRow.modelData.toolsOrigin], [qsTr("Reasoning"), modelRow.modelData.reasoning, modelRow.modelData.reasoningOrigin]].filter(entry => entry[1] !== "unknown")
                visible: known.length > 0
                text: known.map(entry => qsTr("%1: %2").arg(entry[0]).arg(entry[2])).join(" · ")
                color: Theme.subtleText
                font.pointSize: Application.font.pointSize - 1
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true

        TextField {
            id: newModel
            objectName: "newCapabilityModel"
            placeholderText: qsTr("Another model, e.g. gpt-4o")
            Accessible.name: qsTr("Model to describe")
            Layout.fillWidth: true
        }
        Button {
            objectName: "markTextOnlyButton"
            text: qsTr("Mark as text only")
            Accessible.name: qsTr("Mark this model as not seeing images")
            enabled: newModel.text.trim().length > 0
            onClicked: {
                capabilitiesEditor.choose(newModel.text.trim(), "vision", "no");
                newModel.clear();
            }
        }
    }
}
