import QtQuick
import Confab

// A thematic break (---).
TranscriptRow {
    id: row

    implicitHeight: 21

    Rectangle {
        x: row.inset
        y: 10
        width: row.columnWidth
        height: 1
        color: palette.mid
    }
}
