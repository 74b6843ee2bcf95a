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

    // Shows the conversation's model; a freshly loaded list must not replace it with its
    // first entry.
    function showSessionModel() {
        const model = session ? session.model : "";
        currentIndex = find(model);
        editText = model;
    }

    Component.onCompleted: showSessionModel()
    onSessionChanged: showSessionModel()
    // The ComboBox picks its own current entry after a model change; ours comes after.
    onCountChanged: afterModelChange.restart()

    // The style's text field inside the ComboBox is what a screen reader lands on.
    Binding {
        target: picker.contentItem
        property: "Accessible.name"
        value: qsTr("Model")
    }

    Timer {
        id: afterModelChange
        interval: 0
        onTriggered: picker.showSessionModel()
    }
    onAccepted: if (session) session.model = editText.trim()
    onActivated: if (session) session.model = currentText
    onActiveFocusChanged: if (!activeFocus && session) session.model = editText.trim()
}
