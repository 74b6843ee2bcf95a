pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Core
import Confab.Gui

// The request parameters of the open conversation. An empty field is not sent, so the
// provider's default applies.
Drawer {
    id: panel

    required property ChatSession session

    edge: Qt.RightEdge
    width: Math.min(380, parent ? parent.width * 0.8 : 380)
    height: parent ? parent.height : 600

    ParameterSet {
        id: parameterSet
        session: panel.session
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: 6

            Label {
                text: qsTr("Request parameters")
                font.bold: true
                font.pointSize: Application.font.pointSize + 2
                Layout.margins: 12
            }
            Label {
                text: qsTr("System prompt")
                Layout.leftMargin: 12
            }
            TextArea {
                text: panel.session ? panel.session.systemPrompt : ""
                placeholderText: qsTr("None")
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("System prompt")
                Layout.fillWidth: true
                Layout.leftMargin: 12
                Layout.rightMargin: 12
                Layout.preferredHeight: Math.max(80, implicitHeight)
                onEditingFinished: if (panel.session) panel.session.systemPrompt = text
            }
            ParameterField {
                key: "temperature"
                label: qsTr("Temperature")
                hint: qsTr("0–2, e.g. 0.7")
                parameters: parameterSet
                Layout.fillWidth: true
            }
            ParameterField {
                key: "top_p"
                label: qsTr("Top p")
                hint: qsTr("0–1")
                parameters: parameterSet
                Layout.fillWidth: true
            }
            ParameterField {
                key: "max_tokens"
                label: qsTr("Max tokens")
                hint: qsTr("e.g. 1024")
                parameters: parameterSet
                Layout.fillWidth: true
            }
            ParameterField {
                key: "reasoning_effort"
                label: qsTr("Reasoning effort")
                hint: qsTr("low, medium or high")
                parameters: parameterSet
                Layout.fillWidth: true
            }
            Label {
                objectName: "reasoningLeftOut"
                visible: Workspace.capabilities.reasoning === "no"
                text: qsTr("%1 is marked as not taking a reasoning effort: it is left out of requests (Settings → Providers).").arg(Workspace.capabilities.model)
                color: Theme.subtleText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: 12
                Layout.rightMargin: 12
            }
            ParameterField {
                key: "seed"
                label: qsTr("Seed")
                hint: qsTr("a whole number")
                parameters: parameterSet
                Layout.fillWidth: true
            }
            ParameterField {
                key: "stop"
                label: qsTr("Stop sequences")
                hint: qsTr("one per line")
                parameters: parameterSet
                multiline: true
                Layout.fillWidth: true
            }
            OutputFormatField {
                parameters: parameterSet
                Layout.fillWidth: true
            }
            Button {
                text: qsTr("Reset all to provider defaults")
                Layout.margins: 12
                onClicked: parameterSet.clearAll()
            }
            Label {
                text: qsTr("Tools in this conversation")
                font.bold: true
                Layout.leftMargin: 12
                Layout.topMargin: 6
            }
            Label {
                visible: Workspace.tools.tools.length === 0
                text: qsTr("No tools are set up.")
                Layout.leftMargin: 12
            }
            Label {
                objectName: "toolsLeftOut"
                visible: Workspace.capabilities.tools === "no"
                text: qsTr("%1 does not take tools: none are offered to it (Settings → Providers).").arg(Workspace.capabilities.model)
                color: Theme.subtleText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: 12
                Layout.rightMargin: 12
            }
            Repeater {
                model: Workspace.tools.tools

                CheckBox {
                    id: toolToggle

                    required property var modelData

                    objectName: "toolToggle"
                    text: qsTr("%1 (%2)").arg(toolToggle.modelData.name).arg(toolToggle.modelData.source)
                    checked: panel.session ? panel.session.disabledTools.indexOf(toolToggle.modelData.name) < 0 : true
                    Accessible.name: qsTr("Offer %1 in this conversation").arg(toolToggle.modelData.name)
                    Layout.leftMargin: 12
                    onToggled: {
                        if (!panel.session)
                            return;
                        const off = panel.session.disabledTools.filter(name => name !== toolToggle.modelData.name);
                        if (!checked)
                            off.push(toolToggle.modelData.name);
                        panel.session.disabledTools = off;
                    }
                }
            }
        }
    }
}
