pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab.Core
import Confab.Gui

// How each model did in the comparisons the person voted on: wins, losses and ties, and
// the win rate with its 95 % interval, best lower bound first — a few votes prove little.
Dialog {
    id: dialog

    objectName: "leaderboardDialog"

    title: qsTr("Leaderboard")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 640, 640)
    height: Math.min(parent ? parent.height - 32 : 520, 520)
    standardButtons: Dialog.Close

    onAboutToShow: Workspace.comparisons.refreshLeaderboard()

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Switch {
            text: qsTr("Blind votes only")
            checked: Workspace.comparisons.leaderboard.blindOnly
            onToggled: Workspace.comparisons.leaderboard.blindOnly = checked
        }
        Label {
            text: Workspace.comparisons.leaderboard.count > 0 ? qsTr("Win rate counts a tie as half a win; the range is where the true rate lies with 95 % confidence.") : qsTr("No votes yet: pick the best answer of a comparison to start.")
            color: Theme.subtleText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ListView {
            objectName: "leaderboardList"
            model: Workspace.comparisons.leaderboard
            clip: true
            Layout.fillWidth: true
            Layout.fillHeight: true

            delegate: RowLayout {
                id: entry

                required property int index
                required property string modelName
                required property int wins
                required property int losses
                required property int ties
                required property string text

                width: ListView.view.width
                spacing: 12

                Label {
                    text: (entry.index + 1) + "."
                    Layout.preferredWidth: 24
                }
                Label {
                    text: entry.modelName
                    font.bold: true
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("%1 W · %2 L · %3 T").arg(entry.wins).arg(entry.losses).arg(entry.ties)
                    color: Theme.subtleText
                }
                Label {
                    text: entry.text
                }
            }
        }
    }
}
