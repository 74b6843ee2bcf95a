pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab.Core

// Picks two to four models to compare: the models of the provider in use, or any name
// typed ("<provider id>/<model>" for another provider).
Dialog {
    id: dialog

    objectName: "newComparisonDialog"
    readonly property int slots: 4

    // An empty first entry: a row left empty is not compared.
    function choices(): list<string> {
        const list = [""];
        for (const model of Workspace.models)
            list.push(model);
        return list;
    }
    function chosen(): list<string> {
        const models = [];
        for (let i = 0; i < pickers.count; ++i) {
            const picker = pickers.itemAt(i) as ComboBox;
            const text = picker ? picker.editText.trim() : "";
            if (text.length > 0)
                models.push(text);
        }
        return models;
    }

    title: qsTr("Compare models")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 520, 520)
    standardButtons: Dialog.Cancel

    onAccepted: Workspace.comparisons.start(chosen())

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Label {
            text: qsTr("Two to four models answer the same prompt side by side. Leave a row empty to use fewer.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            id: pickers

            model: dialog.slots

            ComboBox {
                required property int index

                objectName: "comparisonModel" + index
                editable: true
                model: dialog.choices()
                currentIndex: index < 2 ? Math.min(index + 1, Workspace.models.length) : 0
                Accessible.name: qsTr("Model %1").arg(String.fromCharCode(65 + index))
                Layout.fillWidth: true
            }
        }
        Button {
            objectName: "startComparisonButton"
            text: qsTr("Compare")
            highlighted: true
            enabled: dialog.chosen().length >= 2
            Layout.alignment: Qt.AlignRight
            onClicked: dialog.accept()
        }
    }
}
