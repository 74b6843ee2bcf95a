import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab.Core
import Confab.Gui
import Confab

// The output format (response_format): Text sends nothing; JSON object and JSON schema ask
// for JSON. A schema is applied once it is valid; until then the last valid choice stays and
// the problem is shown, so an invalid schema is never sent.
ColumnLayout {
    id: field

    required property ParameterSet parameters
    // JSON schema chosen, but no valid schema applied yet.
    property bool schemaPending: false
    property string error
    readonly property var formats: ["text", "json_object", "json_schema"]
    readonly property int shownIndex: schemaPending ? 2 : Math.max(0, formats.indexOf(parameters.outputFormat))

    function choose(index: int) {
        const format = formats[index];
        // With no schema pasted yet, this explains what to do and changes nothing.
        error = parameters.setOutputFormat(format, schemaArea.text);
        schemaPending = format === "json_schema" && error.length > 0;
        formatBox.currentIndex = Qt.binding(() => field.shownIndex);
    }
    function applySchema() {
        error = parameters.setOutputFormat("json_schema", schemaArea.text);
        schemaPending = error.length > 0;
    }

    spacing: 2

    Connections {
        target: field.parameters
        function onSessionChanged() {
            field.schemaPending = false;
            field.error = "";
        }
    }

    Label {
        text: qsTr("Output format")
        Layout.leftMargin: 12
    }
    ComboBox {
        id: formatBox

        objectName: "outputFormat"
        model: [qsTr("Text"), qsTr("JSON object"), qsTr("JSON schema")]
        currentIndex: field.shownIndex
        Accessible.name: qsTr("Output format")
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
        onActivated: index => field.choose(index)
    }
    FramedTextArea {
        id: schemaArea

        objectName: "outputSchema"
        visible: formatBox.currentIndex === 2
        text: field.parameters.outputSchema
        placeholderText: qsTr("Paste a JSON Schema; its \"title\" names it")
        font.family: Theme.monospaceFamily
        Accessible.name: qsTr("JSON schema")
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
        Layout.preferredHeight: Math.max(120, implicitHeight)
        onEditingFinished: field.applySchema()
    }
    Label {
        objectName: "outputSchemaName"
        visible: schemaArea.visible && !field.schemaPending && field.parameters.outputSchemaName.length > 0
        text: qsTr("Sent as \"%1\", strict.").arg(field.parameters.outputSchemaName)
        color: Theme.subtleText
        Layout.leftMargin: 12
    }
    Label {
        objectName: "outputFormatError"
        visible: field.error.length > 0
        text: field.error
        color: Theme.errorText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
    }
}
