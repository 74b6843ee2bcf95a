import QtQuick
import QtQuick.Controls
import Confab.Gui

// A text area that shows where it is: styles that draw none leave an empty field
// invisible.
TextArea {
    id: area

    selectByMouse: true
    wrapMode: TextEdit.WrapAtWordBoundaryOrAnywhere
    background: Rectangle {
        color: area.readOnly ? Theme.window : Theme.base
        border.color: area.activeFocus ? Theme.highlight : Theme.mid
        radius: 3
    }
}
