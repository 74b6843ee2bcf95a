pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab.Gui

// Which Confab this is: its version, Qt's, the system, how it was built, and the licences
// of what it is made with.
Dialog {
    id: dialog

    objectName: "aboutDialog"
    title: qsTr("About Confab")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 520, 520)
    standardButtons: Dialog.Close

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            text: qsTr("Confab %1").arg(BuildInfo.version)
            font.bold: true
            font.pointSize: Application.font.pointSize + 4
        }
        Label {
            text: qsTr("A native desktop client for OpenAI-compatible chat APIs.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        GridLayout {
            columns: 2
            columnSpacing: 12
            rowSpacing: 4
            Layout.fillWidth: true

            Label {
                text: qsTr("Qt")
                color: Theme.subtleText
            }
            Label {
                objectName: "qtVersion"
                text: BuildInfo.qtVersion
            }
            Label {
                text: qsTr("System")
                color: Theme.subtleText
            }
            Label {
                text: BuildInfo.platform
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Code colouring")
                color: Theme.subtleText
            }
            Label {
                objectName: "syntaxHighlighting"
                text: BuildInfo.syntaxHighlighting ? qsTr("KSyntaxHighlighting") : qsTr("not built in (code is shown plain)")
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Label {
            text: qsTr("Made with")
            font.bold: true
            topPadding: 8
        }
        Repeater {
            objectName: "components"
            model: BuildInfo.components

            Label {
                required property var modelData

                text: qsTr("%1 — %2").arg(modelData.name).arg(modelData.license)
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
