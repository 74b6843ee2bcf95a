pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Core
import Confab.Gui

// One column of a comparison: its model (or letter while blind), how its answer did, its
// buttons (Best, Continue, Parameters, Stop) and its conversation, rendered as in the chat.
ColumnLayout {
    id: column

    required property CompareColumn modelData
    required property int index
    required property CompareSession comparison
    readonly property ChatSession session: modelData.session
    readonly property alias transcript: transcript

    signal scrolledByPerson

    objectName: "compareColumn"
    spacing: 0

    Pane {
        Layout.fillWidth: true
        padding: 8

        RowLayout {
            width: parent.width

            Label {
                objectName: "columnTitle"
                text: column.comparison.blind ? qsTr("Model %1").arg(column.modelData.letter) : column.session.model
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
                ToolTip.visible: titleHover.hovered && !column.comparison.blind
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
                visible: column.comparison.pick === column.index
                text: qsTr("★ Your pick")
                color: Theme.link
            }
            ToolButton {
                objectName: "voteButton"
                text: qsTr("Best")
                visible: column.comparison.pick === CompareSession.NotVoted && !column.comparison.busy && column.session.conversation.count > 0
                Accessible.name: qsTr("This answer is the best")
                onClicked: column.comparison.vote(column.index)
            }
            ToolButton {
                objectName: "continueButton"
                text: qsTr("Continue")
                visible: !column.session.busy && column.session.conversation.count > 0 && !column.comparison.blind
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
                onClicked: column.comparison.stop(column.index)
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
        id: transcript

        session: column.session
        onScrolledByPerson: column.scrolledByPerson()
        Layout.fillWidth: true
        Layout.fillHeight: true
    }
}
