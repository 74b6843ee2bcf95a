import QtQuick
import QtQuick.Controls
import QtTest
import Confab
import Confab.Core
import Confab.Gui

// The settings window against the real ProviderSettings and the loopback server: a provider
// added from the Custom preset through the menu, saved, refused with a bad URL, tested
// (its models listed), its key stored (or kept for this session when there is no
// keychain), duplicated and removed after asking; the network page refusing an unusable
// CA file; the first-run screen and its demo; the header's Settings button and provider
// picker.
TestCase {
    id: testCase

    name: "Settings"
    width: 1000
    height: 760
    visible: true
    when: windowShown

    SettingsDialog {
        id: dialog
    }

    // Finds, clicks and types in the dialog, and adds providers through its Add menu.
    SettingsDriver {
        id: ui
        test: testCase
        dialog: dialog
    }

    function init() {
        dialog.open();
        tryCompare(dialog, "opened", true);
        ui.settle(ui.item("providersTab"));
        mouseClick(ui.item("providersTab"));
        verify(ui.item("providersTab").checked);
    }
    function cleanup() {
        dialog.close();
        tryCompare(dialog, "visible", false);
    }

    function test_addCustomProviderAndSave() {
        ui.addCustom("Loopback", String(testServer.baseUrl));
        const id = ui.item("providerList").currentId;
        const saved = Workspace.providers.provider(id);
        compare(saved.name, "Loopback");
        compare(saved.baseUrl, String(testServer.baseUrl));
        // Custom expects no key; without a keychain, whether there is one is unknown.
        tryCompare(ui.item("keyStateLabel"), "text", Workspace.providers.keychainAvailable ? "No key needed" : "Key state unknown: the keychain could not be read");

        // Unsaved edits are dropped when the dialog opens again.
        ui.item("nameField").text = "Not saved";
        cleanup();
        init();
        compare(ui.item("nameField").text, "Loopback");
        verify(ui.rowsNamed(dialog.contentItem, "Loopback")[0].highlighted);
    }

    // A preset's note and where to get a key are text; the address can be copied, never
    // opened by Confab.
    function test_presetNoteAndKeyAddress() {
        const refused = testServer.refusedRemoteRequests();
        ui.addFromMenu("crazyrouter");
        compare(ui.item("nameField").text, "Crazyrouter");
        compare(ui.item("baseUrlField").text, "https://crazyrouter.com/v1");
        verify(ui.item("keyRequiredBox").checked);
        verify(ui.item("presetNote").visible);
        verify(ui.item("presetNote").text.indexOf("check it on their site") >= 0, ui.item("presetNote").text);
        const docs = ui.item("docsUrlLabel");
        verify(docs.text.indexOf("https://docs.crazyrouter.com/en/quickstart") >= 0, docs.text);
        compare(docs.textFormat, Text.PlainText);
        Clipboard.copy("");
        ui.click("copyAddressButton");
        compare(Clipboard.text(), "https://docs.crazyrouter.com/en/quickstart");
        tryCompare(ui.item("keyStateLabel"), "text", Workspace.providers.keychainAvailable ? "No key yet" : "Key state unknown: the keychain could not be read");
        compare(testServer.refusedRemoteRequests(), refused); // nothing was fetched
    }

    function test_badUrlIsRefused() {
        ui.addCustom("Refuses bad URL", String(testServer.baseUrl));
        ui.item("baseUrlField").text = "ftp://example.com/v1";
        ui.click("saveProviderButton");
        verify(ui.item("saveMessage").failed);
        verify(ui.item("saveMessage").text.indexOf("http") >= 0, ui.item("saveMessage").text);
        ui.item("baseUrlField").text = "not a url at all";
        ui.click("saveProviderButton");
        verify(ui.item("saveMessage").failed);
        ui.item("headersField").text = "no colon here";
        ui.item("baseUrlField").text = String(testServer.baseUrl);
        ui.click("saveProviderButton");
        verify(ui.item("saveMessage").text.indexOf("Name: value") >= 0, ui.item("saveMessage").text);
    }

    function test_connectionTestListsTheModels() {
        ui.addCustom("Lists models", String(testServer.baseUrl));
        testServer.queueJson('{"object":"list","data":[{"id":"alpha","object":"model"},{"id":"beta","object":"model"},{"id":"gamma","object":"model"}]}');
        ui.click("testConnectionButton");
        tryVerify(() => ui.item("testMessage").text.length > 0, 5000);
        verify(!ui.item("testMessage").failed, ui.item("testMessage").text);
        verify(ui.item("testMessage").text.indexOf("Connected: 3 models") >= 0, ui.item("testMessage").text);
        for (const model of ["alpha", "beta", "gamma"])
            verify(ui.item("testModels").text.indexOf(model) >= 0, ui.item("testModels").text);
        compare(testServer.lastRequestPath(), "/v1/models");

        // A failure is shown as the client words it.
        testServer.queueError(401, '{"error":{"message":"Incorrect API key provided","type":"invalid_request_error"}}');
        ui.click("testConnectionButton");
        tryVerify(() => ui.item("testMessage").text.length > 0, 5000);
        verify(ui.item("testMessage").failed);
        compare(ui.item("testModels").text, "");
        verify(ui.item("testMessage").text.indexOf("401") >= 0 || ui.item("testMessage").text.indexOf("Incorrect API key") >= 0, ui.item("testMessage").text);
    }

    function test_keyIsMaskedPastedAndStored() {
        ui.addCustom("Has a key", String(testServer.baseUrl));
        const field = ui.item("keyField");
        compare(field.echoMode, TextInput.Password);
        Clipboard.copy("sk-pasted-123");
        field.forceActiveFocus();
        keySequence(StandardKey.Paste);
        compare(field.text, "sk-pasted-123");
        // Shown only while the button is held.
        mousePress(ui.item("showKeyButton"));
        compare(field.echoMode, TextInput.Normal);
        mouseRelease(ui.item("showKeyButton"));
        compare(field.echoMode, TextInput.Password);

        ui.click("storeKeyButton");
        tryVerify(() => ui.item("keyMessage").text.length > 0, 10000);
        if (Workspace.providers.keychainAvailable) {
            // A Secret Service answered.
            verify(!ui.item("keyMessage").failed, ui.item("keyMessage").text);
            tryCompare(ui.item("keyStateLabel"), "text", "Key stored in the keychain");
            compare(field.text, "");
            verify(!ui.item("keepKeyButton").visible);
            ui.click("forgetKeyButton");
            tryCompare(ui.item("keyStateLabel"), "text", "No key needed");
        } else {
            // No keychain: its message, and the key kept for this session if the person wants.
            verify(ui.item("keyMessage").failed);
            verify(Workspace.providers.keychainMessage.length > 0);
            verify(ui.item("keyMessage").text === Workspace.providers.keychainMessage || ui.item("keychainMessage").visible);
            compare(field.text, "sk-pasted-123");
            ui.click("keepKeyButton");
            tryCompare(ui.item("keyStateLabel"), "text", "Key kept for this session only");
            compare(field.text, "");
        }
    }

    function test_duplicateAndRemoveAfterAsking() {
        ui.addCustom("Short-lived", String(testServer.baseUrl));
        const before = Workspace.providers.count;
        ui.click("duplicateProviderButton");
        compare(Workspace.providers.count, before + 1);
        tryCompare(ui.item("nameField"), "text", "Short-lived (copy)");

        const confirmation = findChild(dialog, "removeConfirmation");
        ui.click("removeProviderButton");
        tryCompare(confirmation, "opened", true);
        ui.settle(confirmation.standardButton(Dialog.Cancel));
        mouseClick(confirmation.standardButton(Dialog.Cancel));
        tryCompare(confirmation, "visible", false);
        compare(Workspace.providers.count, before + 1);

        ui.click("removeProviderButton");
        tryCompare(confirmation, "opened", true);
        verify(confirmation.contentItem.text.indexOf("Short-lived (copy)") >= 0);
        ui.settle(confirmation.standardButton(Dialog.Yes));
        mouseClick(confirmation.standardButton(Dialog.Yes));
        tryCompare(Workspace.providers, "count", before);
        compare(ui.rowsNamed(dialog.contentItem, "Short-lived (copy)").length, 0);
        compare(ui.rowsNamed(dialog.contentItem, "Short-lived").length, 1);
        verify(!ui.item("nameField").visible); // nothing picked now
    }

    // General: the language (the system's or a chosen one, applied at once: the tabs
    // change their words) and the notification switch.
    function test_languageAndNotifications() {
        ui.click("generalTab");
        const choice = ui.item("languageChoice");
        tryVerify(() => choice.visible);
        compare(choice.count, 4); // as the system, English, Deutsch, 简体中文
        compare(choice.currentIndex, 0);
        const providersTab = ui.item("providersTab");
        compare(providersTab.text, "Providers");
        choice.currentIndex = choice.indexOfValue("de");
        choice.activated(choice.currentIndex);
        compare(UiLanguage.active, "de");
        tryVerify(() => providersTab.text !== "Providers", 2000, providersTab.text);
        choice.currentIndex = 0;
        choice.activated(0);
        tryCompare(providersTab, "text", "Providers");

        const notify = ui.item("notifyWhenReady");
        verify(notify.checked);
        ui.settle(notify);
        mouseClick(notify);
        verify(!DesktopSettings.notifyWhenReady);
        mouseClick(notify);
        verify(DesktopSettings.notifyWhenReady);
    }
}
