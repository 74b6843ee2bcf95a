pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
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
        const target = sendTarget.currentIndex - 1; // 0: every column
        const sent = target < 0 ? view.comparison.send(input.text) : view.comparison.sendTo(target, input.text);
        if (sent)
            input.clear();
    }
    function focusComposer() {
        input.forceActiveFocus();
    }
    // With "Scroll together", the other columns go where the person scrolled one.
    function scrollOthersLike(source: CompareColumnView) {
        if (!scrollTogether.checked)
            return;
        for (let i = 0; i < columnViews.count; ++i) {
            const other = columnViews.itemAt(i) as CompareColumnView;
            if (other && other !== source)
                other.transcript.scrollToFraction(source.transcript.scrollFraction);
        }
    }

    LeaderboardDialog {
        id: leaderboard
    }
    FileDialog {
        id: saveDialog

        title: qsTr("Save the comparison")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Markdown (*.md)"), qsTr("JSON (*.json)")]
        defaultSuffix: selectedNameFilter.index === 1 ? "json" : "md"
        onAccepted: savedMessage.text = Workspace.comparisons.exportTo(selectedFile)
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
            Switch {
                id: scrollTogether

                objectName: "scrollTogetherSwitch"
                text: qsTr("Scroll together")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Scrolling one column scrolls the others to the same place")
            }
            Item {
                Layout.fillWidth: true
            }
            Label {
                id: savedMessage

                color: Theme.subtleText
                elide: Text.ElideRight
                Layout.maximumWidth: 260
            }
            Label {
                text: view.comparison.statusText
                color: Theme.errorText
                elide: Text.ElideRight
                Layout.maximumWidth: 360
            }
            Button {
                objectName: "tieButton"
                text: qsTr("It's a tie")
                visible: view.comparison.pick === CompareSession.NotVoted
                enabled: !view.comparison.busy
                onClicked: view.comparison.vote(CompareSession.Tie)
            }
            Label {
                visible: view.comparison.pick === CompareSession.Tie
                text: qsTr("You called it a tie")
            }
            Button {
                text: qsTr("Leaderboard")
                onClicked: leaderboard.open()
            }
            Button {
                objectName: "saveComparisonButton"
                text: qsTr("Save…")
                enabled: !view.comparison.busy
                Accessible.name: qsTr("Save the comparison to a file")
                onClicked: saveDialog.open()
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
                ToolTip.visible: hovered
                ToolTip.text: qsTr("The comparison stays in the history; answers still arriving are kept")
                onClicked: Workspace.comparisons.close()
            }
        }
    }

    CompareSummary {
        id: summary

        comparison: view.comparison
        anchors.left: parent.left
        anchors.right: parent.right
    }

    SplitView {
        id: columns

        anchors.top: summary.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        orientation: Qt.Horizontal

        Repeater {
            id: columnViews

            model: view.comparison.columnList

            CompareColumnView {
                id: columnView

                comparison: view.comparison
                onScrolledByPerson: view.scrollOthersLike(columnView)
                SplitView.preferredWidth: columns.width / Math.max(1, view.comparison.count)
                SplitView.minimumWidth: 220
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
            ComboBox {
                id: sendTarget

                objectName: "sendTarget"
                model: {
                    const targets = [qsTr("to every model")];
                    for (let i = 0; i < view.comparison.count; ++i) {
                        const column = view.comparison.columnList[i];
                        targets.push(qsTr("to %1 only").arg(view.comparison.blind ? qsTr("Model %1").arg(column.letter) : column.session.model));
                    }
                    return targets;
                }
                Accessible.name: qsTr("Who the prompt goes to")
            }
            Button {
                objectName: "compareSendButton"
                text: qsTr("Send")
                enabled: !view.comparison.busy && input.text.trim().length > 0
                onClicked: view.send()
            }
        }
    }
}
