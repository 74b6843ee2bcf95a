import QtQuick
import QtQuick.Controls
import Confab
import Confab.Gui

// The result a tool gave back to the model.
TranscriptRow {
    id: row

    required property string title
    required property string text

    implicitHeight: column.implicitHeight + 10

    Column {
        id: column

        x: row.inset
        width: row.columnWidth
        spacing: 2

        Label {
            text: qsTr("Tool result")
            color: Theme.subtleText
        }
        TextEdit {
            width: parent.width
            text: row.text
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.WrapAtWordBoundaryOrAnywhere
            font.family: Theme.monospaceFamily
            color: palette.text
            Accessible.name: qsTr("Tool result")
        }
    }
}
