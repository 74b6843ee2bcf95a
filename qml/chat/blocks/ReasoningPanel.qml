import QtQuick
import QtQuick.Controls
import Confab

// The reasoning panel's header: "Thinking…" while the model reasons, then "Thought for
// 12 s". The panel is open while the model thinks and folds when the answer starts; a
// click opens or folds it (the transcript model shows or hides the reasoning's blocks).
TranscriptRow {
    id: row

    required property var model
    required property string title
    required property bool thinking
    required property bool expanded

    implicitHeight: toggle.height + 4

    ToolButton {
        id: toggle

        objectName: "reasoningToggle"
        x: row.inset - 6
        text: (row.expanded ? "▾ " : "▸ ") + row.title
        font.italic: row.thinking
        Accessible.name: row.expanded ? qsTr("Hide reasoning") : qsTr("Show reasoning")
        onClicked: row.model.expanded = !row.expanded
    }
}
