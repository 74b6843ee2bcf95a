import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab.Core
import Confab.Gui

// How Confab reaches the network: the proxy and an extra certificate authority. Nothing
// changes until Apply, and Apply refuses what cannot be used.
ScrollView {
    id: page

    required property ProviderSettings providers
    property string message
    property bool failed: false
    readonly property bool manualProxy: proxyMode.currentValue === "http" || proxyMode.currentValue === "socks5"

    function load() {
        const network = Object.assign({}, providers.network); // a plain object for qmllint
        proxyMode.currentIndex = Math.max(0, proxyMode.indexOfValue(network.proxyMode));
        hostField.text = network.proxyHost ?? "";
        portField.text = network.proxyPort > 0 ? String(network.proxyPort) : "";
        userField.text = network.proxyUser ?? "";
        caField.text = network.caCertificateFile ?? "";
        message = "";
    }
    function apply() {
        const error = providers.setNetwork({
            "proxyMode": proxyMode.currentValue,
            "proxyHost": hostField.text,
            "proxyPort": parseInt(portField.text) || 0,
            "proxyUser": userField.text,
            "caCertificateFile": caField.text
        });
        failed = error.length > 0;
        message = failed ? error : qsTr("Applied. New requests use these settings.");
    }

    // Fixed, so that the layout around does not chase the wrapped text's size.
    implicitWidth: 420
    implicitHeight: 300
    contentWidth: availableWidth
    contentHeight: content.implicitHeight + 24
    Component.onCompleted: load()

    ColumnLayout {
        id: content
        x: 12
        y: 12
        width: page.availableWidth - 24
        spacing: 8

        Label {
            text: qsTr("Proxy")
            font.bold: true
        }
        GridLayout {
            columns: 2
            columnSpacing: 12
            Layout.fillWidth: true

            Label {
                text: qsTr("Use")
            }
            ComboBox {
                id: proxyMode
                objectName: "proxyModeBox"
                textRole: "text"
                valueRole: "value"
                model: [
                    { "value": "system", "text": qsTr("The system's proxy settings") },
                    { "value": "none", "text": qsTr("No proxy") },
                    { "value": "http", "text": qsTr("HTTP proxy") },
                    { "value": "socks5", "text": qsTr("SOCKS5 proxy") }
                ]
                Accessible.name: qsTr("Proxy")
                Layout.preferredWidth: 280
                // The style's text field inside the ComboBox is what a screen reader lands on.
                Binding {
                    target: proxyMode.contentItem
                    property: "Accessible.name"
                    value: qsTr("Proxy")
                }
            }
            Label {
                text: qsTr("Host")
                enabled: page.manualProxy
            }
            TextField {
                id: hostField
                objectName: "proxyHostField"
                enabled: page.manualProxy
                placeholderText: qsTr("e.g. proxy.example.com")
                Accessible.name: qsTr("Proxy host")
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Port")
                enabled: page.manualProxy
            }
            TextField {
                id: portField
                objectName: "proxyPortField"
                enabled: page.manualProxy
                placeholderText: qsTr("e.g. 8080")
                validator: IntValidator {
                    bottom: 1
                    top: 65535
                }
                Accessible.name: qsTr("Proxy port")
                Layout.preferredWidth: 120
            }
            Label {
                text: qsTr("User")
                enabled: page.manualProxy
            }
            TextField {
                id: userField
                objectName: "proxyUserField"
                enabled: page.manualProxy
                placeholderText: qsTr("Optional")
                Accessible.name: qsTr("Proxy user")
                Layout.fillWidth: true
            }
        }

        Label {
            text: qsTr("Certificates")
            font.bold: true
            Layout.topMargin: 12
        }
        Label {
            text: qsTr("A PEM file with extra certificate authorities to trust besides the system's, such as your company's or a local server's. Certificate errors are never ignored.")
            color: Theme.subtleText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true

            Label {
                text: qsTr("CA file")
            }
            TextField {
                id: caField
                objectName: "caFileField"
                placeholderText: qsTr("None; e.g. /etc/ssl/company-ca.pem")
                Accessible.name: qsTr("Certificate authority file")
                Layout.fillWidth: true
            }
        }
        RowLayout {
            Layout.topMargin: 12

            Button {
                objectName: "applyNetworkButton"
                text: qsTr("Apply")
                Accessible.name: qsTr("Apply the network settings")
                onClicked: page.apply()
            }
            Button {
                text: qsTr("Revert")
                Accessible.name: qsTr("Revert to the applied network settings")
                onClicked: page.load()
            }
        }
        Label {
            objectName: "networkMessage"
            visible: text.length > 0
            text: page.message
            color: page.failed ? Theme.errorText : Theme.subtleText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
