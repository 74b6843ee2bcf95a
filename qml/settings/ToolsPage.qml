pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Confab.Core
import Confab.Gui

// What tools the model may call and who lets them run: the consent settings, the folders
// shared with the file tools, every tool with its schema, the plugins, and the log of
// what ran.
ScrollView {
    id: page

    objectName: "toolsPage"
    required property ToolBox tools
    function load() {
        runLog.load();
    }
    function effectText(effect: string): string {
        switch (effect) {
        case "read-only":
            return qsTr("reads only");
        case "writes":
            return qsTr("can change files or data");
        case "network":
            return qsTr("uses the network");
        case "runs programs":
            return qsTr("can start programs");
        }
        return effect;
    }
    contentWidth: availableWidth
    clip: true

    FolderDialog {
        id: folderDialog

        title: qsTr("Share a folder with tools")
        onAccepted: {
            if (!page.tools.shareFolder(selectedFolder))
                folderProblem.text = qsTr("That is not a folder Confab can read.");
            else
                folderProblem.text = "";
        }
    }

    ColumnLayout {
        width: page.availableWidth - 32
        x: 16
        spacing: 8

        Label {
            text: qsTr("Asking before tools run")
            font.bold: true
            Layout.topMargin: 16
        }
        Switch {
            objectName: "readOnlyPreApproved"
            text: qsTr("Run the read-only built-in tools without asking (clock, calculator, reading shared folders)")
            checked: page.tools.readOnlyPreApproved
            onToggled: page.tools.readOnlyPreApproved = checked
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Every other tool asks on its card in the conversation, unless you allowed it for that chat or always.")
            color: Theme.subtleText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            Label {
                text: qsTr("Rounds of tool calls per question, at most:")
            }
            SpinBox {
                objectName: "maxRounds"
                from: 1
                to: 100
                value: page.tools.maxRounds
                editable: true
                Accessible.name: qsTr("Rounds of tool calls per question, at most")
                onValueModified: page.tools.maxRounds = value
            }
        }
        Label {
            text: page.tools.alwaysAllowed.length > 0 ? qsTr("Always allowed:") : qsTr("No tool is always allowed.")
            Layout.fillWidth: true
        }
        Repeater {
            model: page.tools.alwaysAllowed

            RowLayout {
                id: allowedRow

                required property string modelData

                Layout.fillWidth: true
                Label {
                    text: allowedRow.modelData
                    font.family: Theme.monospaceFamily
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "revokeButton"
                    text: qsTr("Ask again")
                    Accessible.name: qsTr("Ask again before %1 runs").arg(allowedRow.modelData)
                    onClicked: page.tools.revokeAlways(allowedRow.modelData)
                }
            }
        }

        Label {
            text: qsTr("Shared folders")
            font.bold: true
            Layout.topMargin: 12
        }
        Label {
            text: page.tools.folders.length > 0 ? qsTr("read_text_file and list_folder can read these folders and what is inside them, nothing else.") : qsTr("No folder is shared: the file tools cannot read anything.")
            color: Theme.subtleText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: page.tools.folders

            RowLayout {
                id: folderRow

                required property string modelData

                Layout.fillWidth: true
                Label {
                    text: folderRow.modelData
                    elide: Text.ElideMiddle
                    Layout.fillWidth: true
                }
                Button {
                    text: qsTr("Stop sharing")
                    Accessible.name: qsTr("Stop sharing %1").arg(folderRow.modelData)
                    onClicked: page.tools.unshareFolder(folderRow.modelData)
                }
            }
        }
        RowLayout {
            Button {
                objectName: "shareFolderButton"
                text: qsTr("Share a folder…")
                onClicked: folderDialog.open()
            }
            Label {
                id: folderProblem

                color: Theme.errorText
            }
        }

        Label {
            text: qsTr("Tools the model can call")
            font.bold: true
            Layout.topMargin: 12
        }
        Repeater {
            model: page.tools.tools

            ColumnLayout {
                id: toolRow

                required property var modelData
                property bool open: false

                objectName: "toolRow"
                Layout.fillWidth: true
                spacing: 2

                AbstractButton {
                    Layout.fillWidth: true
                    implicitHeight: toolTitle.implicitHeight
                    onClicked: toolRow.open = !toolRow.open
                    Accessible.name: qsTr("%1, %2").arg(toolRow.modelData.name).arg(page.effectText(toolRow.modelData.effect))

                    Label {
                        id: toolTitle

                        width: parent.width
                        text: (toolRow.open ? "▾ " : "▸ ") + qsTr("%1 · %2 · %3").arg(toolRow.modelData.name).arg(toolRow.modelData.source).arg(page.effectText(toolRow.modelData.effect))
                        elide: Text.ElideRight
                    }
                }
                Label {
                    text: toolRow.modelData.description
                    color: Theme.subtleText
                    wrapMode: Text.Wrap
                    maximumLineCount: toolRow.open ? 100 : 2
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                    Layout.leftMargin: 16
                }
                TextEdit {
                    visible: toolRow.open
                    text: toolRow.modelData.parameters
                    readOnly: true
                    selectByMouse: true
                    font.family: Theme.monospaceFamily
                    color: Theme.text
                    wrapMode: TextEdit.WrapAtWordBoundaryOrAnywhere
                    Layout.fillWidth: true
                    Layout.leftMargin: 16
                    Accessible.name: qsTr("Arguments schema of %1").arg(toolRow.modelData.name)
                }
            }
        }

        Label {
            text: qsTr("Plugins")
            font.bold: true
            Layout.topMargin: 12
        }
        Label {
            visible: page.tools.plugins.length === 0 && page.tools.pluginFailures.length === 0
            text: qsTr("No tool plugin is installed.")
            color: Theme.subtleText
        }
        Repeater {
            model: page.tools.plugins

            Label {
                required property var modelData

                text: qsTr("%1 %2: %3").arg(modelData.name).arg(modelData.version).arg(modelData.tools.join(", "))
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Repeater {
            model: page.tools.pluginFailures

            Label {
                required property var modelData

                objectName: "pluginFailure"
                text: qsTr("Not loaded: %1 — %2").arg(modelData.file).arg(modelData.reason)
                color: Theme.errorText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }

        ToolRunLog {
            id: runLog

            tools: page.tools
            Layout.fillWidth: true
            Layout.topMargin: 12
        }
        Item {
            implicitHeight: 16
        }
    }
}
