import QtQuick
import QtQuick.Controls
import Confab.Gui
import Confab

// A paragraph, heading, list, quote or table of an answer, rendered by Qt's Markdown
// support. Links open only on click, and their address shows on hover.
TranscriptRow {
    id: row

    required property string kind
    required property string text
    required property bool cursor

    readonly property bool isQuote: kind === "quote"

    implicitHeight: body.implicitHeight + (kind === "heading" ? 14 : 10)

    Rectangle {
        visible: row.isQuote
        x: row.inset
        width: 3
        height: body.height
        radius: 1
        color: palette.mid
    }

    TextEdit {
        id: body

        objectName: "blockText"
        x: row.inset + (row.isQuote ? 14 : 0)
        y: row.kind === "heading" ? 6 : 0
        width: row.columnWidth - (row.isQuote ? 14 : 0)
        text: row.text + (row.cursor ? " ▍" : "")
        textFormat: TextEdit.MarkdownText
        wrapMode: TextEdit.Wrap
        readOnly: true
        selectByMouse: true
        persistentSelection: true
        color: row.isQuote ? Theme.subtleText : palette.text
        selectionColor: palette.highlight
        selectedTextColor: palette.highlightedText
        font.pointSize: Application.font.pointSize + 1
        Accessible.role: Accessible.StaticText
        Accessible.name: row.text
        onLinkActivated: link => LinkOpener.open(link)

        HoverHandler {
            cursorShape: body.hoveredLink.length > 0 ? Qt.PointingHandCursor : Qt.IBeamCursor
        }
        ToolTip.visible: hoveredLink.length > 0
        ToolTip.text: hoveredLink
    }
}
