import QtQuick
import QtQuick.Controls
import Confab
import Confab.Gui

// A tool call the model asked for, with its arguments in full.
TranscriptRow {
    id: row

    required property string title
    required property string text

    implicitHeight: frame.height + 10

    Rectangle {
        id: frame

        x: row.inset
        width: row.columnWidth
        height: column.implicitHeight + 16
        radius: 6
        color: Theme.codeBackground
        border.color: palette.mid

        Column {
            id: column

            x: 12
            y: 8
            width: parent.width - 24
            spacing: 4

            Label {
                text: qsTr("Tool call: %1").arg(row.title)
                font.bold: true
            }
            TextEdit {
                width: parent.width
                text: row.text
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.WrapAtWordBoundaryOrAnywhere
                font.family: Theme.monospaceFamily
                color: palette.text
                Accessible.name: qsTr("Arguments of %1").arg(row.title)
            }
            Label {
                text: qsTr("Confab does not run tools yet; this call was not run.")
                color: Theme.subtleText
                wrapMode: Text.Wrap
                width: parent.width
            }
        }
    }
}
