import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab.Gui
import Confab

// A fenced code block: language label, Copy, monospace text, highlighted by
// CodeHighlighter when the build has KSyntaxHighlighting.
TranscriptRow {
    id: row

    required property string text
    required property string language
    required property bool cursor

    implicitHeight: frame.height + 12

    Rectangle {
        id: frame

        x: row.inset
        width: row.columnWidth
        height: header.height + code.height + 8
        radius: 6
        color: Theme.codeBackground
        border.color: palette.mid

        RowLayout {
            id: header

            x: 12
            width: parent.width - 16
            height: 32

            Label {
                text: row.language.length > 0 ? row.language : qsTr("code")
                color: Theme.subtleText
                font.family: Theme.monospaceFamily
                Layout.fillWidth: true
            }
            CopyButton {
                content: row.text
                Accessible.name: qsTr("Copy code")
            }
        }

        TextEdit {
            id: code

            objectName: "codeText"
            x: 12
            y: header.height
            width: parent.width - 24
            text: row.text + (row.cursor ? "▍" : "")
            textFormat: TextEdit.PlainText
            wrapMode: TextEdit.WrapAtWordBoundaryOrAnywhere
            readOnly: true
            selectByMouse: true
            persistentSelection: true
            font.family: Theme.monospaceFamily
            color: palette.text
            selectionColor: palette.highlight
            selectedTextColor: palette.highlightedText
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Code: %1").arg(row.language)
        }

        CodeHighlighter {
            document: code.textDocument
            language: row.language
            dark: Theme.dark
        }
    }
}
