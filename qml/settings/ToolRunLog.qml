pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab.Core
import Confab.Gui

// What tools did: every run, newest first, with who let it run; opened, its arguments and
// result. From the history's log.
ColumnLayout {
    id: log

    required property ToolBox tools
    property var runs: []

    function load() {
        runs = tools.recentRuns(100);
    }
    function statusText(status: string): string {
        switch (status) {
        case "done":
            return qsTr("Done");
        case "failed":
            return qsTr("Failed");
        case "denied":
            return qsTr("Denied");
        case "cancelled":
            return qsTr("Cancelled");
        }
        return status;
    }

    spacing: 8

    Connections {
        target: log.tools
        function onRunLogChanged() {
            log.load();
        }
    }

    RowLayout {
        Layout.fillWidth: true

        Label {
            text: qsTr("What tools did")
            font.bold: true
            Layout.fillWidth: true
        }
        Button {
            text: qsTr("Refresh")
            onClicked: log.load()
        }
        Button {
            objectName: "clearRunLogButton"
            text: qsTr("Clear the log")
            enabled: log.runs.length > 0
            onClicked: log.tools.clearRunLog()
        }
    }
    Label {
        visible: log.runs.length === 0
        text: qsTr("No tool has run yet.")
        color: Theme.subtleText
    }
    Repeater {
        model: log.runs

        ColumnLayout {
            id: runRow

            required property var modelData
            property bool open: false

            objectName: "runRow"
            Layout.fillWidth: true
            spacing: 2

            AbstractButton {
                Layout.fillWidth: true
                implicitHeight: runTitle.implicitHeight
                onClicked: runRow.open = !runRow.open

                Label {
                    id: runTitle

                    width: parent.width
                    text: (runRow.open ? "▾ " : "▸ ") + qsTr("%1  %2 · %3 · %4").arg(new Date(runRow.modelData.finishedAt || runRow.modelData.startedAt).toLocaleString(Qt.locale(), Locale.ShortFormat)).arg(runRow.modelData.tool).arg(log.statusText(runRow.modelData.status)).arg(runRow.modelData.approval)
                    color: runRow.modelData.status === "done" ? Theme.text : Theme.errorText
                    elide: Text.ElideRight
                }
            }
            TextEdit {
                visible: runRow.open
                text: qsTr("Source: %1\nArguments: %2\nResult:\n%3").arg(runRow.modelData.source).arg(runRow.modelData.arguments).arg(runRow.modelData.result)
                readOnly: true
                selectByMouse: true
                font.family: Theme.monospaceFamily
                color: Theme.text
                wrapMode: TextEdit.WrapAtWordBoundaryOrAnywhere
                Layout.fillWidth: true
                Layout.leftMargin: 16
            }
        }
    }
}
