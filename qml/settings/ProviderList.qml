pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab.Core

// The person's providers, one to pick for the editor; Add (from a preset), Duplicate and
// Remove (after asking).
ColumnLayout {
    id: providerList

    required property ProviderSettings providers
    property string currentId
    // The picked provider's roles the editor shows; its row keeps them up to date.
    property string currentName
    property string currentKeyState
    property string currentNote
    property string currentDocsUrl

    spacing: 6

    Label {
        text: qsTr("Your providers")
        font.bold: true
    }
    ScrollView {
        clip: true
        Layout.fillWidth: true
        Layout.fillHeight: true

        Column {
            width: parent.width
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Providers")

            // A Repeater, not a ListView: every row exists, so the picked one always
            // reports its roles. People have a handful of providers.
            Repeater {
                model: providerList.providers

                delegate: ItemDelegate {
                    id: row

                    required property string id
                    required property string name
                    required property string baseUrl
                    required property string keyState
                    required property string note
                    required property string docsUrl
                    readonly property bool picked: id === providerList.currentId

                    objectName: "providerRow"
                    width: parent ? parent.width : 0
                    text: name
                    highlighted: picked
                    Accessible.name: name
                    ToolTip.visible: hovered && baseUrl.length > 0
                    ToolTip.text: baseUrl
                    ToolTip.delay: 600
                    onClicked: providerList.currentId = id

                    Binding {
                        when: row.picked
                        target: providerList
                        property: "currentName"
                        value: row.name
                        restoreMode: Binding.RestoreNone
                    }
                    Binding {
                        when: row.picked
                        target: providerList
                        property: "currentKeyState"
                        value: row.keyState
                        restoreMode: Binding.RestoreNone
                    }
                    Binding {
                        when: row.picked
                        target: providerList
                        property: "currentNote"
                        value: row.note
                        restoreMode: Binding.RestoreNone
                    }
                    Binding {
                        when: row.picked
                        target: providerList
                        property: "currentDocsUrl"
                        value: row.docsUrl
                        restoreMode: Binding.RestoreNone
                    }
                }
            }
        }
    }
    Button {
        objectName: "addProviderButton"
        text: qsTr("Add…")
        Accessible.name: qsTr("Add a provider")
        Layout.fillWidth: true
        onClicked: addMenu.popup()

        Menu {
            id: addMenu
            objectName: "addProviderMenu"

            Instantiator {
                model: providerList.providers.presets
                delegate: MenuItem {
                    required property var modelData

                    objectName: "preset_" + modelData.id
                    text: modelData.name
                    Accessible.name: qsTr("Add %1").arg(modelData.name)
                    onTriggered: {
                        const added = providerList.providers.addFromPreset(modelData.id);
                        if (added.length > 0)
                            providerList.currentId = added;
                    }
                }
                onObjectAdded: (index, object) => addMenu.insertItem(index, object as MenuItem)
                onObjectRemoved: (index, object) => addMenu.removeItem(object as MenuItem)
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true

        Button {
            objectName: "duplicateProviderButton"
            text: qsTr("Duplicate")
            Accessible.name: qsTr("Duplicate the provider")
            enabled: providerList.currentId.length > 0
            Layout.fillWidth: true
            onClicked: {
                const copy = providerList.providers.duplicate(providerList.currentId);
                if (copy.length > 0)
                    providerList.currentId = copy;
            }
        }
        Button {
            objectName: "removeProviderButton"
            text: qsTr("Remove…")
            Accessible.name: qsTr("Remove the provider")
            enabled: providerList.currentId.length > 0
            Layout.fillWidth: true
            onClicked: removeConfirmation.open()
        }
    }

    Dialog {
        id: removeConfirmation

        objectName: "removeConfirmation"
        title: qsTr("Remove provider")
        modal: true
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: 420
        standardButtons: Dialog.Yes | Dialog.Cancel
        contentItem: Label {
            text: qsTr("Remove “%1” and the key stored for it? This cannot be undone.").arg(providerList.currentName)
            wrapMode: Text.Wrap
        }
        Component.onCompleted: standardButton(Dialog.Yes).text = qsTr("Remove")
        onAccepted: {
            providerList.providers.remove(providerList.currentId);
            providerList.currentId = "";
        }
    }
}
