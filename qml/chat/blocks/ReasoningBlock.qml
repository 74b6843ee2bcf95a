import QtQuick
import Confab
import Confab.Gui

// One block of the model's reasoning, under its header while the panel is open.
TranscriptRow {
    id: row

    required property string text
    required property bool cursor

    implicitHeight: body.implicitHeight + 8

    Rectangle {
        x: row.inset + 4
        width: 2
        height: row.height
        color: palette.mid
    }

    TextEdit {
        id: body

        objectName: "reasoningText"
        x: row.inset + 16
        width: row.columnWidth - 16
        text: row.text + (row.cursor ? " ▍" : "")
        textFormat: TextEdit.MarkdownText
        wrapMode: TextEdit.Wrap
        readOnly: true
        selectByMouse: true
        color: Theme.subtleText
        selectionColor: palette.highlight
        selectedTextColor: palette.highlightedText
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("Reasoning: %1").arg(row.text)
        onLinkActivated: link => LinkOpener.open(link)
    }
}
