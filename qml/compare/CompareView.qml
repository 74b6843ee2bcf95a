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

    LeaderboardDialog {
        id: leaderboard
    }
    FileDialog {
        id: saveDialog

        title: qsTr("Save the comparison")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Markdown (*.md)"), qsTr("JSON (*.json)")]
        defaultSuffix: selectedNameFilter.index === 1 ? "json" : "md"
        onAccepted: savedMessage.text = Workspace.exportComparison(selectedFile)
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
                onClicked: Workspace.closeComparison()
            }
        }
    }

    // Differences at a glance: the columns ordered by the metric the person picks.
    Pane {
        id: summary

        objectName: "compareSummary"
        anchors.left: parent.left
        anchors.right: parent.right
        padding: 6

        function text(metrics: answerMetrics, key: string): string {
            switch (key) {
            case "firstToken":
                return metrics.timeToFirstTokenText;
            case "speed":
                return metrics.speedText;
            case "tokens":
                return metrics.tokensText;
            case "duration":
                return metrics.durationText;
            case "cost":
                return metrics.costText;
            }
            return "";
        }
        // Best first; what is not known yet goes last.
        function ranking(): list<string> {
            const key = sortBy.currentValue;
            const entries = [];
            for (let i = 0; i < view.comparison.count; ++i) {
                const column = view.comparison.columnList[i];
                const metrics = column.metrics;
                entries.push({
                    "name": view.comparison.blind ? qsTr("Model %1").arg(column.letter) : column.session.model,
                    "value": metrics.rankValue(key),
                    "text": text(metrics, key)
                });
            }
            entries.sort((a, b) => a.value - b.value);
            return entries.map((e, i) => (i + 1) + ". " + e.name + (e.text.length > 0 ? " (" + e.text + ")" : ""));
        }

        RowLayout {
            width: parent.width

            Label {
                text: qsTr("Best by")
            }
            ComboBox {
                id: sortBy

                objectName: "summarySort"
                textRole: "text"
                valueRole: "key"
                model: [
                    { "key": "firstToken", "text": qsTr("first token") },
                    { "key": "speed", "text": qsTr("speed") },
                    { "key": "tokens", "text": qsTr("fewest tokens") },
                    { "key": "duration", "text": qsTr("duration") },
                    { "key": "cost", "text": qsTr("cost") }
                ]
                Accessible.name: qsTr("Order the models by")
            }
            Label {
                objectName: "summaryRanking"
                // Re-read when any column's numbers move.
                text: {
                    for (let i = 0; i < view.comparison.count; ++i)
                        void view.comparison.columnList[i].metrics;
                    return summary.ranking().join("   ");
                }
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
    }

    SplitView {
        id: columns

        anchors.top: summary.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
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
                        Label {
                            objectName: "pickedLabel"
                            visible: view.comparison.pick === column.index
                            text: qsTr("★ Your pick")
                            color: Theme.link
                        }
                        ToolButton {
                            objectName: "voteButton"
                            text: qsTr("Best")
                            visible: view.comparison.pick === CompareSession.NotVoted && !view.comparison.busy && column.session.conversation.count > 0
                            Accessible.name: qsTr("This answer is the best")
                            onClicked: view.comparison.vote(column.index)
                        }
                        ToolButton {
                            objectName: "continueButton"
                            text: qsTr("Continue")
                            visible: !column.session.busy && column.session.conversation.count > 0 && !view.comparison.blind
                            Accessible.name: qsTr("Continue with this model as a normal conversation")
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Continue with this model as a normal conversation")
                            onClicked: Workspace.continueWithColumn(column.index)
                        }
                        ToolButton {
                            text: qsTr("Parameters")
                            Accessible.name: qsTr("Parameters of column %1").arg(column.modelData.letter)
                            onClicked: columnParameters.open()
                        }
                        ToolButton {
                            text: qsTr("Stop")
                            visible: column.session.busy
                            Accessible.name: qsTr("Stop column %1").arg(column.modelData.letter)
                            onClicked: view.comparison.stop(column.index)
                        }
                    }
                }
                Label {
                    objectName: "columnMetrics"
                    readonly property answerMetrics metrics: column.modelData.metrics
                    text: {
                        const parts = [];
                        if (metrics.timeToFirstTokenText.length > 0)
                            parts.push(qsTr("first token %1").arg(metrics.timeToFirstTokenText));
                        for (const part of [metrics.speedText, metrics.tokensText, metrics.durationText, metrics.costText, metrics.finishText]) {
                            if (part.length > 0)
                                parts.push(part);
                        }
                        return parts.join(" · ");
                    }
                    color: metrics.error.length > 0 ? Theme.errorText : Theme.subtleText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.leftMargin: 8
                    Layout.rightMargin: 8
                }
                ParametersPanel {
                    id: columnParameters
                    session: column.session
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
