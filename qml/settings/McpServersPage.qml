pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Confab.Core
import Confab.Gui
import Confab

// The MCP servers Confab starts for their tools: each with its state and what it wrote to
// its error output; a form to add one (secrets of its environment go to the keychain) and
// an import of the `mcpServers` file other clients use.
ScrollView {
    id: page

    objectName: "mcpServersPage"
    required property ToolBox tools
    property string message
    property bool failed: false

    // Read through the property, so that the binding follows changes.
    function isTrusted(name: string): bool {
        return Array.from(tools.alwaysAllowed).includes("mcp_" + name + "/*");
    }
    function logText(name: string): string {
        const lines = Array.from(tools.servers.log(name));
        return lines.length > 0 ? lines.join("\n") : qsTr("(nothing yet)");
    }
    function saveServer() {
        const error = tools.saveServer(nameField.text, commandField.text, argumentsField.text, environmentField.text);
        failed = error.length > 0;
        message = failed ? error : qsTr("Saved. Confab starts %1 now.").arg(nameField.text.trim());
        if (!failed) {
            nameField.text = "";
            commandField.text = "";
            argumentsField.text = "";
            environmentField.text = "";
        }
    }

    contentWidth: availableWidth
    clip: true

    Connections {
        target: page.tools
        function onImportFinished(summary: string) {
            page.failed = false;
            page.message = summary;
        }
    }

    FileDialog {
        id: importDialog

        title: qsTr("Import MCP servers")
        nameFilters: [qsTr("JSON files (*.json)"), qsTr("All files (*)")]
        onAccepted: page.tools.importServers(selectedFile)
    }

    ColumnLayout {
        width: page.availableWidth - 32
        x: 16
        spacing: 8

        RowLayout {
            Layout.topMargin: 16
            Layout.fillWidth: true

            Label {
                text: qsTr("MCP servers")
                font.bold: true
                Layout.fillWidth: true
            }
            Button {
                objectName: "importServersButton"
                text: qsTr("Import…")
                Accessible.name: qsTr("Import servers from an mcpServers JSON file")
                onClicked: importDialog.open()
            }
        }
        Label {
            visible: page.tools.servers.count === 0
            text: qsTr("No server yet. Add one below, or import the mcpServers file of another app (Claude Desktop, Cursor, VS Code).")
            color: Theme.subtleText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            model: page.tools.servers

            Frame {
                id: serverRow

                required property string name
                required property string commandLine
                required property string stateText
                required property string error
                required property var model // for "enabled", which an Item's own would hide
                required property int toolCount
                property bool showLog: false

                objectName: "serverRow"
                Layout.fillWidth: true

                ColumnLayout {
                    width: parent.width

                    RowLayout {
                        Layout.fillWidth: true

                        Label {
                            text: serverRow.name
                            font.bold: true
                        }
                        Label {
                            objectName: "serverState"
                            text: serverRow.stateText
                            color: serverRow.error.length > 0 ? Theme.errorText : Theme.subtleText
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Switch {
                            checked: serverRow.model.enabled
                            Accessible.name: qsTr("Use %1").arg(serverRow.name)
                            onToggled: page.tools.setServerEnabled(serverRow.name, checked)
                        }
                        Button {
                            text: serverRow.showLog ? qsTr("Hide log") : qsTr("Log")
                            Accessible.name: qsTr("What %1 wrote to its error output").arg(serverRow.name)
                            onClicked: serverRow.showLog = !serverRow.showLog
                        }
                        Button {
                            text: qsTr("Remove")
                            Accessible.name: qsTr("Remove %1").arg(serverRow.name)
                            onClicked: page.tools.removeServer(serverRow.name)
                        }
                    }
                    CheckBox {
                        objectName: "trustServer"
                        text: qsTr("Run every tool of %1 without asking").arg(serverRow.name)
                        checked: page.isTrusted(serverRow.name)
                        onToggled: page.tools.setServerTrusted(serverRow.name, checked)
                    }
                    Label {
                        text: serverRow.commandLine
                        font.family: Theme.monospaceFamily
                        color: Theme.subtleText
                        elide: Text.ElideMiddle
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: serverRow.error.length > 0
                        text: serverRow.error
                        color: Theme.errorText
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    FramedTextArea {
                        visible: serverRow.showLog
                        readOnly: true
                        text: serverRow.showLog ? page.logText(serverRow.name) : ""
                        font.family: Theme.monospaceFamily
                        wrapMode: TextEdit.WrapAtWordBoundaryOrAnywhere
                        Layout.fillWidth: true
                        Layout.maximumHeight: 240
                    }
                }
            }
        }

        Label {
            text: qsTr("Add a server")
            font.bold: true
            Layout.topMargin: 12
        }
        GridLayout {
            columns: 2
            columnSpacing: 8
            Layout.fillWidth: true

            Label {
                text: qsTr("Name")
            }
            TextField {
                id: nameField

                objectName: "serverName"
                placeholderText: qsTr("files")
                Layout.fillWidth: true
                Accessible.name: qsTr("Server name")
            }
            Label {
                text: qsTr("Command")
            }
            TextField {
                id: commandField

                objectName: "serverCommand"
                placeholderText: qsTr("npx")
                Layout.fillWidth: true
                Accessible.name: qsTr("Command")
            }
            Label {
                text: qsTr("Arguments")
                Layout.alignment: Qt.AlignTop
            }
            FramedTextArea {
                id: argumentsField

                objectName: "serverArguments"
                placeholderText: qsTr("One per line")
                Layout.fillWidth: true
                Layout.preferredHeight: 70
                Accessible.name: qsTr("Arguments, one per line")
            }
            Label {
                text: qsTr("Environment")
                Layout.alignment: Qt.AlignTop
            }
            FramedTextArea {
                id: environmentField

                objectName: "serverEnvironment"
                placeholderText: qsTr("NAME=value, one per line; values are kept in the keychain")
                Layout.fillWidth: true
                Layout.preferredHeight: 70
                Accessible.name: qsTr("Environment variables, NAME=value per line")
            }
        }
        RowLayout {
            Button {
                objectName: "saveServerButton"
                text: qsTr("Add and start")
                enabled: nameField.text.trim().length > 0 && commandField.text.trim().length > 0
                onClicked: page.saveServer()
            }
            Label {
                objectName: "serverMessage"
                text: page.message
                color: page.failed ? Theme.errorText : Theme.subtleText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Item {
            implicitHeight: 16
        }
    }
}
