import QtQuick
import Confab
import Confab.Core

// The base of every row in the conversation view: a centred reading column, so long
// lines stay readable on wide windows.
Item {
    // The conversation this row belongs to: its view's (a chat, or a column of a
    // comparison), else the one on screen.
    readonly property ChatSession session: (ListView.view as TranscriptView)?.session ?? Workspace.current
    readonly property real inset: Math.max(16, (width - 860) / 2)
    readonly property real columnWidth: width - 2 * inset

    width: ListView.view ? ListView.view.width : implicitWidth
    height: implicitHeight
}
