import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Core
import Confab.Gui

// One provider: where it is, what it needs, its key in the keychain, Test connection and
// Use. Links are shown as text and never opened by themselves.
ScrollView {
    id: editor

    required property ProviderSettings providers
    required property string providerId
    required property string keyState
    required property string note
    required property string docsUrl
    property bool testing: false
    readonly property var keyStateTexts: ({
            "stored": qsTr("Key stored in the keychain"),
            "missing": qsTr("No key yet"),
            "not needed": qsTr("No key needed"),
            "this run only": qsTr("Key kept for this session only")
        })

    // Shows the saved fields and forgets earlier results.
    function load() {
        const fields = Object.assign({}, providers.provider(providerId)); // a plain object for qmllint
        nameField.text = fields.name ?? "";
        baseUrlField.text = fields.baseUrl ?? "";
        defaultModelField.text = fields.defaultModel ?? "";
        keyRequiredBox.checked = fields.keyRequired ?? true;
        headersField.text = fields.extraHeaders ?? "";
        keyField.clear();
        saveMessage.text = keyMessage.text = testMessage.text = testModels.text = "";
        testing = false;
    }
    function save() {
        const error = providers.save(providerId, {
            "name": nameField.text,
            "baseUrl": baseUrlField.text,
            "defaultModel": defaultModelField.text,
            "keyRequired": keyRequiredBox.checked,
            "extraHeaders": headersField.text
        });
        saveMessage.show(error.length > 0 ? error : qsTr("Saved."), error.length > 0);
        return error.length === 0;
    }

    // A result or an explanation, under what it is about.
    component Message: Label {
        property bool failed: false
        function show(message: string, failure: bool) {
            text = message;
            failed = failure;
        }
        visible: text.length > 0
        color: failed ? Theme.errorText : Theme.subtleText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    onProviderIdChanged: load()
    Component.onCompleted: load()
    // Fixed, so that the layout around does not chase the wrapped text's size.
    implicitWidth: 420
    implicitHeight: 300
    contentWidth: availableWidth
    contentHeight: fields.implicitHeight + 24

    Connections {
        target: editor.providers
        function onKeyStored(id, ok, message) {
            if (id !== editor.providerId)
                return;
            keyMessage.show(message, !ok);
            if (ok)
                keyField.clear();
        }
        function onConnectionTested(id, ok, message, models) {
            if (id !== editor.providerId)
                return;
            editor.testing = false;
            testMessage.show(message, !ok);
            testModels.text = models.slice(0, 8).join(", ") + (models.length > 8 ? ", …" : "");
        }
    }

    ColumnLayout {
        id: fields
        x: 12
        y: 12
        width: editor.availableWidth - 24

        Message {
            objectName: "presetNote"
            text: editor.note
        }

        Label {
            text: qsTr("Name")
        }
        TextField {
            id: nameField
            objectName: "nameField"
            Accessible.name: qsTr("Name")
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Base URL")
        }
        TextField {
            id: baseUrlField
            objectName: "baseUrlField"
            placeholderText: qsTr("https://example.com/v1")
            Accessible.name: qsTr("Base URL")
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Default model")
        }
        TextField {
            id: defaultModelField
            objectName: "defaultModelField"
            placeholderText: qsTr("Optional, e.g. gpt-4o-mini")
            Accessible.name: qsTr("Default model")
            Layout.fillWidth: true
        }
        Label {
            text: qsTr("Extra headers")
        }
        TextArea {
            id: headersField
            objectName: "headersField"
            placeholderText: qsTr("One per line: Name: value")
            font.family: Theme.monospaceFamily
            wrapMode: TextEdit.NoWrap
            Accessible.name: qsTr("Extra headers, one \"Name: value\" per line")
            Layout.fillWidth: true
            Layout.minimumHeight: 56
            background: Rectangle {
                color: palette.base
                border.color: headersField.activeFocus ? palette.highlight : palette.mid
                radius: 2
            }
        }
        CheckBox {
            id: keyRequiredBox
            objectName: "keyRequiredBox"
            text: qsTr("Needs an API key")
            Accessible.name: qsTr("Needs an API key")
        }
        RowLayout {
            Button {
                objectName: "saveProviderButton"
                text: qsTr("Save")
                Accessible.name: qsTr("Save the provider")
                onClicked: editor.save()
            }
            Message {
                id: saveMessage
                objectName: "saveMessage"
            }
        }

        MenuSeparator {
            Layout.fillWidth: true
        }
        Label {
            objectName: "keyStateLabel"
            text: editor.keyStateTexts[editor.keyState] ?? qsTr("Key state unknown: the keychain could not be read")
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true

            TextField {
                id: keyField
                objectName: "keyField"
                echoMode: showKeyButton.pressed ? TextInput.Normal : TextInput.Password
                placeholderText: qsTr("Paste the key here")
                Accessible.name: qsTr("API key")
                Layout.fillWidth: true
            }
            Button {
                id: showKeyButton
                objectName: "showKeyButton"
                text: qsTr("Show")
                Accessible.name: qsTr("Show the key while held")
            }
        }
        Flow {
            spacing: 6
            Layout.fillWidth: true

            Button {
                objectName: "storeKeyButton"
                text: qsTr("Store in keychain")
                Accessible.name: qsTr("Store the key in the keychain")
                enabled: keyField.length > 0
                onClicked: editor.providers.storeKey(editor.providerId, keyField.text)
            }
            Button {
                objectName: "keepKeyButton"
                visible: !editor.providers.keychainAvailable || keyMessage.failed
                text: qsTr("Keep for this session only")
                Accessible.name: qsTr("Keep the key for this session only")
                enabled: keyField.length > 0
                onClicked: editor.providers.keepKeyForThisRun(editor.providerId, keyField.text)
            }
            Button {
                objectName: "forgetKeyButton"
                text: qsTr("Forget key")
                Accessible.name: qsTr("Forget the key")
                enabled: editor.keyState === "stored" || editor.keyState === "this run only"
                onClicked: {
                    keyMessage.text = "";
                    editor.providers.forgetKey(editor.providerId);
                }
            }
        }
        Message {
            objectName: "keychainMessage"
            text: editor.providers.keychainAvailable || keyMessage.text === editor.providers.keychainMessage ? "" : editor.providers.keychainMessage
            failed: true
        }
        Message {
            id: keyMessage
            objectName: "keyMessage"
        }
        RowLayout {
            visible: editor.docsUrl.length > 0
            Layout.fillWidth: true

            Label {
                objectName: "docsUrlLabel"
                text: qsTr("Get a key at %1").arg(editor.docsUrl)
                textFormat: Text.PlainText
                elide: Text.ElideMiddle
                Layout.fillWidth: true
            }
            CopyButton {
                objectName: "copyAddressButton"
                content: editor.docsUrl
                text: copied ? qsTr("Copied") : qsTr("Copy address")
                Accessible.name: qsTr("Copy the address")
            }
        }

        MenuSeparator {
            Layout.fillWidth: true
        }
        Flow {
            spacing: 6
            Layout.fillWidth: true

            Button {
                objectName: "testConnectionButton"
                text: editor.testing ? qsTr("Testing…") : qsTr("Test connection")
                Accessible.name: qsTr("Test the connection")
                enabled: !editor.testing
                onClicked: {
                    if (!editor.save())
                        return;
                    editor.testing = true;
                    testMessage.text = testModels.text = "";
                    editor.providers.testConnection(editor.providerId);
                }
            }
            Button {
                objectName: "useProviderButton"
                readonly property bool inUse: Workspace.currentProviderId === editor.providerId
                text: inUse ? qsTr("In use") : qsTr("Use this provider")
                Accessible.name: qsTr("Use this provider")
                enabled: !inUse
                onClicked: Workspace.useProvider(editor.providerId)
            }
        }
        Message {
            id: testMessage
            objectName: "testMessage"
        }
        Message {
            id: testModels
            objectName: "testModels"
        }

        MenuSeparator {
            Layout.fillWidth: true
        }
        ModelCapabilitiesEditor {
            objectName: "modelCapabilities"
            providers: editor.providers
            providerId: editor.providerId
            Layout.fillWidth: true
        }
    }
}
