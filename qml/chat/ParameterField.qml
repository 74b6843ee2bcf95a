import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab.Core
import Confab.Gui

// One request parameter as text; empty means "not set". Invalid text is explained and
// not applied.
ColumnLayout {
    id: field

    required property string key
    required property string label
    required property string hint
    required property ParameterSet parameters
    property bool multiline: false
    property string error

    function apply(text) {
        error = parameters.setValue(key, text);
    }

    spacing: 2

    Label {
        text: field.label
        Layout.leftMargin: 12
    }
    TextField {
        visible: !field.multiline
        text: field.parameters.values[field.key] ?? ""
        placeholderText: qsTr("Default (%1)").arg(field.hint)
        Accessible.name: field.label
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
        onEditingFinished: field.apply(text)
        Connections {
            target: field.parameters
            function onSessionChanged() {
                field.error = "";
            }
        }
    }
    TextArea {
        visible: field.multiline
        text: field.parameters.values[field.key] ?? ""
        placeholderText: qsTr("Default (%1)").arg(field.hint)
        Accessible.name: field.label
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
        onEditingFinished: field.apply(text)
    }
    Label {
        visible: field.error.length > 0
        text: field.error
        color: Theme.errorText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
    }
}
