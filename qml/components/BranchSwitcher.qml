import QtQuick
import QtQuick.Controls
import Confab.Core

// "‹ 2/3 ›": moves between the versions of a message (regenerated answers, edited questions).
Row {
    id: switcher

    objectName: "branchSwitcher"
    required property int messageRow
    required property int siblingIndex
    required property int siblingCount
    required property ChatSession session

    visible: siblingCount > 1
    spacing: 0

    ToolButton {
        text: "‹"
        // The versions of an answer still arriving (n > 1) can be looked at meanwhile.
        enabled: switcher.siblingIndex > 0
                 && (!switcher.session.busy || switcher.session.streamingRow === switcher.messageRow)
        Accessible.name: qsTr("Previous version")
        onClicked: switcher.session.showSibling(switcher.messageRow, -1)
    }
    Label {
        objectName: "branchLabel"
        anchors.verticalCenter: parent.verticalCenter
        text: qsTr("%1/%2").arg(switcher.siblingIndex + 1).arg(switcher.siblingCount)
        Accessible.name: qsTr("Version %1 of %2").arg(switcher.siblingIndex + 1).arg(switcher.siblingCount)
    }
    ToolButton {
        text: "›"
        enabled: switcher.siblingIndex + 1 < switcher.siblingCount
                 && (!switcher.session.busy || switcher.session.streamingRow === switcher.messageRow)
        Accessible.name: qsTr("Next version")
        onClicked: switcher.session.showSibling(switcher.messageRow, 1)
    }
}
