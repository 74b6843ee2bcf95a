import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab
import Confab.Core

// Settings over the window: the providers with their keys, the network, the tools, the
// MCP servers, the models' prices, and the language and notifications.
Dialog {
    id: dialog

    objectName: "settingsDialog"

    readonly property ProviderSettings providers: Workspace.providers

    // Opens on the Providers page with this provider in the editor.
    function openOn(providerId) {
        tabs.currentIndex = 0;
        providerList.currentId = providerId;
        open();
    }

    title: qsTr("Settings")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: parent ? Math.min(parent.width - 32, 1000) : 800
    height: parent ? parent.height - 32 : 600
    padding: 0
    standardButtons: Dialog.Close

    onAboutToShow: {
        if (providerList.currentId.length === 0)
            providerList.currentId = Workspace.currentProviderId;
        providerEditor.load();
        networkPage.load();
        toolsPage.load();
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TabBar {
            id: tabs
            objectName: "settingsTabs"
            Layout.fillWidth: true

            TabButton {
                objectName: "providersTab"
                text: qsTr("Providers")
                Accessible.name: qsTr("Providers")
            }
            TabButton {
                objectName: "networkTab"
                text: qsTr("Network")
                Accessible.name: qsTr("Network")
            }
            TabButton {
                objectName: "toolsTab"
                text: qsTr("Tools")
                Accessible.name: qsTr("Tools")
            }
            TabButton {
                objectName: "mcpServersTab"
                text: qsTr("MCP servers")
                Accessible.name: qsTr("MCP servers")
            }
            TabButton {
                objectName: "pricesTab"
                text: qsTr("Prices")
                Accessible.name: qsTr("Prices")
            }
            TabButton {
                objectName: "generalTab"
                text: qsTr("General")
                Accessible.name: qsTr("General: language and notifications")
            }
        }
        StackLayout {
            currentIndex: tabs.currentIndex
            Layout.fillWidth: true
            Layout.fillHeight: true

            RowLayout {
                spacing: 0

                ProviderList {
                    id: providerList
                    objectName: "providerList"
                    providers: dialog.providers
                    Layout.preferredWidth: 210
                    Layout.fillWidth: false
                    Layout.fillHeight: true
                    Layout.margins: 8
                }
                ToolSeparator {
                    orientation: Qt.Vertical
                    Layout.fillHeight: true
                }
                ProviderEditor {
                    id: providerEditor
                    visible: providerList.currentId.length > 0
                    providers: dialog.providers
                    providerId: providerList.currentId
                    keyState: providerList.currentKeyState
                    note: providerList.currentNote
                    docsUrl: providerList.currentDocsUrl
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                }
                Label {
                    visible: providerList.currentId.length === 0
                    text: dialog.providers.count > 0 ? qsTr("Pick a provider on the left.")
                                                     : qsTr("No provider yet. Add one from the list of known services, or Custom for any OpenAI-compatible server.")
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                    Layout.margins: 24
                }
            }
            NetworkPage {
                id: networkPage
                providers: dialog.providers
            }
            ToolsPage {
                id: toolsPage
                tools: Workspace.tools
            }
            McpServersPage {
                tools: Workspace.tools
            }
            PricesPage {
                prices: Workspace.comparisons.prices
                providers: dialog.providers
            }
            GeneralPage {}
        }
    }
}
