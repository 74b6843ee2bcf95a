import QtQuick
import QtQuick.Controls
import Confab
import Confab.Gui

// The model's reasoning: open and live while it thinks, folded once the answer starts,
// titled with how long it thought; a click opens or folds it again.
TranscriptRow {
    id: row

    required property string text
    required property string title
    required property bool thinking

    property bool userToggled: false
    property bool userExpanded: false
    readonly property bool expanded: userToggled ? userExpanded : thinking

    implicitHeight: toggle.height + (expanded ? body.implicitHeight + 8 : 0) + 6

    ToolButton {
        id: toggle

        objectName: "reasoningToggle"
        x: row.inset - 6
        text: (row.expanded ? "▾ " : "▸ ") + row.title
        font.italic: row.thinking
        Accessible.name: row.expanded ? qsTr("Hide reasoning") : qsTr("Show reasoning")
        onClicked: {
            row.userExpanded = !row.expanded;
            row.userToggled = true;
        }
    }

    Rectangle {
        visible: row.expanded
        x: row.inset + 4
        y: toggle.height
        width: 2
        height: body.height
        color: palette.mid
    }

    TextEdit {
        id: body

        objectName: "reasoningText"
        visible: row.expanded
        x: row.inset + 16
        y: toggle.height
        width: row.columnWidth - 16
        text: row.expanded ? row.text : ""
        textFormat: TextEdit.PlainText
        wrapMode: TextEdit.Wrap
        readOnly: true
        selectByMouse: true
        color: Theme.subtleText
        selectionColor: palette.highlight
        selectedTextColor: palette.highlightedText
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("Reasoning")
    }
}
