pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Confab.Core
import Confab.Gui

// What models cost, as the person enters it, for comparisons' cost when a provider does
// not report one. US dollars per million tokens. Confab ships no prices: they change too
// often to be right for long.
ScrollView {
    id: page

    objectName: "pricesPage"
    required property ModelPrices prices
    required property ProviderSettings providers
    property string message
    property bool failed: false

    // "Any provider", then the person's providers.
    function providerChoices(): list<var> {
        const choices = [{ "id": "", "name": qsTr("any provider") }];
        for (let row = 0; row < providers.count; ++row) {
            const index = providers.index(row, 0);
            choices.push({
                "id": providers.data(index, ProviderSettings.IdRole),
                "name": providers.data(index, ProviderSettings.NameRole)
            });
        }
        return choices;
    }
    function add() {
        const provider = providerField.currentValue ?? "";
        const error = prices.set(provider, modelField.text.trim(), Number(inputField.text), Number(outputField.text));
        failed = error.length > 0;
        message = failed ? error : qsTr("Saved.");
        if (!failed) {
            modelField.text = "";
            inputField.text = "";
            outputField.text = "";
        }
    }

    contentWidth: availableWidth
    clip: true

    ColumnLayout {
        width: page.availableWidth - 32
        x: 16
        spacing: 8

        Label {
            text: qsTr("Prices, in US dollars per million tokens")
            font.bold: true
            Layout.topMargin: 16
        }
        Label {
            text: qsTr("Comparisons show what an answer cost when its provider does not say. Confab ships no prices: enter the ones your providers charge. A price for \"any provider\" applies where no provider-specific one is set.")
            color: Theme.subtleText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            visible: page.prices.count === 0
            text: qsTr("No price yet.")
            color: Theme.subtleText
        }
        Repeater {
            model: page.prices.prices

            RowLayout {
                id: priceRow

                required property var modelData

                objectName: "priceRow"
                Layout.fillWidth: true

                Label {
                    text: priceRow.modelData.model
                    font.bold: true
                    Layout.fillWidth: true
                }
                Label {
                    text: priceRow.modelData.providerId.length > 0 ? priceRow.modelData.providerId : qsTr("any provider")
                    color: Theme.subtleText
                }
                Label {
                    text: qsTr("in $%1 · out $%2").arg(priceRow.modelData.inputPerMillion).arg(priceRow.modelData.outputPerMillion)
                }
                Button {
                    text: qsTr("Remove")
                    Accessible.name: qsTr("Remove the price of %1").arg(priceRow.modelData.model)
                    onClicked: page.prices.remove(priceRow.modelData.providerId, priceRow.modelData.model)
                }
            }
        }

        Label {
            text: qsTr("Add or change a price")
            font.bold: true
            Layout.topMargin: 12
        }
        GridLayout {
            columns: 2
            columnSpacing: 8
            Layout.fillWidth: true

            Label {
                text: qsTr("Provider")
            }
            ComboBox {
                id: providerField

                objectName: "priceProvider"
                model: page.providerChoices()
                textRole: "name"
                valueRole: "id"
                Layout.fillWidth: true
                Accessible.name: qsTr("Provider")
            }
            Label {
                text: qsTr("Model")
            }
            TextField {
                id: modelField

                objectName: "priceModel"
                placeholderText: qsTr("gpt-5.4-mini")
                Layout.fillWidth: true
                Accessible.name: qsTr("Model")
            }
            Label {
                text: qsTr("Input")
            }
            TextField {
                id: inputField

                objectName: "priceInput"
                placeholderText: qsTr("dollars per million input tokens")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                Layout.fillWidth: true
                Accessible.name: qsTr("Input price per million tokens")
            }
            Label {
                text: qsTr("Output")
            }
            TextField {
                id: outputField

                objectName: "priceOutput"
                placeholderText: qsTr("dollars per million output tokens")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                Layout.fillWidth: true
                Accessible.name: qsTr("Output price per million tokens")
            }
        }
        RowLayout {
            Button {
                objectName: "savePriceButton"
                text: qsTr("Save price")
                enabled: modelField.text.trim().length > 0 && inputField.text.length > 0 && outputField.text.length > 0
                onClicked: page.add()
            }
            Label {
                objectName: "priceMessage"
                text: page.message
                color: page.failed ? Theme.errorText : Theme.subtleText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
