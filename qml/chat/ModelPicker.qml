import QtQuick
import QtQuick.Controls
import Confab.Core

// The model for this conversation: any name typed by hand, or one the endpoint lists.
ComboBox {
    id: picker

    required property ChatSession session

    editable: true
    model: Workspace.models
    implicitWidth: 280
    Accessible.name: qsTr("Model")
    ToolTip.visible: hovered && Workspace.modelsError.length > 0
    ToolTip.text: qsTr("Could not list models: %1").arg(Workspace.modelsError)

    Component.onCompleted: editText = session ? session.model : ""
    onSessionChanged: editText = session ? session.model : ""
    // A freshly loaded list must not replace the conversation's model with its first entry.
    onCountChanged: editText = session ? session.model : ""
    onAccepted: if (session) session.model = editText.trim()
    onActivated: if (session) session.model = currentText
    onActiveFocusChanged: if (!activeFocus && session) session.model = editText.trim()
}
