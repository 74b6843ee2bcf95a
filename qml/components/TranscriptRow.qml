import QtQuick

// The base of every row in the conversation view: a centred reading column, so long
// lines stay readable on wide windows.
Item {
    readonly property real inset: Math.max(16, (width - 860) / 2)
    readonly property real columnWidth: width - 2 * inset

    width: ListView.view ? ListView.view.width : implicitWidth
    height: implicitHeight
}
