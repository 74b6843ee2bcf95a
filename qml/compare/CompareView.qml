pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Core
import Confab.Gui

// Several models side by side: a column each, with its model (or its letter while blind),
// its answer rendered as in the chat, Stop and Regenerate; one composer sends to all.
Page {
    id: view

    objectName: "compareView"
    required property CompareSession comparison

    function send() {
        if (view.comparison.send(input.text))
            input.clear();
    }
    function focusComposer() {
        input.forceActiveFocus();
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 8
            anchors.rightMargin: 8

            Label {
                text: qsTr("Comparing %n model(s)", "", view.comparison.count)
                font.bold: true
            }
            Switch {
                objectName: "blindSwitch"
                text: qsTr("Blind")
                checked: view.comparison.blind
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Hide the model names until you pick the best answer")
                onToggled: view.comparison.blind = checked
            }
            Item {
                Layout.fillWidth: true
            }
            Label {
                text: view.comparison.statusText
                color: Theme.errorText
                elide: Text.ElideRight
                Layout.maximumWidth: 360
            }
            Button {
                objectName: "stopAllButton"
                text: qsTr("Stop all")
                enabled: view.comparison.busy
                onClicked: view.comparison.stopAll()
            }
            Button {
                objectName: "closeComparisonButton"
                text: qsTr("Back to chat")
                onClicked: Workspace.closeComparison()
            }
        }
    }

    SplitView {
        id: columns

        anchors.fill: parent
        orientation: Qt.Horizontal

        Repeater {
            model: view.comparison.columnList

            ColumnLayout {
                id: column

                required property CompareColumn modelData
                required property int index
                readonly property ChatSession session: modelData.session

                objectName: "compareColumn"
                SplitView.preferredWidth: columns.width / Math.max(1, view.comparison.count)
                SplitView.minimumWidth: 220
                spacing: 0

                Pane {
                    Layout.fillWidth: true
                    padding: 8

                    RowLayout {
                        width: parent.width

                        Label {
                            objectName: "columnTitle"
                            text: view.comparison.blind ? qsTr("Model %1").arg(column.modelData.letter) : column.session.model
                            font.bold: true
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                            ToolTip.visible: titleHover.hovered && !view.comparison.blind
                            ToolTip.text: column.modelData.providerName

                            HoverHandler {
                                id: titleHover
                            }
                        }
                        BusyIndicator {
                            visible: column.session.busy
                            running: visible
                            Layout.preferredWidth: 18
                            Layout.preferredHeight: 18
                        }
                        ToolButton {
                            text: qsTr("Stop")
                            visible: column.session.busy
                            Accessible.name: qsTr("Stop column %1").arg(column.modelData.letter)
                            onClicked: view.comparison.stop(column.index)
                        }
                    }
                }
                TranscriptView {
                    session: column.session
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                }
            }
        }
    }

    footer: Pane {
        padding: 12

        RowLayout {
            anchors.fill: parent

            ScrollView {
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(160, Math.max(40, input.implicitHeight))

                TextArea {
                    id: input

                    objectName: "compareInput"
                    placeholderText: qsTr("One prompt for every model (Enter to send, Shift+Enter for a new line)")
                    wrapMode: TextEdit.Wrap
                    Accessible.name: qsTr("Prompt for every model")
                    Keys.onReturnPressed: event => {
                        if (event.modifiers & Qt.ShiftModifier)
                            event.accepted = false;
                        else
                            view.send();
                    }
                }
            }
            Button {
                objectName: "compareSendButton"
                text: qsTr("Send to all")
                enabled: !view.comparison.busy && input.text.trim().length > 0
                onClicked: view.send()
            }
        }
    }
}
